package ua.strichka.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;

/**
 * The finder's memory is bounded; what it no longer remembers is still found as an exact copy
 * through the store's content-hash index, on both databases.
 */
class RepostFinderStoreTest {
  static final long DAY = 86_400_000L;
  static final Instant T0 = Instant.parse("2025-04-09T04:03:00Z");
  static final String ORIGINAL = "https://kv.ua/a/1";

  @TempDir Path dir;

  final Fingerprint text = FingerprintTest.of(FingerprintTest.ORIGINAL);
  final Fingerprint edited = FingerprintTest.of(FingerprintTest.EDITED);
  final Fingerprint other = FingerprintTest.of(FingerprintTest.OTHER);

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anExactCopyOlderThanTheWindowIsFoundThroughTheStore(Databases db) {
    try (Store store = db.open(dir)) {
      storeArticle(store, ORIGINAL, text, 0);
      storeArticle(store, "https://zb.net/old-copy", text, 1);
      RepostFinder finder = finder(store, Duration.ofDays(30), 1_000);
      finder.check(article(ORIGINAL, 0, text));
      finder.check(article("https://x.ua/news", 40 * DAY, other));
      assertThat(finder.size()).isEqualTo(1);

      // A near copy of the evicted text is out of reach: only exact hashes are in the store.
      assertThat(finder.check(article("https://sh.ua/edited", 40 * DAY, edited)).isRepost())
          .isFalse();
      finder.forget("https://sh.ua/edited");
      RepostFinder.Verdict exact = finder.check(article("https://sh.ua/copy", 40 * DAY, text));
      assertThat(exact.originalKey()).isEqualTo(ORIGINAL);
      assertThat(exact.similarity()).isEqualTo(1.0);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anArticlePushedOutByTheCapIsStillFoundAsAnExactCopy(Databases db) {
    try (Store store = db.open(dir)) {
      storeArticle(store, ORIGINAL, text, 0);
      RepostFinder finder = finder(store, Duration.ofDays(30), 1);
      finder.check(article(ORIGINAL, 0, text));
      finder.check(article("https://x.ua/news", DAY, other));
      assertThat(finder.check(article("https://sh.ua/copy", DAY, text)).originalKey())
          .isEqualTo(ORIGINAL);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aNearCopyWithinTheWindowIsFoundInMemoryAndAnUpdateIsNotItsOwnCopy(Databases db) {
    try (Store store = db.open(dir)) {
      storeArticle(store, ORIGINAL, text, 0);
      RepostFinder finder = finder(store, Duration.ofDays(30), 1_000);
      assertThat(finder.check(article(ORIGINAL, 0, text)).isRepost()).isFalse();
      assertThat(finder.check(article(ORIGINAL, 0, text)).isRepost()).isFalse();
      RepostFinder.Verdict near = finder.check(article("https://sh.ua/edited", 20 * DAY, edited));
      assertThat(near.originalKey()).isEqualTo(ORIGINAL);
      assertThat(near.similarity()).isBetween(0.5, 0.99);
    }
  }

  private static RepostFinder finder(Store store, Duration window, int capacity) {
    return new RepostFinder(window, capacity, store.articles()::earliestCopy);
  }

  private static RepostFinder.Article article(String key, long millis, Fingerprint print) {
    String host = java.net.URI.create(key).getHost();
    return new RepostFinder.Article(key, host, host, millis, print, null);
  }

  private static void storeArticle(Store store, String url, Fingerprint print, long days) {
    String host = java.net.URI.create(url).getHost();
    long outlet = store.outlets().upsert(OutletRecord.of(host, host, "https://" + host + "/"));
    store
        .articles()
        .upsert(
            ArticleRecord.builder(url, outlet, "Заголовок")
                .publishedAt(T0.plusMillis(days * DAY))
                .fetchedAt(T0.plusMillis(days * DAY))
                .contentHash(print.contentHash())
                .simhash(print.simhash())
                .build());
  }
}
