package ua.strichka.search;

import java.time.Clock;
import java.time.Duration;
import ua.strichka.config.Config;

/**
 * How the index ranks and writes.
 *
 * @param freshnessHalfLife age at which an article's freshness bonus halves (see {@link
 *     Freshness}); zero turns the bonus off
 * @param freshnessWeight the bonus of a brand-new article: its score counts {@code 1 + weight}
 *     times; zero turns it off
 * @param clock "now" for freshness
 * @param commitEvery articles indexed between two commits while catching up: what a crash can cost
 *     in redone work, never in consistency
 * @param sample matches a search counts before it estimates its total and facet counts from them
 *     (see {@code AllMatches}); fewer matches are counted exactly
 */
public record SearchSettings(
    Duration freshnessHalfLife, double freshnessWeight, Clock clock, int commitEvery, int sample) {

  public SearchSettings {
    if (freshnessHalfLife.isNegative() || freshnessWeight < 0 || commitEvery < 1 || sample < 1) {
      throw new IllegalArgumentException(
          "search settings: half-life and weight must not be negative, commitEvery and sample at"
              + " least 1");
    }
  }

  public static SearchSettings defaults() {
    return new SearchSettings(
        Duration.ofDays(2), 0.5, Clock.systemUTC(), 20_000, AllMatches.SAMPLE);
  }

  /** From {@code search.freshness-half-life} and {@code search.freshness-weight}. */
  public static SearchSettings from(Config config) {
    return defaults()
        .freshness(
            config.duration("search.freshness-half-life"),
            config.decimal("search.freshness-weight"));
  }

  public SearchSettings freshness(Duration halfLife, double weight) {
    return new SearchSettings(halfLife, weight, clock, commitEvery, sample);
  }

  public SearchSettings clock(Clock c) {
    return new SearchSettings(freshnessHalfLife, freshnessWeight, c, commitEvery, sample);
  }

  public SearchSettings commitEvery(int articles) {
    return new SearchSettings(freshnessHalfLife, freshnessWeight, clock, articles, sample);
  }

  public SearchSettings sample(int matches) {
    return new SearchSettings(freshnessHalfLife, freshnessWeight, clock, commitEvery, matches);
  }

  /** The freshness factor as of now, or null when freshness is off. */
  Freshness freshness() {
    if (freshnessWeight == 0 || freshnessHalfLife.isZero()) return null;
    return new Freshness(clock.millis(), freshnessHalfLife.toMillis(), freshnessWeight);
  }
}
