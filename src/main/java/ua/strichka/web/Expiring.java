package ua.strichka.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One value recomputed at most once per period: the sidebar (rates, trending entities) is on every
 * page but changes at the pace of crawls, so pages share it instead of querying it per request.
 */
final class Expiring<T> implements Supplier<T> {
  private record Entry<T>(T value, Instant until) {}

  private final Supplier<T> source;
  private final Duration ttl;
  private final Clock clock;
  private volatile Entry<T> entry;

  Expiring(Supplier<T> source, Duration ttl, Clock clock) {
    this.source = source;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public T get() {
    Entry<T> e = entry;
    Instant now = clock.instant();
    if (e == null || now.isAfter(e.until())) {
      synchronized (this) {
        e = entry;
        if (e == null || now.isAfter(e.until())) {
          e = new Entry<>(source.get(), now.plus(ttl));
          entry = e;
        }
      }
    }
    return e.value();
  }
}
