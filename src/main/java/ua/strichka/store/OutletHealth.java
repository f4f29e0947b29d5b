package ua.strichka.store;

import java.time.Instant;

/**
 * How crawling an outlet went over a period, from the fetch log.
 *
 * @param failures fetches that got no answer or a status of 400 and above
 * @param lastFetchedAt null when nothing was fetched in the period
 * @param lastStatus HTTP status of the last fetch, null when it got no answer or there was none
 */
public record OutletHealth(
    long fetches, long failures, Instant lastFetchedAt, Integer lastStatus, String lastError) {

  /** Share of fetches that succeeded, 1 when there were none. */
  public double successRate() {
    return fetches == 0 ? 1 : (fetches - failures) / (double) fetches;
  }
}
