package ua.strichka.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most so many searches at once; the rest wait their turn, first come first served.
 *
 * <p>A search is all CPU work on an index held in memory, so running more of them than there are
 * cores only shares the cores: at 32 concurrent clients on 2 cores every search took sixteen times
 * its own work, and the long ones (a few milliseconds of work each) ran for hundreds of
 * milliseconds. Waiting in line, a search takes the line's wait plus its own work, and the slowest
 * searches no longer set everybody's latency.
 */
final class SearchSlots {
  private final Semaphore turns;

  /**
   * @param slots searches that may run at once, at least 1
   */
  SearchSlots(int slots) {
    if (slots < 1) throw new IllegalArgumentException("slots must be at least 1, got " + slots);
    this.turns = new Semaphore(slots, true);
  }

  /**
   * Runs {@code search} once a slot is free. Uninterruptible: a waiting search is a few
   * milliseconds from its turn, and an interrupted request thread (a server stopping) should still
   * get its answer rather than an error.
   */
  <T> T run(Supplier<T> search) {
    turns.acquireUninterruptibly();
    try {
      return search.get();
    } finally {
      turns.release();
    }
  }
}
