package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.entity.Entity;
import ua.strichka.entity.EntityTagger;
import ua.strichka.testing.Databases;

/** The entity tagger's findings stored and replaced, on SQLite and PostgreSQL. */
class EntityMentionsTest {
  @TempDir Path dir;

  private static final EntityTagger TAGGER = new EntityTagger();

  private static Map<EntityRecord, Integer> tagged(String text) {
    Map<EntityRecord, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<Entity, Integer> e : EntityTagger.counts(TAGGER.tag(text)).entrySet()) {
      Entity x = e.getKey();
      out.put(EntityRecord.of(x.slug(), x.name(), x.type().name()), e.getValue());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anArticlesEntitiesAreStoredUnderCanonicalNamesAndReplacedOnRetagging(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      long article =
          store.articles().upsert(ArticleRecord.builder("https://kv.ua/1", outlet, "A").build());

      store
          .entities()
          .replaceMentions(
              article,
              tagged(
                  "Генсек НАТО Марк Рютте подякував Японії. Марком Рютте опікується НАТО, а Японія"
                      + " допомагає."));
      assertThat(store.entities().ofArticle(article))
          .extracting(m -> m.entity().slug(), m -> m.entity().name(), EntityMentions::count)
          .containsExactly(
              tuple("mark-riutte", "Марк Рютте", 2L),
              tuple("nato", "НАТО", 2L),
              tuple("yaponiia", "Японія", 2L));

      store.entities().replaceMentions(article, tagged("У Харківській області відновили світло."));
      assertThat(store.entities().ofArticle(article))
          .extracting(m -> m.entity().name(), m -> m.entity().type(), EntityMentions::count)
          .containsExactly(tuple("Харківська область", "LOC", 1L));
      // the entities themselves stay: other articles may name them
      assertThat(store.entities().bySlug("nato")).isPresent();
      assertThat(store.entities().articleCount(store.entities().bySlug("nato").get().id()))
          .isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void twoRecordsWithOneSlugAddUp(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      long article =
          store.articles().upsert(ArticleRecord.builder("https://kv.ua/2", outlet, "B").build());
      Map<EntityRecord, Integer> mentions = new LinkedHashMap<>();
      mentions.put(EntityRecord.of("kyiv", "Київ", "LOC"), 2);
      mentions.put(EntityRecord.of("kyiv", "Киев", "LOC"), 1);
      mentions.put(EntityRecord.of("nobody", "Ніхто", "PER"), 0);
      store.entities().replaceMentions(article, mentions);
      assertThat(store.entities().ofArticle(article))
          .extracting(m -> m.entity().slug(), EntityMentions::count)
          .containsExactly(tuple("kyiv", 3L));
      assertThat(store.entities().bySlug("nobody")).isEmpty();
    }
  }
}
