package ua.strichka.store;

import java.time.Instant;

/**
 * A story: articles from several outlets about one event, as the clusterer keeps it. Counts, first
 * article and update time are derived from its articles ({@link StoryRepository#updateStats}); the
 * score comes from the ranker.
 *
 * @param id null until stored
 * @param firstArticleId the earliest published article: who reported first
 * @param updatedAt publication time of its newest article
 */
public record StoryRecord(
    Long id,
    String title,
    String lead,
    String section,
    Long firstArticleId,
    int outletCount,
    int articleCount,
    double score,
    Instant createdAt,
    Instant updatedAt) {

  /** A new, empty story; {@code at} is both its creation and update time. */
  public static StoryRecord of(String title, String lead, String section, Instant at) {
    return new StoryRecord(null, title, lead, section, null, 0, 0, 0, at, at);
  }
}
