package ua.strichka.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Articles, identified by their canonical URL. */
public final class ArticleRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Handles handles;

  ArticleRepository(Handles handles) {
    this.handles = handles;
  }

  /** Inserts an article or, by canonical URL, updates the one stored (see {@link #upsert}). */
  private static final String UPSERT =
      """
      INSERT INTO article (url, canonical_url, outlet_id, title, lead, body, image, authors,
          published_at, modified_at, fetched_at, language, section, is_news, content_hash, simhash,
          repost_of, section_source, section_shares)
      VALUES (:url, :canonicalUrl, :outletId, :title, :lead, :body, :image, :authors,
          :publishedAt, :modifiedAt, :fetchedAt, :language, :section, :news, :contentHash, :simhash,
          :repostOf, :sectionSource, :sectionShares)
      ON CONFLICT (canonical_url) DO UPDATE SET url = excluded.url, outlet_id = excluded.outlet_id,
          title = excluded.title, lead = excluded.lead, body = excluded.body, image = excluded.image,
          authors = excluded.authors,
          published_at = COALESCE(article.published_at, excluded.published_at),
          modified_at = excluded.modified_at, fetched_at = excluded.fetched_at,
          language = excluded.language, section = excluded.section, is_news = excluded.is_news,
          content_hash = excluded.content_hash, simhash = excluded.simhash,
          repost_of = excluded.repost_of, section_source = excluded.section_source,
          section_shares = excluded.section_shares""";

  /** Canonical URLs looked up per statement: well under every database's bound-variable limit. */
  private static final int URLS_PER_LOOKUP = 500;

  /**
   * Stores the article; when one with the same canonical URL exists, it is updated in place (an
   * outlet re-publishing an edited text keeps the article's id, and with it its story and links).
   * Returns the id.
   */
  public long upsert(ArticleRecord a) {
    return handles.with(
        h -> bind(h.createQuery(UPSERT + " RETURNING id"), a).mapTo(Long.class).one());
  }

  /**
   * Stores many articles as {@link #upsert} does each, in one prepared batch (one round trip and
   * statement for all, where one upsert each costs a statement apiece): for bulk loads such as the
   * search benchmark's million articles. Returns the ids in the order given. Call it inside {@link
   * Store#inTransaction} to make the batch one transaction.
   */
  public long[] upsertAll(List<ArticleRecord> articles) {
    if (articles.isEmpty()) return new long[0];
    return handles.with(
        h -> {
          PreparedBatch batch = h.prepareBatch(UPSERT);
          for (ArticleRecord a : articles) bind(batch, a).add();
          batch.execute();
          // a batch returns no generated keys portably (SQLite gives only the last), so the ids
          // are read back by the unique canonical URL
          Map<String, Long> ids = new HashMap<>();
          for (int from = 0; from < articles.size(); from += URLS_PER_LOOKUP) {
            List<String> urls =
                articles.subList(from, Math.min(articles.size(), from + URLS_PER_LOOKUP)).stream()
                    .map(ArticleRecord::canonicalUrl)
                    .toList();
            h.createQuery("SELECT id, canonical_url FROM article WHERE canonical_url IN (<urls>)")
                .bindList("urls", urls)
                .map((rs, ctx) -> Map.entry(rs.getString("canonical_url"), rs.getLong("id")))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
          }
          long[] out = new long[articles.size()];
          for (int i = 0; i < out.length; i++) out[i] = ids.get(articles.get(i).canonicalUrl());
          return out;
        });
  }

  private static <S extends SqlStatement<S>> S bind(S statement, ArticleRecord a) {
    return statement
        .bind("url", a.url())
        .bind("canonicalUrl", a.canonicalUrl())
        .bind("outletId", a.outletId())
        .bind("title", a.title())
        .bind("lead", a.lead())
        .bind("body", a.body())
        .bind("image", a.image())
        .bind("authors", toJson(a.authors()))
        .bind("publishedAt", Times.toMillis(a.publishedAt()))
        .bind("modifiedAt", Times.toMillis(a.modifiedAt()))
        .bind("fetchedAt", Times.toMillis(a.fetchedAt()))
        .bind("language", a.language())
        .bind("section", a.section())
        .bind("news", a.news())
        .bind("contentHash", a.contentHash())
        .bind("simhash", a.simhash())
        .bind("repostOf", a.repostOf())
        .bind("sectionSource", a.sectionSource())
        .bind("sectionShares", a.sectionShares());
  }

  /**
   * Files articles by canonical URL under the section their story decided, with its source ({@link
   * ArticleRecord#STORY} or {@link ArticleRecord#CLASSIFIER}, back to its own decision). Only
   * articles whose section came from the classifier or a story change: an outlet's label never
   * does, whatever the caller asks. Rows already so filed are not rewritten; those changed record
   * {@code filedAt} (ms), by which the search index finds them.
   */
  public void fileSections(Map<String, String> sectionByUrl, String source, Instant filedAt) {
    if (sectionByUrl.isEmpty()) return;
    handles.with(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  UPDATE article SET section = :section, section_source = :source,
                    section_filed_at = :filedAt
                  WHERE canonical_url = :url AND section_source IN ('classifier', 'story')
                    AND (section <> :section OR section_source <> :source)""");
          sectionByUrl.forEach(
              (url, section) ->
                  batch
                      .bind("url", url)
                      .bind("section", section)
                      .bind("source", source)
                      .bind("filedAt", filedAt.toEpochMilli())
                      .add());
          batch.execute();
          return null;
        });
  }

  /** Marks the article a repost of {@code originalId}: dedup found its original only later. */
  public void markRepost(long id, long originalId) {
    handles.with(
        h ->
            h.createUpdate("UPDATE article SET repost_of = :original WHERE id = :id")
                .bind("id", id)
                .bind("original", originalId)
                .execute());
  }

  public Optional<ArticleRecord> byId(long id) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM article WHERE id = :id")
                .bind("id", id)
                .map(ArticleRepository::map)
                .findOne());
  }

  public Optional<ArticleRecord> byCanonicalUrl(String canonicalUrl) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM article WHERE canonical_url = :u")
                .bind("u", canonicalUrl)
                .map(ArticleRepository::map)
                .findOne());
  }

  /** Articles with the same normalised-text hash: exact copies under other URLs. */
  public List<ArticleRecord> byContentHash(String hash) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM article WHERE content_hash = :h ORDER BY published_at, id")
                .bind("h", hash)
                .map(ArticleRepository::map)
                .list());
  }

  /**
   * The canonical URL of the earliest published article, other than {@code exceptCanonicalUrl},
   * whose normalised text hashes to {@code hash}: the original of an exact copy older than dedup's
   * in-memory window. One row through the {@code article_content_hash} index, however many copies.
   */
  public Optional<String> earliestCopy(String hash, String exceptCanonicalUrl) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT canonical_url FROM article WHERE content_hash = :h AND canonical_url <> :u
                    ORDER BY published_at, id LIMIT 1""")
                .bind("h", hash)
                .bind("u", exceptCanonicalUrl)
                .mapTo(String.class)
                .findOne());
  }

  /** Newest first, filtered as the query says. */
  public List<ArticleRecord> recent(ArticleQuery q) {
    List<String> where = new ArrayList<>();
    if (q.outletId() != null) where.add("outlet_id = :outletId");
    if (q.section() != null) where.add("section = :section");
    if (q.since() != null) where.add("published_at >= :since");
    if (q.until() != null) where.add("published_at < :until");
    String sql =
        "SELECT * FROM article"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY published_at DESC, id DESC LIMIT :limit";
    return handles.with(
        h -> {
          Query query = h.createQuery(sql).bind("limit", q.limit());
          if (q.outletId() != null) query.bind("outletId", q.outletId());
          if (q.section() != null) query.bind("section", q.section());
          if (q.since() != null) query.bind("since", q.since().toEpochMilli());
          if (q.until() != null) query.bind("until", q.until().toEpochMilli());
          return query.map(ArticleRepository::map).list();
        });
  }

  public long count() {
    return handles.with(h -> h.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one());
  }

  static ArticleRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    long simhash = rs.getLong("simhash");
    Long simhashOrNull = rs.wasNull() ? null : simhash;
    long repost = rs.getLong("repost_of");
    Long repostOrNull = rs.wasNull() ? null : repost;
    return new ArticleRecord(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("canonical_url"),
        rs.getLong("outlet_id"),
        rs.getString("title"),
        rs.getString("lead"),
        rs.getString("body"),
        rs.getString("image"),
        fromJson(rs.getString("authors")),
        Times.instant(rs, "published_at"),
        Times.instant(rs, "modified_at"),
        Times.instant(rs, "fetched_at"),
        rs.getString("language"),
        rs.getString("section"),
        rs.getBoolean("is_news"),
        rs.getString("content_hash"),
        simhashOrNull,
        repostOrNull,
        rs.getString("section_source"),
        rs.getString("section_shares"));
  }

  private static String toJson(List<String> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fromJson(String json) {
    if (json == null || json.isEmpty()) return List.of();
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }
}
