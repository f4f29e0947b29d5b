package ua.strichka.fetch;

import java.time.Duration;

/**
 * What a crawl did.
 *
 * @param sources feeds, sitemaps and section pages visited successfully (304 included)
 * @param pages article pages fetched and handed on
 * @param discovered article URLs new to the frontier
 * @param failures visits that failed (each is in the fetch log)
 */
public record CrawlSummary(
    long sources, long pages, long discovered, long failures, long bytes, Duration elapsed) {

  public long visits() {
    return sources + pages + failures;
  }

  /** {@code crawled 12 sources, 240 pages (3 failed), 251 new URLs, 4.1 MB in 61 s}. */
  public String line() {
    return String.format(
        java.util.Locale.ROOT,
        "crawled %d sources, %d pages (%d failed), %d new URLs, %.1f MB in %.1f s",
        sources,
        pages,
        failures,
        discovered,
        bytes / 1e6,
        elapsed.toMillis() / 1000.0);
  }
}
