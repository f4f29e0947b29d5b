package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.testing.Databases;
import ua.strichka.testing.OpenSearchNode;

/** The OpenSearch index follows the store: new, edited, regrouped and deleted articles. */
@Tag("slow")
class OpenSearchSyncTest {
  @TempDir Path dir;

  private static List<Long> found(SearchBackend index, String text) {
    return index.search(Query.parse(text)).hits().stream().map(Hit::articleId).toList();
  }

  @Test
  void catchUpIndexesOnlyWhatChangedAndRefreshRemovesDeletedArticles() {
    String url = OpenSearchNode.shared().url();
    try (StoreFixture store = new StoreFixture(Databases.SQLITE, dir)) {
      long first = store.save(store.article("shvydko", "Тролейбуси вийшли на маршрути"));
      List<Long> progress = new ArrayList<>();
      try (SearchBackend index =
          OpenSearchIndex.rebuild(
              url, "sync", store.store, SearchSettings.defaults(), (d, t) -> progress.add(t))) {
        assertThat(index.documents()).isEqualTo(1);
        assertThat(progress).contains(1L);
        assertThat(found(index, "тролейбус")).containsExactly(first);

        long second = store.save(store.article("shvydko", "Нові тролейбуси для столиці"));
        CatchUp done = index.catchUp(IndexProgress.NONE);
        assertThat(done.indexed()).isEqualTo(1);
        assertThat(found(index, "тролейбусів")).containsExactlyInAnyOrder(first, second);

        store.save(store.article("shvydko", "Трамваї вийшли на маршрути"));
        long story = store.story("Тролейбуси", first, second);
        index.catchUp(IndexProgress.NONE);
        SearchResult collapsed = index.search(Query.parse("тролейбус").collapse(true));
        assertThat(collapsed.total()).isEqualTo(1);
        assertThat(collapsed.hits().getFirst().storyId()).isEqualTo(story);

        store.delete(second);
        index.refresh(List.of(second));
        assertThat(found(index, "тролейбус")).containsExactly(first);
      }
      // a new process resumes from the saved position: nothing to do
      try (SearchBackend again =
          OpenSearchIndex.open(
              url, "sync", store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(again.catchUp(IndexProgress.NONE).indexed()).isZero();
        assertThat(found(again, "трамвай")).hasSize(1);
      }
    }
  }

  @Test
  void catchUpRemovesArticlesDeletedOrReplacedWhileTheIndexWasBehind() {
    String url = OpenSearchNode.shared().url();
    try (StoreFixture store = new StoreFixture(Databases.SQLITE, dir)) {
      long kept = store.save(store.article("kv", "Київ отримав нові тролейбуси"));
      long deleted = store.save(store.article("vo", "Одеса відкрила пляжі"));
      long replaced = store.save(store.article("hk", "Харків відкрив метро"));
      try (SearchBackend index =
          OpenSearchIndex.rebuild(
              url, "deletions", store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.documents()).isEqualTo(3);
      }
      // while no process kept the index up to date: one article deleted, one replaced by a new row
      store.delete(deleted);
      store.delete(replaced);
      long replacement = store.save(store.article("hk", "Харків відкрив нову станцію метро"));
      // a new process opens the index: its catch-up reconciles the deletions
      try (SearchBackend index =
          OpenSearchIndex.open(
              url, "deletions", store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.documents()).isEqualTo(2);
        assertThat(found(index, "пляж")).isEmpty();
        assertThat(found(index, "метро")).containsExactly(replacement);
        assertThat(found(index, "тролейбус")).containsExactly(kept);
        store.delete(kept);
        CatchUp done = index.catchUp(IndexProgress.NONE);
        assertThat(done.removed()).isEqualTo(1);
        assertThat(done.documents()).isEqualTo(1);
        assertThat(found(index, "тролейбус")).isEmpty();
        assertThat(index.catchUp(IndexProgress.NONE).removed()).isZero();
      }
    }
  }
}
