package ua.strichka.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * People, organisations and places, keyed by slug, and which articles name them. The entity tagger
 * writes ({@link #upsert}, {@link #mention}); the website reads an entity, a story's entities and
 * what is trending.
 */
public final class EntityRepository {
  private static final String COUNTED =
      "SELECT e.id, e.slug, e.name, e.type, COUNT(DISTINCT ae.article_id) AS articles"
          + " FROM article_entity ae JOIN entity e ON e.id = ae.entity_id ";
  private static final String BY_COUNT =
      " GROUP BY e.id, e.slug, e.name, e.type ORDER BY articles DESC, e.name LIMIT :limit";

  private final Handles handles;

  EntityRepository(Handles handles) {
    this.handles = handles;
  }

  /** Inserts the entity or, when its slug exists, updates its name and type; returns its id. */
  public long upsert(EntityRecord e) {
    return handles.with(h -> upsert(h, e));
  }

  private static long upsert(Handle h, EntityRecord e) {
    return h.createQuery(
            """
            INSERT INTO entity (slug, name, type) VALUES (:slug, :name, :type)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, type = excluded.type
            RETURNING id""")
        .bind("slug", e.slug())
        .bind("name", e.name())
        .bind("type", e.type())
        .mapTo(Long.class)
        .one();
  }

  /**
   * Sets what the entity tagger found in an article, replacing an earlier tagging: each entity is
   * upserted by slug and linked with its mention count, and entities the article no longer names
   * are unlinked. One transaction, so a re-tagged article is never seen half-updated; two records
   * with one slug add up.
   */
  public void replaceMentions(long articleId, Map<EntityRecord, Integer> mentions) {
    handles.with(
        h -> {
          h.createUpdate("DELETE FROM article_entity WHERE article_id = :a")
              .bind("a", articleId)
              .execute();
          for (Map.Entry<EntityRecord, Integer> m : mentions.entrySet()) {
            if (m.getValue() < 1) continue;
            h.createUpdate(
                    """
                    INSERT INTO article_entity (article_id, entity_id, mentions) VALUES (:a, :e, :m)
                    ON CONFLICT (article_id, entity_id)
                    DO UPDATE SET mentions = article_entity.mentions + excluded.mentions""")
                .bind("a", articleId)
                .bind("e", upsert(h, m.getKey()))
                .bind("m", m.getValue())
                .execute();
          }
          return null;
        });
  }

  /** That an article names an entity {@code mentions} times: one row of {@link #mentionAll}. */
  public record Mention(long articleId, long entityId, int mentions) {}

  private static final String MENTION =
      """
      INSERT INTO article_entity (article_id, entity_id, mentions) VALUES (:a, :e, :m)
      ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = excluded.mentions""";

  /**
   * Records that the article names the entity {@code mentions} times (replacing a former count).
   */
  public void mention(long articleId, long entityId, int mentions) {
    mentionAll(List.of(new Mention(articleId, entityId, mentions)));
  }

  /** {@link #mention} for many rows in one prepared batch: for bulk loads. */
  public void mentionAll(List<Mention> mentions) {
    if (mentions.isEmpty()) return;
    handles.with(
        h -> {
          PreparedBatch batch = h.prepareBatch(MENTION);
          for (Mention m : mentions) {
            batch.bind("a", m.articleId()).bind("e", m.entityId()).bind("m", m.mentions()).add();
          }
          return batch.execute();
        });
  }

  public Optional<EntityRecord> bySlug(String slug) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM entity WHERE slug = :slug")
                .bind("slug", slug)
                .map(EntityRepository::map)
                .findOne());
  }

  /** The entities the story's articles name, the most widely named first. */
  public List<EntityMentions> ofStory(long storyId, int limit) {
    return counted(
        "JOIN story_article sa ON sa.article_id = ae.article_id WHERE sa.story_id = :p",
        storyId,
        limit);
  }

  /** The entities the article names, the most mentioned first. */
  public List<EntityMentions> ofArticle(long articleId) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT e.*, ae.mentions FROM article_entity ae JOIN entity e ON e.id = ae.entity_id
                    WHERE ae.article_id = :id ORDER BY ae.mentions DESC, e.name""")
                .bind("id", articleId)
                .map((rs, ctx) -> new EntityMentions(map(rs, ctx), rs.getLong("mentions")))
                .list());
  }

  /** Entities named by the most articles published since {@code since}. */
  public List<EntityMentions> trending(Instant since, int limit) {
    return counted(
        "JOIN article a ON a.id = ae.article_id"
            + " WHERE COALESCE(a.published_at, a.fetched_at) >= :p",
        since.toEpochMilli(),
        limit);
  }

  /** How many articles name the entity. */
  public long articleCount(long entityId) {
    return handles.with(
        h ->
            h.createQuery("SELECT COUNT(*) FROM article_entity WHERE entity_id = :id")
                .bind("id", entityId)
                .mapTo(Long.class)
                .one());
  }

  private List<EntityMentions> counted(String join, long param, int limit) {
    return handles.with(
        h ->
            h.createQuery(COUNTED + join + BY_COUNT)
                .bind("p", param)
                .bind("limit", limit)
                .map((rs, ctx) -> new EntityMentions(map(rs, ctx), rs.getLong("articles")))
                .list());
  }

  static EntityRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new EntityRecord(
        rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("type"));
  }
}
