package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.store.ArticleRecord;
import ua.strichka.testing.Databases;

/** The index follows the store: new, updated, deleted articles, stories, late writes, reopening. */
class StoreSyncTest {
  @TempDir Path dir;

  private static List<Long> ids(SearchIndex index, String text) {
    return index.search(Query.parse(text)).hits().stream().map(Hit::articleId).toList();
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void catchesUpWithNewUpdatedAndDeletedArticles(Databases db) {
    try (StoreFixture store = new StoreFixture(db, dir)) {
      long kyiv = store.save(store.article("kv", "Київ отримав нові тролейбуси"));
      ArticleRecord.Builder odesa = store.article("vo", "Одеса відкрила пляжі");
      long odesaId = store.save(odesa);
      Path path = dir.resolve("index");
      try (SearchIndex index =
          SearchIndex.open(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.documents()).isEqualTo(2);
        assertThat(ids(index, "тролейбусами")).containsExactly(kyiv);

        long lviv = store.save(store.article("hk", "Львів прикрасив ялинку"));
        store.update(odesa.title("Одеса закрила пляжі через шторм"));
        store.delete(kyiv);
        CatchUp done = index.catchUp(IndexProgress.NONE);

        assertThat(done.indexed()).isEqualTo(2);
        assertThat(done.removed()).isEqualTo(1);
        assertThat(done.documents()).isEqualTo(2);
        assertThat(ids(index, "ялинка")).containsExactly(lviv);
        assertThat(ids(index, "шторм")).containsExactly(odesaId);
        assertThat(ids(index, "відкрила")).isEmpty();
        assertThat(ids(index, "тролейбуси")).isEmpty();
      }
      try (SearchIndex reopened =
          SearchIndex.open(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(reopened.documents()).isEqualTo(2);
        assertThat(reopened.catchUp(IndexProgress.NONE).indexed()).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void followsStoriesAndRefreshedEntities(Databases db) {
    try (StoreFixture store = new StoreFixture(db, dir)) {
      long a = store.save(store.article("kv", "Рада ухвалила бюджет"));
      long b = store.save(store.article("ui", "Парламент проголосував за бюджет"));
      try (SearchIndex index =
          SearchIndex.open(
              dir.resolve("index"), store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.search(Query.parse("бюджет").collapse(true)).total()).isEqualTo(2);

        long story = store.story("Бюджет", a, b);
        assertThat(index.catchUp(IndexProgress.NONE).indexed()).isEqualTo(2);
        SearchResult collapsed = index.search(Query.parse("бюджет").collapse(true));
        assertThat(collapsed.total()).isEqualTo(1);
        assertThat(collapsed.hits().getFirst().storyId()).isEqualTo(story);
        assertThat(index.catchUp(IndexProgress.NONE).indexed()).isZero();

        // entity tags written without touching the article: invisible to the catch-up ...
        store.entity(a, "Верховна Рада", "verkhovna-rada");
        index.catchUp(IndexProgress.NONE);
        assertThat(index.search(Query.parse("").entity("verkhovna-rada")).hits()).isEmpty();
        // ... until the articles are refreshed
        index.refresh(List.of(a));
        assertThat(index.search(Query.parse("").entity("verkhovna-rada")).hits())
            .extracting(Hit::articleId)
            .containsExactly(a);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void followsSectionsAStorysVoteRefiled(Databases db) {
    try (StoreFixture store = new StoreFixture(db, dir)) {
      long a =
          store.save(
              store
                  .article("kv", "НБУ підвищив облікову ставку")
                  .section("politics")
                  .sectionSource(ArticleRecord.CLASSIFIER));
      long b =
          store.save(
              store
                  .article("ui", "Нацбанк підняв облікову ставку")
                  .section("economy")
                  .sectionSource(ArticleRecord.OUTLET));
      store.story("Облікова ставка", a, b);
      try (SearchIndex index =
          SearchIndex.open(
              dir.resolve("index"), store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.search(Query.parse("ставка").section("economy")).hits())
            .extracting(Hit::articleId)
            .containsExactly(b);

        // the story's vote re-files the classifier's article: neither fetched_at nor a story
        // membership changes, yet the index must follow
        String url = store.store.articles().byId(a).orElseThrow().canonicalUrl();
        store
            .store
            .articles()
            .fileSections(Map.of(url, "economy"), ArticleRecord.STORY, Instant.now());
        assertThat(index.catchUp(IndexProgress.NONE).indexed()).isEqualTo(1);
        assertThat(index.search(Query.parse("ставка").section("economy")).hits())
            .extracting(Hit::articleId)
            .containsExactlyInAnyOrder(a, b);
        assertThat(index.search(Query.parse("ставка").section("politics")).hits()).isEmpty();
        assertThat(index.catchUp(IndexProgress.NONE).indexed()).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void findsRowsCommittedLateWithAnOlderFetchTime(Databases db) {
    try (StoreFixture store = new StoreFixture(db, dir)) {
      store.save(store.article("kv", "Перша новина"));
      try (SearchIndex index =
          SearchIndex.open(
              dir.resolve("index"), store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        // fetched a minute ago by a slow writer: within the catch-up's look-back margin
        long late =
            store.save(
                store
                    .article("kv", "Запізніла новина")
                    .fetchedAt(Instant.parse("2025-12-31T23:59:00Z")));
        // fetched long before: only the count check and reconciliation find it
        long ancient =
            store.save(
                store
                    .article("kv", "Давня новина")
                    .fetchedAt(Instant.parse("2020-01-01T00:00:00Z")));
        CatchUp done = index.catchUp(IndexProgress.NONE);
        assertThat(done.documents()).isEqualTo(3);
        assertThat(ids(index, "запізніла")).containsExactly(late);
        assertThat(ids(index, "давня")).containsExactly(ancient);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void rebuildsAnIndexOfAnotherLayout(Databases db) throws Exception {
    try (StoreFixture store = new StoreFixture(db, dir)) {
      store.save(store.article("kv", "Перша новина"));
      Path path = dir.resolve("index");
      try (FSDirectory d = FSDirectory.open(path);
          IndexWriter old = new IndexWriter(d, new IndexWriterConfig())) {
        old.addDocument(new org.apache.lucene.document.Document());
        old.setLiveCommitData(Map.of("strichka.layout", "0").entrySet());
        old.commit();
      }
      try (SearchIndex index =
          SearchIndex.open(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.documents()).isEqualTo(1);
        assertThat(index.search(Query.parse("новина")).hits()).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aSecondWriterIsRefusedButMayReadOnly(Databases db) {
    try (StoreFixture store = new StoreFixture(db, dir)) {
      store.save(store.article("kv", "Перша новина"));
      Path path = dir.resolve("index");
      try (SearchIndex index =
          SearchIndex.open(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThatThrownBy(
                () ->
                    SearchIndex.open(
                        path, store.store, SearchSettings.defaults(), IndexProgress.NONE))
            .isInstanceOf(SearchException.class)
            .hasMessageContaining("in use by another Strichka process");
        try (SearchIndex reader = SearchIndex.openReadOnly(path, SearchSettings.defaults())) {
          assertThat(reader.search(Query.parse("новина")).hits()).hasSize(1);
          assertThatThrownBy(() -> reader.catchUp(IndexProgress.NONE))
              .isInstanceOf(SearchException.class)
              .hasMessageContaining("read-only");
        }
        assertThat(index.documents()).isEqualTo(1);
      }
      assertThatThrownBy(
              () -> SearchIndex.openReadOnly(dir.resolve("none"), SearchSettings.defaults()))
          .isInstanceOf(SearchException.class)
          .hasMessageContaining("no search index at");
    }
  }
}
