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
 * @param concurrentSearches searches that run at once; more wait their turn, first come first
 *     served (0: one per core). A search is all CPU work: run past the cores, searches only share
 *     them, and every one takes as long as the slowest would alone
 */
public record SearchSettings(
    Duration freshnessHalfLife,
    double freshnessWeight,
    Clock clock,
    int commitEvery,
    int sample,
    int concurrentSearches) {

  public SearchSettings {
    if (freshnessHalfLife.isNegative()
        || freshnessWeight < 0
        || commitEvery < 1
        || sample < 1
        || concurrentSearches < 0) {
      throw new IllegalArgumentException(
          "search settings: half-life, weight and concurrent searches must not be negative,"
              + " commitEvery and sample at least 1");
    }
  }

  public static SearchSettings defaults() {
    return new SearchSettings(
        Duration.ofDays(2), 0.5, Clock.systemUTC(), 20_000, AllMatches.SAMPLE, 0);
  }

  /**
   * From {@code search.freshness-half-life}, {@code search.freshness-weight} and {@code
   * search.concurrent-searches}.
   */
  public static SearchSettings from(Config config) {
    return defaults()
        .freshness(
            config.duration("search.freshness-half-life"),
            config.decimal("search.freshness-weight"))
        .concurrentSearches(config.integer("search.concurrent-searches"));
  }

  public SearchSettings freshness(Duration halfLife, double weight) {
    return new SearchSettings(halfLife, weight, clock, commitEvery, sample, concurrentSearches);
  }

  public SearchSettings clock(Clock c) {
    return new SearchSettings(
        freshnessHalfLife, freshnessWeight, c, commitEvery, sample, concurrentSearches);
  }

  public SearchSettings commitEvery(int articles) {
    return new SearchSettings(
        freshnessHalfLife, freshnessWeight, clock, articles, sample, concurrentSearches);
  }

  public SearchSettings sample(int matches) {
    return new SearchSettings(
        freshnessHalfLife, freshnessWeight, clock, commitEvery, matches, concurrentSearches);
  }

  /** At most {@code searches} at once (0: one per core). */
  public SearchSettings concurrentSearches(int searches) {
    return new SearchSettings(
        freshnessHalfLife, freshnessWeight, clock, commitEvery, sample, searches);
  }

  /** The searches that may run at once: {@link #concurrentSearches()}, or the cores when 0. */
  int searchSlots() {
    return concurrentSearches > 0 ? concurrentSearches : Runtime.getRuntime().availableProcessors();
  }

  /** The freshness factor as of now, or null when freshness is off. */
  Freshness freshness() {
    if (freshnessWeight == 0 || freshnessHalfLife.isZero()) return null;
    return new Freshness(clock.millis(), freshnessHalfLife.toMillis(), freshnessWeight);
  }
}
