package ua.strichka.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;

/**
 * A real store for search tests, with short ways to add outlets, articles, entities and stories
 * (the entity and story stages have no repositories yet, so those rows go in by SQL).
 */
final class StoreFixture implements AutoCloseable {
  final Store store;
  private final Map<String, Long> outlets = new HashMap<>();
  private long fetched = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

  StoreFixture(Databases db, Path dir) {
    this(db.open(dir));
  }

  StoreFixture(Store store) {
    this.store = store;
  }

  /** The store at a JDBC URL (for tests that hand the URL to another process too). */
  static StoreFixture at(String jdbcUrl) {
    return new StoreFixture(Store.open(jdbcUrl, "", "", 4));
  }

  long outlet(String slug) {
    return outlets.computeIfAbsent(
        slug,
        s -> store.outlets().upsert(OutletRecord.of(s, "Видання " + s, "https://" + s + ".ua/")));
  }

  /** An article builder with the outlet, a URL from the title's hash and a rising fetch time. */
  ArticleRecord.Builder article(String outlet, String title) {
    fetched += 1000;
    return ArticleRecord.builder(
            "https://" + outlet + ".ua/" + Integer.toHexString(title.hashCode()) + "-" + fetched,
            outlet(outlet),
            title)
        .language("uk")
        .fetchedAt(Instant.ofEpochMilli(fetched));
  }

  long save(ArticleRecord.Builder b) {
    return store.articles().upsert(b.build());
  }

  /** Saves the article again as re-fetched now: what the crawler does with an edited page. */
  long update(ArticleRecord.Builder b) {
    fetched += 1000;
    return store.articles().upsert(b.fetchedAt(Instant.ofEpochMilli(fetched)).build());
  }

  void entity(long articleId, String name, String slug) {
    store
        .jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO entity (slug, name, type) VALUES (?, ?, 'PER')"
                      + " ON CONFLICT (slug) DO NOTHING",
                  slug,
                  name);
              long id =
                  h.createQuery("SELECT id FROM entity WHERE slug = :s")
                      .bind("s", slug)
                      .mapTo(Long.class)
                      .one();
              h.execute(
                  "INSERT INTO article_entity (article_id, entity_id, mentions) VALUES (?, ?, 1)",
                  articleId,
                  id);
            });
  }

  /** A story holding these articles, joined now. */
  long story(String title, long... articleIds) {
    long now = Instant.now().toEpochMilli();
    return store
        .jdbi()
        .withHandle(
            h -> {
              long id =
                  h.createQuery(
                          "INSERT INTO story (title, created_at, updated_at) VALUES (:t, :n, :n)"
                              + " RETURNING id")
                      .bind("t", title)
                      .bind("n", now)
                      .mapTo(Long.class)
                      .one();
              for (long a : articleIds) {
                h.execute(
                    "INSERT INTO story_article (article_id, story_id, joined_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
                        + " joined_at = excluded.joined_at",
                    a,
                    id,
                    now);
              }
              return id;
            });
  }

  void delete(long articleId) {
    store.jdbi().useHandle(h -> h.execute("DELETE FROM article WHERE id = ?", articleId));
  }

  @Override
  public void close() {
    store.close();
  }
}
