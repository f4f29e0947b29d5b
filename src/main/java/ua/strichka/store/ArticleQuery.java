package ua.strichka.store;

import java.time.Instant;

/**
 * Which recent articles to list: any filter may be null. Newest first by publication time.
 *
 * @param since inclusive lower bound of the publication time
 * @param until exclusive upper bound of the publication time
 */
public record ArticleQuery(Long outletId, String section, Instant since, Instant until, int limit) {
  public static ArticleQuery latest(int limit) {
    return new ArticleQuery(null, null, null, null, limit);
  }

  public ArticleQuery outlet(long id) {
    return new ArticleQuery(id, section, since, until, limit);
  }

  public ArticleQuery section(String s) {
    return new ArticleQuery(outletId, s, since, until, limit);
  }

  public ArticleQuery between(Instant from, Instant to) {
    return new ArticleQuery(outletId, section, from, to, limit);
  }
}
