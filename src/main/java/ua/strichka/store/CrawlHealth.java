package ua.strichka.store;

import java.time.Instant;

/**
 * How an outlet's crawl is going.
 *
 * @param lastSuccess the last fetch that worked, null if none
 * @param errorStreak failed fetches since then
 * @param articlesPerDay new article URLs per day over the last week (or the outlet's life, if
 *     shorter)
 * @param lastError the error class and URL of the latest failure, null if none
 */
public record CrawlHealth(
    long outletId,
    String slug,
    String name,
    boolean paused,
    Instant lastSuccess,
    int errorStreak,
    double articlesPerDay,
    long articles,
    String lastError) {}
