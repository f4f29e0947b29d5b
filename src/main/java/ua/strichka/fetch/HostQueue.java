package ua.strichka.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most one request in flight per host, and at least the host's delay
 * between the end of one request and the start of the next.
 *
 * <p>Callers are virtual threads that simply wait their turn on the host's fair lock: j.u.c locks
 * and sleeps park a virtual thread without holding a carrier, so thousands of waiting fetches cost
 * little, and fairness keeps one busy host from starving a URL that has waited longer.
 */
public final class HostQueue {
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long lastEndNanos = Long.MIN_VALUE;
    volatile Duration lastDelay = Duration.ZERO;
  }

  /**
   * Runs {@code request} for {@code host} when it is this host's turn and at least {@code delay}
   * has passed since the host's previous request ended. The delay is the waiting request's own, so
   * a Crawl-delay learnt from robots.txt applies from the very next request on.
   */
  public <T> T run(String host, Duration delay, Callable<T> request) throws Exception {
    Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
    slot.lock.lockInterruptibly();
    slot.lastDelay = delay;
    try {
      if (slot.lastEndNanos != Long.MIN_VALUE) {
        long wait = slot.lastEndNanos + delay.toNanos() - System.nanoTime();
        if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
      }
      try {
        return request.call();
      } finally {
        slot.lastEndNanos = System.nanoTime();
      }
    } finally {
      slot.lock.unlock();
    }
  }

  /** The delay {@code host}'s latest request kept (zero before any). */
  public Duration lastDelay(String host) {
    Slot slot = slots.get(host.toLowerCase(Locale.ROOT));
    return slot == null ? Duration.ZERO : slot.lastDelay;
  }

  /** Requests waiting for their host's turn, across all hosts. */
  public int waiting() {
    int n = 0;
    for (Slot s : slots.values()) n += s.lock.getQueueLength();
    return n;
  }

  /** Hosts seen so far. */
  public int hosts() {
    return slots.size();
  }
}
