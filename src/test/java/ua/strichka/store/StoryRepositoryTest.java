package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.testing.Databases;

class StoryRepositoryTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2025-04-09T04:03:00Z");

  private static long article(Store store, long outlet, String url, int minutes, String image) {
    return store
        .articles()
        .upsert(
            ArticleRecord.builder(url, outlet, "Стаття " + url)
                .publishedAt(T0.plus(minutes, ChronoUnit.MINUTES))
                .image(image)
                .section("politics")
                .build());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void statsComeFromTheArticlesAndArticlesListInTimeOrderWithOutlets(Databases db) {
    try (Store store = db.open(dir)) {
      long kv = store.outlets().upsert(OutletRecord.of("kv", "Київський вісник", "https://kv.ua/"));
      long ui = store.outlets().upsert(OutletRecord.of("ui", "UA Independent", "https://ui.ua/"));
      long late = article(store, kv, "https://kv.ua/2", 30, null);
      long first = article(store, ui, "https://ui.ua/1", 0, null);
      long withImage = article(store, kv, "https://kv.ua/3", 45, "https://kv.ua/3.jpg");
      long repost =
          store
              .articles()
              .upsert(
                  ArticleRecord.builder("https://kv.ua/copy", kv, "Копія")
                      .publishedAt(T0.plus(60, ChronoUnit.MINUTES))
                      .repostOf(first)
                      .build());

      long story = store.stories().create(StoryRecord.of("НАТО і Японія", "Лід", "politics", T0));
      for (long a : List.of(late, first, withImage, repost)) {
        store.stories().addArticle(story, a, 0.8, T0);
      }
      store.stories().updateStats(story, 7.5);

      StorySummary s = store.stories().byId(story).orElseThrow();
      assertThat(s.story().articleCount()).isEqualTo(4);
      assertThat(s.story().outletCount()).isEqualTo(2);
      assertThat(s.story().firstArticleId()).isEqualTo(first);
      assertThat(s.story().score()).isEqualTo(7.5);
      assertThat(s.story().updatedAt()).isEqualTo(T0.plus(60, ChronoUnit.MINUTES));
      assertThat(s.story().createdAt()).isEqualTo(T0);
      assertThat(s.firstOutletName()).isEqualTo("UA Independent");
      assertThat(s.firstOutletSlug()).isEqualTo("ui");
      assertThat(s.image()).isEqualTo("https://kv.ua/3.jpg");

      List<StoryArticle> articles = store.stories().articles(story);
      assertThat(articles)
          .extracting(x -> x.article().id())
          .containsExactly(first, late, withImage, repost);
      assertThat(articles)
          .extracting(StoryArticle::outletName)
          .containsExactly(
              "UA Independent", "Київський вісник", "Київський вісник", "Київський вісник");
      assertThat(articles)
          .extracting(StoryArticle::repost)
          .containsExactly(false, false, false, true);
      assertThat(store.stories().storyOf(repost)).contains(story);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void addingAnArticleToAnotherStoryMovesIt(Databases db) {
    try (Store store = db.open(dir)) {
      long kv = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      long a = article(store, kv, "https://kv.ua/1", 0, null);
      long one = store.stories().create(StoryRecord.of("Перша", null, "politics", T0));
      long two = store.stories().create(StoryRecord.of("Друга", null, "politics", T0));
      store.stories().addArticle(one, a, null, T0);
      store.stories().addArticle(two, a, 0.9, T0);
      store.stories().updateStats(one, 1);
      store.stories().updateStats(two, 1);

      assertThat(store.stories().storyOf(a)).contains(two);
      assertThat(store.stories().byId(one).orElseThrow().story().articleCount()).isZero();
      assertThat(store.stories().top(10, 0))
          .as("an empty story is not listed")
          .extracting(x -> x.story().title())
          .containsExactly("Друга");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void listsByScoreSectionEntityAndRelatedness(Databases db) {
    try (Store store = db.open(dir)) {
      long kv = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      long nato = store.entities().upsert(EntityRecord.of("nato", "НАТО", "ORG"));
      long japan = store.entities().upsert(EntityRecord.of("iaponiia", "Японія", "LOC"));
      long odesa = store.entities().upsert(EntityRecord.of("odesa", "Одеса", "LOC"));
      record Spec(String title, String section, double score, List<Long> entities) {}
      List<Spec> specs =
          List.of(
              new Spec("НАТО і Японія", "politics", 5, List.of(nato, japan)),
              new Spec("Атака на Одесу", "war", 9, List.of(odesa)),
              new Spec("Японія і НАТО: навчання", "world", 3, List.of(nato, japan)),
              new Spec("Саміт НАТО", "politics", 7, List.of(nato)),
              new Spec("Футбол", "sport", 1, List.of()));
      long[] ids = new long[specs.size()];
      for (int i = 0; i < specs.size(); i++) {
        Spec spec = specs.get(i);
        long a = article(store, kv, "https://kv.ua/" + i, i * 10, null);
        spec.entities().forEach(e -> store.entities().mention(a, e, 2));
        ids[i] = store.stories().create(StoryRecord.of(spec.title(), null, spec.section(), T0));
        store.stories().addArticle(ids[i], a, null, T0);
        store.stories().updateStats(ids[i], spec.score());
      }

      assertThat(titles(store.stories().top(3, 0)))
          .containsExactly("Атака на Одесу", "Саміт НАТО", "НАТО і Японія");
      assertThat(titles(store.stories().top(3, 3)))
          .containsExactly("Японія і НАТО: навчання", "Футбол");
      assertThat(titles(store.stories().bySection("politics", 10, 0)))
          .containsExactly("Саміт НАТО", "НАТО і Японія");
      assertThat(store.stories().count(null)).isEqualTo(5);
      assertThat(store.stories().count("politics")).isEqualTo(2);
      assertThat(titles(store.stories().byEntity(nato, 10, 0)))
          .as("newest first")
          .containsExactly("Саміт НАТО", "Японія і НАТО: навчання", "НАТО і Японія");
      assertThat(titles(store.stories().related(ids[0], 10)))
          .as("sharing two entities ranks above sharing one; unrelated stories are left out")
          .containsExactly("Японія і НАТО: навчання", "Саміт НАТО");
      assertThat(titles(store.stories().latest(2, 0))).containsExactly("Футбол", "Саміт НАТО");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void relatedStoriesShareWhatTheStoryIsAboutNotWhatAllNewsNames(Databases db) {
    try (Store store = db.open(dir)) {
      long kv = store.outlets().upsert(OutletRecord.of("kv", "К", "https://kv.ua/"));
      long song = store.entities().upsert(EntityRecord.of("ievrobachennia", "Євробачення", "MISC"));
      long band = store.entities().upsert(EntityRecord.of("polyn", "Полинь", "ORG"));
      long lutsk = store.entities().upsert(EntityRecord.of("lutsk", "Луцьк", "LOC"));
      long odesa = store.entities().upsert(EntityRecord.of("odesa", "Одеса", "LOC"));
      long ukraine = store.entities().upsert(EntityRecord.of("ukraina", "Україна", "LOC"));
      int[] n = {0};
      java.util.function.BiFunction<String, List<List<Long>>, Long> story =
          (title, articles) -> {
            long id = store.stories().create(StoryRecord.of(title, null, "culture", T0));
            for (List<Long> names : articles) {
              long a = article(store, kv, "https://kv.ua/" + n[0], n[0]++, null);
              names.forEach(e -> store.entities().mention(a, e, 1));
              store.stories().addArticle(id, a, null, T0);
            }
            store.stories().updateStats(id, 1);
            return id;
          };
      for (int i = 0; i < RelatedStories.COMMON_FLOOR + 10; i++) {
        story.apply("Фон " + i, List.of(List.of(ukraine)));
      }
      long eurovision =
          story.apply(
              "«Полинь» поїде на «Євробачення»",
              List.of(List.of(song, band, lutsk, ukraine), List.of(song, band, odesa)));
      story.apply("Фіналісти Нацвідбору", List.of(List.of(song)));
      story.apply("Розбір завалів в Одесі", List.of(List.of(odesa, ukraine)));
      long train = story.apply("Новий поїзд Луцьк — Одеса", List.of(List.of(lutsk, odesa)));
      long tour = story.apply("«Полинь» дасть концерт у Луцьку", List.of(List.of(band, lutsk)));
      store.stories().updateStats(train, 3);
      store.stories().updateStats(tour, 5);

      assertThat(titles(store.stories().related(eurovision, 10)))
          .as(
              "two shared names, ties by rank, then the story's subject alone; not a story that"
                  + " shares one minor name, nor those sharing only the name every story carries")
          .containsExactly(
              "«Полинь» дасть концерт у Луцьку",
              "Новий поїзд Луцьк — Одеса",
              "Фіналісти Нацвідбору");
    }
  }

  private static List<String> titles(List<StorySummary> stories) {
    return stories.stream().map(s -> s.story().title()).toList();
  }
}
