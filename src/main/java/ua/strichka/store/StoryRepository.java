package ua.strichka.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Stories and their articles. The clusterer writes them ({@link #create}, {@link #addArticle},
 * {@link #updateStats}); the website reads them ranked, by section, by entity and one by one.
 *
 * <p>An article's time is its publication time, or when it was fetched if the outlet gave none.
 */
public final class StoryRepository {
  private static final String ARTICLE_TIME = "COALESCE(a.published_at, a.fetched_at)";

  /**
   * A story with the outlet of its first article and the earliest image among its articles: a
   * correlated subquery per listed story, cheap at page sizes and indexed by story_article_story.
   */
  private static final String SUMMARY =
      """
      SELECT s.*, fo.name AS first_outlet_name, fo.slug AS first_outlet_slug,
          (SELECT a.image FROM story_article sa JOIN article a ON a.id = sa.article_id
           WHERE sa.story_id = s.id AND a.image IS NOT NULL AND a.image <> ''
           ORDER BY COALESCE(a.published_at, a.fetched_at), a.id LIMIT 1) AS image
      FROM story s
      LEFT JOIN article fa ON fa.id = s.first_article_id
      LEFT JOIN outlet fo ON fo.id = fa.outlet_id
      """;

  private static final String RANKED = " ORDER BY s.score DESC, s.updated_at DESC, s.id DESC";

  private final Handles handles;

  StoryRepository(Handles handles) {
    this.handles = handles;
  }

  /** Stores a new story and returns its id. */
  public long create(StoryRecord s) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    INSERT INTO story (title, lead, section, first_article_id, outlet_count, article_count,
                                       score, created_at, updated_at)
                    VALUES (:title, :lead, :section, :first, :outlets, :articles, :score, :created, :updated)
                    RETURNING id""")
                .bind("title", s.title())
                .bind("lead", s.lead())
                .bind("section", s.section())
                .bind("first", s.firstArticleId())
                .bind("outlets", s.outletCount())
                .bind("articles", s.articleCount())
                .bind("score", s.score())
                .bind("created", Times.toMillis(s.createdAt()))
                .bind("updated", Times.toMillis(s.updatedAt()))
                .mapTo(Long.class)
                .one());
  }

  /** An article put into a story: one row of {@link #addArticles}. */
  public record Member(long storyId, long articleId, Double similarity, Instant joinedAt) {}

  /**
   * Puts the article into the story; an article already in another story moves (an article belongs
   * to at most one story).
   */
  public void addArticle(long storyId, long articleId, Double similarity, Instant joinedAt) {
    addArticles(List.of(new Member(storyId, articleId, similarity, joinedAt)));
  }

  /** {@link #addArticle} for many articles in one prepared batch: for bulk loads. */
  public void addArticles(List<Member> members) {
    if (members.isEmpty()) return;
    handles.with(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO story_article (article_id, story_id, similarity, joined_at)
                  VALUES (:article, :story, :similarity, :joined)
                  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,
                      similarity = excluded.similarity, joined_at = excluded.joined_at""");
          for (Member m : members) {
            batch
                .bind("article", m.articleId())
                .bind("story", m.storyId())
                .bind("similarity", m.similarity())
                .bind("joined", m.joinedAt().toEpochMilli())
                .add();
          }
          return batch.execute();
        });
  }

  /**
   * Recomputes what a story derives from its articles (article and outlet counts, first article,
   * time of the newest article) and sets the ranker's score.
   */
  public void updateStats(long storyId, double score) {
    handles.with(
        h ->
            h.createUpdate(
                    """
                    UPDATE story SET
                      article_count = (SELECT COUNT(*) FROM story_article sa WHERE sa.story_id = :id),
                      outlet_count = (SELECT COUNT(DISTINCT a.outlet_id) FROM story_article sa
                                      JOIN article a ON a.id = sa.article_id WHERE sa.story_id = :id),
                      first_article_id = (SELECT a.id FROM story_article sa JOIN article a ON a.id = sa.article_id
                                          WHERE sa.story_id = :id ORDER BY %1$s, a.id LIMIT 1),
                      updated_at = COALESCE((SELECT MAX(%1$s) FROM story_article sa
                                             JOIN article a ON a.id = sa.article_id WHERE sa.story_id = :id),
                                            updated_at),
                      score = :score
                    WHERE id = :id"""
                        .formatted(ARTICLE_TIME))
                .bind("id", storyId)
                .bind("score", score)
                .execute());
  }

  /**
   * Sets what the clusterer decides about a story beyond {@link #updateStats}: its headline, lead,
   * section, and its outlet count with reposts left out (a copied text is no outlet covering it).
   */
  public void updateHeadline(
      long storyId, String title, String lead, String section, int outletCount) {
    handles.with(
        h ->
            h.createUpdate(
                    """
                    UPDATE story SET title = :title, lead = :lead, section = :section, outlet_count = :outlets
                    WHERE id = :id""")
                .bind("id", storyId)
                .bind("title", title)
                .bind("lead", lead)
                .bind("section", section)
                .bind("outlets", outletCount)
                .execute());
  }

  /**
   * Moves every article of story {@code from} into story {@code to} and deletes {@code from}: two
   * stories found to be one event become one.
   */
  public void merge(long from, long to) {
    handles.with(
        h -> {
          h.createUpdate("UPDATE story_article SET story_id = :to WHERE story_id = :from")
              .bind("from", from)
              .bind("to", to)
              .execute();
          return h.createUpdate("DELETE FROM story WHERE id = :from").bind("from", from).execute();
        });
  }

  /** Deletes the story; its articles belong to no story afterwards. */
  public void delete(long storyId) {
    handles.with(
        h -> {
          h.createUpdate("DELETE FROM story_article WHERE story_id = :id")
              .bind("id", storyId)
              .execute();
          return h.createUpdate("DELETE FROM story WHERE id = :id").bind("id", storyId).execute();
        });
  }

  public boolean exists(long storyId) {
    return handles.with(
        h ->
            h.createQuery("SELECT COUNT(*) FROM story WHERE id = :id")
                    .bind("id", storyId)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  public Optional<StorySummary> byId(long id) {
    return handles.with(
        h ->
            h.createQuery(SUMMARY + " WHERE s.id = :id")
                .bind("id", id)
                .map(StoryRepository::summary)
                .findOne());
  }

  /** Stories with articles, highest score first. */
  public List<StorySummary> top(int limit, int offset) {
    return list(" WHERE s.article_count > 0" + RANKED, null, limit, offset);
  }

  /** A section's stories, highest score first. */
  public List<StorySummary> bySection(String section, int limit, int offset) {
    return list(" WHERE s.article_count > 0 AND s.section = :p" + RANKED, section, limit, offset);
  }

  /**
   * Stories with an article that names the entity, newest first: the stories of the entity's newest
   * articles (the index on entity and article reads them newest first), so a name in half the news
   * («Україна») costs a page as much as a rare one. Articles come in publication order closely
   * enough that the newest {@link #ARTICLES_PER_STORY} × (offset + limit) of them hold the page's
   * stories.
   */
  public List<StorySummary> byEntity(long entityId, int limit, int offset) {
    return handles.with(
        h ->
            h.createQuery(
                    SUMMARY
                        + """
                         WHERE s.article_count > 0 AND s.id IN (
                             SELECT sa.story_id FROM (
                                 SELECT article_id FROM article_entity WHERE entity_id = :p
                                 ORDER BY article_id DESC LIMIT :scan) x
                             JOIN story_article sa ON sa.article_id = x.article_id)
                         ORDER BY s.updated_at DESC, s.id DESC LIMIT :limit OFFSET :offset""")
                .bind("p", entityId)
                .bind("scan", (long) ARTICLES_PER_STORY * (offset + limit) + 100)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(StoryRepository::summary)
                .list());
  }

  /** How many of an entity's articles {@link #byEntity} reads per story it lists. */
  private static final int ARTICLES_PER_STORY = 20;

  /** Stories updated most recently first (for sitemaps and feeds that follow time, not rank). */
  public List<StorySummary> latest(int limit, int offset) {
    return list(
        " WHERE s.article_count > 0 ORDER BY s.updated_at DESC, s.id DESC", null, limit, offset);
  }

  /**
   * Other stories about the same people, organisations and places, the most related first: see
   * {@link RelatedStories} for what counts.
   */
  public List<StorySummary> related(long storyId, int limit) {
    return handles.with(
        h -> {
          List<Long> ids = RelatedStories.of(h, storyId, limit);
          if (ids.isEmpty()) return List.<StorySummary>of();
          Map<Long, StorySummary> byId = new HashMap<>();
          h.createQuery(SUMMARY + " WHERE s.id IN (<ids>)")
              .bindList("ids", ids)
              .map(StoryRepository::summary)
              .forEach(s -> byId.put(s.story().id(), s));
          return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        });
  }

  /** The story's articles, earliest first, with their outlets. */
  public List<StoryArticle> articles(long storyId) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT a.*, o.slug AS outlet_slug, o.name AS outlet_name
                    FROM story_article sa JOIN article a ON a.id = sa.article_id
                    JOIN outlet o ON o.id = a.outlet_id
                    WHERE sa.story_id = :id ORDER BY %s, a.id"""
                        .formatted(ARTICLE_TIME))
                .bind("id", storyId)
                .map(
                    (rs, ctx) ->
                        new StoryArticle(
                            ArticleRepository.map(rs, ctx),
                            rs.getString("outlet_slug"),
                            rs.getString("outlet_name")))
                .list());
  }

  /** The story the article belongs to, if any. */
  public Optional<Long> storyOf(long articleId) {
    return handles.with(
        h ->
            h.createQuery("SELECT story_id FROM story_article WHERE article_id = :id")
                .bind("id", articleId)
                .mapTo(Long.class)
                .findOne());
  }

  /** Stories with articles, in the section when it is not null. */
  public long count(String section) {
    String where = section == null ? "" : " AND section = :section";
    return handles.with(
        h -> {
          var q = h.createQuery("SELECT COUNT(*) FROM story WHERE article_count > 0" + where);
          if (section != null) q.bind("section", section);
          return q.mapTo(Long.class).one();
        });
  }

  private List<StorySummary> list(String tail, Object param, int limit, int offset) {
    return handles.with(
        h -> {
          var q =
              h.createQuery(SUMMARY + tail + " LIMIT :limit OFFSET :offset")
                  .bind("limit", limit)
                  .bind("offset", offset);
          if (param instanceof String s) q.bind("p", s);
          if (param instanceof Long l) q.bind("p", l);
          return q.map(StoryRepository::summary).list();
        });
  }

  static StorySummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
    long first = rs.getLong("first_article_id");
    Long firstOrNull = rs.wasNull() ? null : first;
    StoryRecord story =
        new StoryRecord(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("lead"),
            rs.getString("section"),
            firstOrNull,
            rs.getInt("outlet_count"),
            rs.getInt("article_count"),
            rs.getDouble("score"),
            Times.instant(rs, "created_at"),
            Times.instant(rs, "updated_at"));
    return new StorySummary(
        story,
        rs.getString("first_outlet_name"),
        rs.getString("first_outlet_slug"),
        rs.getString("image"));
  }
}
