package ua.strichka.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import ua.strichka.store.Store;

/**
 * Reads what the index needs from the store: articles in the order they were (re)written, with
 * outlet, story and entities joined in. The order is the store's {@code (fetched_at, id)}: every
 * insert and every update of an article sets {@code fetched_at}, so an index that remembers the
 * last pair it saw can ask for exactly what changed since.
 */
final class StoreFeed {
  private static final String SELECT =
      """
      SELECT a.id, a.url, a.title, a.lead, a.body, a.published_at, a.fetched_at, a.language,
             a.section, o.slug AS outlet_slug, o.name AS outlet_name, sa.story_id
      FROM article a
      JOIN outlet o ON o.id = a.outlet_id
      LEFT JOIN story_article sa ON sa.article_id = a.id
      """;

  private final Jdbi jdbi;

  StoreFeed(Store store) {
    this.jdbi = store.jdbi();
  }

  /** Up to {@code limit} articles after {@code from} in {@code (fetched_at, id)} order. */
  List<IndexedArticle> after(IndexPosition from, int limit) {
    List<IndexedArticle> rows =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        SELECT
                            + " WHERE (a.fetched_at, a.id) > (:fetched, :id)"
                            + " ORDER BY a.fetched_at, a.id LIMIT :limit")
                    .bind("fetched", from.fetchedAt())
                    .bind("id", from.articleId())
                    .bind("limit", limit)
                    .map(StoreFeed::map)
                    .list());
    return withEntities(rows);
  }

  /** How many articles lie after {@code from}: the size of a catch-up, for progress. */
  long countAfter(IndexPosition from) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM article WHERE (fetched_at, id) > (:fetched, :id)")
                .bind("fetched", from.fetchedAt())
                .bind("id", from.articleId())
                .mapTo(Long.class)
                .one());
  }

  /** The articles with these ids that still exist. */
  List<IndexedArticle> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) return List.of();
    List<IndexedArticle> rows =
        jdbi.withHandle(
            h ->
                h.createQuery(SELECT + " WHERE a.id IN (<ids>) ORDER BY a.id")
                    .bindList("ids", List.copyOf(ids))
                    .map(StoreFeed::map)
                    .list());
    return withEntities(rows);
  }

  /**
   * Changes of an article's story after {@code since} (ms), article id to when: story memberships
   * ({@code story_article.joined_at}, the collapse key moved) and sections a story's vote re-filed
   * ({@code article.section_filed_at}). Both are taken on the story stage's clock.
   */
  Map<Long, Long> storyChangesAfter(long since, int limit) {
    Map<Long, Long> changes = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    SELECT article_id, changed_at FROM (
                      SELECT article_id, joined_at AS changed_at FROM story_article
                      WHERE joined_at > :since
                      UNION ALL
                      SELECT id, section_filed_at FROM article WHERE section_filed_at > :since
                    ) c ORDER BY changed_at, article_id LIMIT :limit""")
                .bind("since", since)
                .bind("limit", limit)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> changes.merge(e.getKey(), e.getValue(), Math::max)));
    return changes;
  }

  long count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one());
  }

  /** Every article id, ascending. */
  long[] allIds() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM article ORDER BY id").mapTo(Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray());
  }

  private List<IndexedArticle> withEntities(List<IndexedArticle> rows) {
    if (rows.isEmpty()) return rows;
    List<Long> ids = rows.stream().map(IndexedArticle::id).toList();
    Map<Long, List<IndexedArticle.Entity>> byArticle = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    SELECT ae.article_id, e.name, e.slug FROM article_entity ae
                    JOIN entity e ON e.id = ae.entity_id
                    WHERE ae.article_id IN (<ids>)
                    ORDER BY ae.article_id, ae.mentions DESC, e.name""")
                .bindList("ids", ids)
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getLong(1),
                            new IndexedArticle.Entity(rs.getString(2), rs.getString(3))))
                .forEach(
                    e ->
                        byArticle
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue())));
    if (byArticle.isEmpty()) return rows;
    return rows.stream()
        .map(a -> a.withEntities(byArticle.getOrDefault(a.id(), List.of())))
        .toList();
  }

  private static IndexedArticle map(ResultSet rs, StatementContext ctx) throws SQLException {
    long story = rs.getLong("story_id");
    Long storyId = rs.wasNull() ? null : story;
    return new IndexedArticle(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("outlet_slug"),
        rs.getString("outlet_name"),
        rs.getString("title"),
        rs.getString("lead"),
        rs.getString("body"),
        instant(rs, "published_at"),
        instant(rs, "fetched_at"),
        rs.getString("language"),
        rs.getString("section"),
        storyId,
        List.of());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
