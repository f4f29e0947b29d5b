package ua.strichka.source;

import java.time.Duration;
import ua.strichka.config.Config;

/**
 * When to look at a source again: often for an outlet that publishes often, rarely for a quiet one,
 * always within bounds; and exponentially later for one that keeps failing.
 *
 * <p>The aim is about {@link #TARGET_NEW_PER_VISIT} new articles per visit: a visit that found
 * {@code n} new items after {@code t} suggests an interval of {@code t·target/n}; the interval
 * moves halfway towards that each visit, so one burst or one quiet hour does not swing it.
 */
public record Schedule(Duration min, Duration max, Duration start, Duration maxBackoff) {
  static final double TARGET_NEW_PER_VISIT = 2.0;

  public static Schedule from(Config c) {
    return new Schedule(
        c.duration("crawl.min-interval"),
        c.duration("crawl.max-interval"),
        c.duration("crawl.start-interval"),
        c.duration("crawl.max-backoff"));
  }

  /**
   * The next interval after a successful visit.
   *
   * @param current the interval so far, null for a new source
   * @param sinceLastVisit time since the previous successful visit, null on the first
   * @param newItems articles this visit found that were not known before
   */
  public Duration next(Duration current, Duration sinceLastVisit, int newItems) {
    if (current == null || sinceLastVisit == null) return clamp(start);
    double ideal =
        newItems <= 0
            ? current.toMillis() * 1.5
            : sinceLastVisit.toMillis() * TARGET_NEW_PER_VISIT / newItems;
    return clamp(Duration.ofMillis((long) ((current.toMillis() + ideal) / 2)));
  }

  /** The wait after the {@code errorStreak}-th failure in a row (1 for the first). */
  public Duration backoff(Duration interval, int errorStreak) {
    Duration base = interval == null ? start : interval;
    int shift = Math.min(Math.max(errorStreak, 1), 20);
    Duration d = base.multipliedBy(1L << shift);
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private Duration clamp(Duration d) {
    if (d.compareTo(min) < 0) return min;
    if (d.compareTo(max) > 0) return max;
    return d;
  }
}
