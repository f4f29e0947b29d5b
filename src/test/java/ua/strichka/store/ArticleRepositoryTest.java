package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.testing.Databases;

class ArticleRepositoryTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2025-04-09T04:03:00Z");

  @ParameterizedTest
  @EnumSource(Databases.class)
  void insertsAndReadsBackEveryField(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet =
          store
              .outlets()
              .upsert(
                  OutletRecord.of(
                      "ua-independent", "UA Independent", "https://ua-independent.com/"));
      ArticleRecord a =
          ArticleRecord.builder(
                  "https://ua-independent.com/politics/nato-japan",
                  outlet,
                  "Генсек НАТО подякував Японії")
              .url("https://ua-independent.com/politics/nato-japan?utm_source=fb")
              .lead("Генеральний секретар НАТО Марк Рютте подякував Японії.")
              .body("Перший абзац.\n\nДругий абзац.")
              .image("https://ua-independent.com/img/1.jpg")
              .authors(List.of("Олена Коваленко", "Іван Петренко"))
              .publishedAt(T0)
              .modifiedAt(T0.plusSeconds(60))
              .fetchedAt(T0.plusSeconds(120))
              .language("uk")
              .section("politics")
              .contentHash("abc")
              .simhash(-1234567890123L)
              .build();
      long id = store.articles().upsert(a);

      ArticleRecord back = store.articles().byId(id).orElseThrow();
      assertThat(back).isEqualTo(a.toBuilder().id(id).build());
      assertThat(store.articles().byCanonicalUrl(a.canonicalUrl())).contains(back);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void upsertBySameCanonicalUrlUpdatesInsteadOfDuplicating(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet =
          store.outlets().upsert(OutletRecord.of("kv", "Київський вісник", "https://kv.ua/"));
      ArticleRecord first =
          ArticleRecord.builder("https://kv.ua/a/1", outlet, "Перша версія")
              .publishedAt(T0)
              .body("Текст.")
              .build();
      long id = store.articles().upsert(first);
      ArticleRecord edited =
          first.toBuilder()
              .title("Оновлена версія")
              .body("Виправлений текст.")
              .publishedAt(T0.plusSeconds(3600))
              .modifiedAt(T0.plusSeconds(3600))
              .build();
      long again = store.articles().upsert(edited);

      assertThat(again).isEqualTo(id);
      assertThat(store.articles().count()).isEqualTo(1);
      ArticleRecord stored = store.articles().byId(id).orElseThrow();
      assertThat(stored.title()).isEqualTo("Оновлена версія");
      assertThat(stored.body()).isEqualTo("Виправлений текст.");
      assertThat(stored.publishedAt())
          .as("an update keeps the first publication time")
          .isEqualTo(T0);
      assertThat(stored.modifiedAt()).isEqualTo(T0.plusSeconds(3600));
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void batchUpsertReturnsIdsInOrderAndUpdatesAsUpsertDoes(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet =
          store.outlets().upsert(OutletRecord.of("kv", "Київський вісник", "https://kv.ua/"));
      long existing =
          store
              .articles()
              .upsert(
                  ArticleRecord.builder("https://kv.ua/a/2", outlet, "Стара версія")
                      .publishedAt(T0)
                      .build());
      List<ArticleRecord> batch = new ArrayList<>();
      for (int i = 0; i < 1_203; i++) { // more than one id lookup's worth of URLs
        batch.add(
            ArticleRecord.builder("https://kv.ua/a/" + i, outlet, "Стаття " + i)
                .body("Текст " + i + ".")
                .publishedAt(T0.plusSeconds(i))
                .build());
      }

      long[] ids = store.inTransaction(tx -> tx.articles().upsertAll(batch));

      assertThat(ids).hasSize(batch.size()).doesNotHaveDuplicates();
      assertThat(ids[2]).as("an article already stored keeps its id").isEqualTo(existing);
      assertThat(store.articles().count()).isEqualTo(batch.size());
      for (int i : new int[] {0, 2, 500, 1_202}) {
        ArticleRecord stored = store.articles().byId(ids[i]).orElseThrow();
        assertThat(stored.canonicalUrl()).isEqualTo("https://kv.ua/a/" + i);
        assertThat(stored.title()).isEqualTo("Стаття " + i);
        assertThat(stored.body()).isEqualTo("Текст " + i + ".");
      }
      assertThat(store.articles().byId(existing).orElseThrow().publishedAt())
          .as("an update keeps the first publication time, as upsert does")
          .isEqualTo(T0);
      assertThat(store.articles().upsertAll(List.of())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void listsRecentArticlesByOutletSectionAndTime(Databases db) {
    try (Store store = db.open(dir)) {
      long a = store.outlets().upsert(OutletRecord.of("a", "A", "https://a.ua/"));
      long b = store.outlets().upsert(OutletRecord.of("b", "B", "https://b.ua/"));
      for (int i = 0; i < 6; i++) {
        store
            .articles()
            .upsert(
                ArticleRecord.builder("https://x.ua/" + i, i % 2 == 0 ? a : b, "Стаття " + i)
                    .section(i < 3 ? "politics" : "sport")
                    .publishedAt(T0.plus(i, ChronoUnit.HOURS))
                    .build());
      }
      assertThat(titles(store.articles().recent(ArticleQuery.latest(3))))
          .containsExactly("Стаття 5", "Стаття 4", "Стаття 3");
      assertThat(titles(store.articles().recent(ArticleQuery.latest(10).outlet(a))))
          .containsExactly("Стаття 4", "Стаття 2", "Стаття 0");
      assertThat(titles(store.articles().recent(ArticleQuery.latest(10).section("politics"))))
          .containsExactly("Стаття 2", "Стаття 1", "Стаття 0");
      assertThat(
              titles(
                  store
                      .articles()
                      .recent(
                          ArticleQuery.latest(10)
                              .between(
                                  T0.plus(1, ChronoUnit.HOURS), T0.plus(4, ChronoUnit.HOURS)))))
          .containsExactly("Стаття 3", "Стаття 2", "Стаття 1");
      assertThat(
              titles(store.articles().recent(ArticleQuery.latest(10).outlet(b).section("sport"))))
          .containsExactly("Стаття 5", "Стаття 3");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void failedTransactionLeavesNothingBehind(Databases db) {
    try (Store store = db.open(dir)) {
      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      tx -> {
                        long outlet =
                            tx.outlets().upsert(OutletRecord.of("t", "T", "https://t.ua/"));
                        tx.articles()
                            .upsert(
                                ArticleRecord.builder("https://t.ua/1", outlet, "Стаття").build());
                        // violates the foreign key: no outlet 999999
                        return tx.articles()
                            .upsert(
                                ArticleRecord.builder("https://t.ua/2", 999_999, "Зламана")
                                    .build());
                      }))
          .isInstanceOf(RuntimeException.class);
      assertThat(store.articles().count()).isZero();
      assertThat(store.outlets().all()).isEmpty();

      long committed =
          store.inTransaction(
              tx -> {
                long outlet = tx.outlets().upsert(OutletRecord.of("t", "T", "https://t.ua/"));
                return tx.articles()
                    .upsert(ArticleRecord.builder("https://t.ua/1", outlet, "Стаття").build());
              });
      assertThat(store.articles().byId(committed)).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void reopeningAnExistingDatabaseKeepsItsData(Databases db) {
    String url = db.url(dir);
    try (Store store = Store.open(url, "", "", 2)) {
      store.outlets().upsert(OutletRecord.of("kv", "Київський вісник", "https://kv.ua/"));
    }
    try (Store store = Store.open(url, "", "", 2)) {
      assertThat(store.outlets().bySlug("kv")).map(OutletRecord::name).contains("Київський вісник");
    }
  }

  private static List<String> titles(List<ArticleRecord> articles) {
    return articles.stream().map(ArticleRecord::title).toList();
  }
}
