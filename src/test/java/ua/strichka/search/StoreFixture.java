package ua.strichka.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;
import ua.strichka.testing.Databases;

/**
 * A real store for search tests, with short ways to add outlets, articles, entities and stories.
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
    long entity = store.entities().upsert(EntityRecord.of(slug, name, "PER"));
    store.entities().mention(articleId, entity, 1);
  }

  /** A story holding these articles, joined now. */
  long story(String title, long... articleIds) {
    Instant now = Instant.now();
    long story = store.stories().create(StoryRecord.of(title, null, null, now));
    for (long a : articleIds) store.stories().addArticle(story, a, null, now);
    return story;
  }

  void delete(long articleId) {
    store.jdbi().useHandle(h -> h.execute("DELETE FROM article WHERE id = ?", articleId));
  }

  @Override
  public void close() {
    store.close();
  }
}
