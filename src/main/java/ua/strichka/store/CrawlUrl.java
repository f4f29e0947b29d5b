package ua.strichka.store;

import java.time.Instant;

/**
 * One URL of the crawl frontier: a source (feed, sitemap, section page) visited on a schedule, or
 * an article page fetched once.
 *
 * @param kind {@code feed}, {@code sitemap}, {@code section} or {@code article}
 * @param intervalMs the source's current revisit interval, null for articles and new sources
 * @param feedMeta JSON of what the feed said about an article, or null
 */
public record CrawlUrl(
    long id,
    String url,
    Long outletId,
    String kind,
    String host,
    Instant dueAt,
    String etag,
    String lastModified,
    int attempts,
    Integer lastStatus,
    Instant lastFetchedAt,
    Long intervalMs,
    int errorStreak,
    Instant lastSuccessAt,
    String lastError,
    String feedMeta) {

  /** Due time of URLs that are done: fetched articles, and those given up. */
  public static final long NEVER = Long.MAX_VALUE;

  public boolean isArticle() {
    return "article".equals(kind);
  }
}
