package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.testing.Databases;

class EntityRepositoryTest {
  @TempDir Path dir;

  private static final Instant NOW = Instant.parse("2025-04-09T12:00:00Z");

  @ParameterizedTest
  @EnumSource(Databases.class)
  void upsertKeepsOneEntityPerSlug(Databases db) {
    try (Store store = db.open(dir)) {
      long id = store.entities().upsert(EntityRecord.of("mark-riutte", "Марк Рюте", "PER"));
      long again = store.entities().upsert(EntityRecord.of("mark-riutte", "Марк Рютте", "PER"));
      assertThat(again).isEqualTo(id);
      assertThat(store.entities().bySlug("mark-riutte"))
          .contains(new EntityRecord(id, "mark-riutte", "Марк Рютте", "PER"));
      assertThat(store.entities().bySlug("nobody")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void trendingCountsRecentArticlesAndStoriesListTheirEntities(Databases db) {
    try (Store store = db.open(dir)) {
      long kv = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      long nato = store.entities().upsert(EntityRecord.of("nato", "НАТО", "ORG"));
      long japan = store.entities().upsert(EntityRecord.of("iaponiia", "Японія", "LOC"));
      long odesa = store.entities().upsert(EntityRecord.of("odesa", "Одеса", "LOC"));
      long story = store.stories().create(StoryRecord.of("S", null, "world", NOW));
      List<List<Long>> articles =
          List.of(List.of(nato, japan), List.of(nato), List.of(japan, nato), List.of(odesa));
      int[] hoursAgo = {1, 2, 3, 72};
      for (int i = 0; i < articles.size(); i++) {
        long a =
            store
                .articles()
                .upsert(
                    ArticleRecord.builder("https://kv.ua/" + i, kv, "A" + i)
                        .publishedAt(NOW.minus(hoursAgo[i], ChronoUnit.HOURS))
                        .build());
        for (long e : articles.get(i)) store.entities().mention(a, e, 5 - i);
        if (i < 2) store.stories().addArticle(story, a, null, NOW);
      }
      assertThat(store.entities().trending(NOW.minus(24, ChronoUnit.HOURS), 10))
          .extracting(m -> m.entity().name(), EntityMentions::count)
          .containsExactly(tuple("НАТО", 3L), tuple("Японія", 2L));
      assertThat(store.entities().ofStory(story, 10))
          .extracting(m -> m.entity().name(), EntityMentions::count)
          .containsExactly(tuple("НАТО", 2L), tuple("Японія", 1L));
      long first = store.articles().byCanonicalUrl("https://kv.ua/0").orElseThrow().id();
      assertThat(store.entities().ofArticle(first))
          .extracting(m -> m.entity().slug(), EntityMentions::count)
          .containsExactly(tuple("nato", 5L), tuple("iaponiia", 5L));
      assertThat(store.entities().articleCount(nato)).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void outletHealthSummarisesTheFetchLog(Databases db) {
    try (Store store = db.open(dir)) {
      long kv = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      assertThat(store.outlets().health(kv, NOW.minus(1, ChronoUnit.DAYS)))
          .isEqualTo(new OutletHealth(0, 0, null, null, null));
      Object[][] log = {
        {200, null, 3}, {503, null, 2}, {null, "TimeoutException", 1}, {200, null, 30}
      };
      for (Object[] row : log) {
        store
            .jdbi()
            .useHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO fetch_log (url, outlet_id, status, error_class, fetched_at)"
                                + " VALUES ('https://kv.ua/', :o, :s, :e, :t)")
                        .bind("o", kv)
                        .bind("s", (Integer) row[0])
                        .bind("e", (String) row[1])
                        .bind("t", NOW.minus((Integer) row[2], ChronoUnit.HOURS).toEpochMilli())
                        .execute());
      }
      OutletHealth health = store.outlets().health(kv, NOW.minus(1, ChronoUnit.DAYS));
      assertThat(health.fetches()).isEqualTo(3);
      assertThat(health.failures()).isEqualTo(2);
      assertThat(health.lastFetchedAt()).isEqualTo(NOW.minus(1, ChronoUnit.HOURS));
      assertThat(health.lastStatus()).isNull();
      assertThat(health.lastError()).isEqualTo("TimeoutException");
      assertThat(health.successRate()).isEqualTo(1 / 3.0);
    }
  }
}
