package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.testing.Databases;

/**
 * Where an article's section came from: old rows get a sensible source when V5 arrives, and a
 * story's vote re-files only what the classifier decided.
 */
class SectionSourceTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-04-23T11:00:00Z");
  private static final Instant FILED = Instant.parse("2026-04-23T12:00:00Z");

  @ParameterizedTest
  @EnumSource(Databases.class)
  void oldRowsAreTheOutletsWhenItsDefaultSectionElseTheClassifiers(Databases db) {
    String url = db.url(dir);
    Flyway.configure()
        .dataSource(url, "", "")
        .locations("classpath:db/migration")
        .placeholders(Map.of("id_pk", Dialect.of(url).idPrimaryKey))
        .target("4")
        .load()
        .migrate();
    Jdbi.create(url)
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO outlet (slug, name, home_url, default_section, created_at)"
                      + " VALUES ('sport-ua', 'Спорт', 'https://sport.ua/', 'sport', 0)");
              long outlet = h.createQuery("SELECT id FROM outlet").mapTo(Long.class).one();
              for (String[] row : new String[][] {{"a", "sport"}, {"b", "politics"}, {"c", null}}) {
                h.createUpdate(
                        "INSERT INTO article (url, canonical_url, outlet_id, title, section,"
                            + " fetched_at) VALUES (:u, :u, :o, 'Заголовок', :s, 0)")
                    .bind("u", "https://sport.ua/" + row[0])
                    .bind("o", outlet)
                    .bind("s", row[1])
                    .execute();
              }
            });
    try (Store store = Store.open(url, "", "", 2)) {
      assertThat(source(store, "a")).isEqualTo(ArticleRecord.OUTLET);
      assertThat(source(store, "b")).isEqualTo(ArticleRecord.CLASSIFIER);
      assertThat(source(store, "c")).isNull();
      assertThat(
              store.articles().byCanonicalUrl("https://sport.ua/b").orElseThrow().sectionShares())
          .isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aStorysVoteRefilesTheClassifiersArticlesAndNeverAnOutletsLabel(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet = store.outlets().upsert(OutletRecord.of("vo", "Вісник", "https://vo.ua/"));
      store.articles().upsert(article(outlet, "labelled", "politics", ArticleRecord.OUTLET, null));
      store
          .articles()
          .upsert(
              article(
                  outlet, "classified", "politics", ArticleRecord.CLASSIFIER, "politics:0.900"));

      store
          .articles()
          .fileSections(
              Map.of(
                  "https://vo.ua/labelled", "economy",
                  "https://vo.ua/classified", "economy"),
              ArticleRecord.STORY,
              FILED);
      ArticleRecord labelled = store.articles().byCanonicalUrl("https://vo.ua/labelled").get();
      ArticleRecord voted = store.articles().byCanonicalUrl("https://vo.ua/classified").get();
      assertThat(labelled.section()).isEqualTo("politics");
      assertThat(labelled.sectionSource()).isEqualTo(ArticleRecord.OUTLET);
      assertThat(voted.section()).isEqualTo("economy");
      assertThat(voted.sectionSource()).isEqualTo(ArticleRecord.STORY);
      assertThat(voted.sectionShares()).isEqualTo("politics:0.900");

      store
          .articles()
          .fileSections(
              Map.of("https://vo.ua/classified", "politics"), ArticleRecord.CLASSIFIER, FILED);
      ArticleRecord back = store.articles().byCanonicalUrl("https://vo.ua/classified").get();
      assertThat(back.section()).isEqualTo("politics");
      assertThat(back.sectionSource()).isEqualTo(ArticleRecord.CLASSIFIER);
    }
  }

  private static ArticleRecord article(
      long outlet, String slug, String section, String source, String shares) {
    return ArticleRecord.builder("https://vo.ua/" + slug, outlet, "Заголовок " + slug)
        .fetchedAt(T0)
        .section(section)
        .sectionSource(source)
        .sectionShares(shares)
        .build();
  }

  private static String source(Store store, String slug) {
    return store
        .articles()
        .byCanonicalUrl("https://sport.ua/" + slug)
        .orElseThrow()
        .sectionSource();
  }
}
