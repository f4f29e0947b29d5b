package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.testing.Databases;

/**
 * How the index is laid out on disk for fast searches: one segment after a rebuild, and norms of
 * every language's combined field for every document, without changing what the scores count.
 */
class IndexLayoutTest {
  @TempDir Path dir;

  @Test
  void aRebuildLeavesOneSegmentAndANewArticleAddsOne() throws IOException {
    try (StoreFixture store = new StoreFixture(Databases.SQLITE, dir)) {
      for (int i = 0; i < 12; i++)
        store.save(store.article("kv", "Новина номер " + i + " з Києва"));
      Path path = dir.resolve("index");
      // a commit every 3 articles writes a segment each time: several before the merge
      SearchSettings settings = SearchSettings.defaults().commitEvery(3);
      try (SearchIndex index =
          SearchIndex.rebuild(path, store.store, settings, IndexProgress.NONE)) {
        assertThat(segments(path)).isEqualTo(1);
        assertThat(index.search(Query.parse("Києві")).total()).isEqualTo(12);

        store.save(store.article("kv", "Ще одна новина з Києва"));
        index.catchUp(IndexProgress.NONE);
        // a catch-up merges nothing of its own: the merge policy decides as articles come
        assertThat(segments(path)).isEqualTo(2);
        assertThat(index.search(Query.parse("Києві")).total()).isEqualTo(13);
      }
    }
  }

  @Test
  void everyLanguagesCombinedFieldHasANormForEveryDocumentButCountsOnlyItsOwn() throws IOException {
    try (StoreFixture store = new StoreFixture(Databases.SQLITE, dir)) {
      store.save(store.article("kv", "Київ отримав нові тролейбуси"));
      store.save(store.article("kv", "Львів прикрасив ялинку"));
      store.save(store.article("kv", "Киев получил новые троллейбусы").language("ru"));
      Path path = dir.resolve("index");
      try (SearchIndex index =
          SearchIndex.rebuild(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.search(Query.parse("тролейбуси")).total()).isEqualTo(1);
        assertThat(index.search(Query.parse("троллейбусы")).total()).isEqualTo(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path))) {
        LeafReader leaf = reader.leaves().getFirst().reader();
        for (Lang lang : Lang.values()) {
          String field = Fields.text(Fields.ALL, lang);
          NumericDocValues norms = leaf.getNormValues(field);
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            assertThat(norms.advanceExact(doc)).as(field + " doc " + doc).isTrue();
          }
        }
        // BM25's average length and document count are those of the language's articles alone
        assertThat(leaf.terms(Fields.text(Fields.ALL, Lang.UK)).getDocCount()).isEqualTo(2);
        assertThat(leaf.terms(Fields.text(Fields.ALL, Lang.RU)).getDocCount()).isEqualTo(1);
        assertThat(leaf.terms(Fields.text(Fields.ALL, Lang.EN))).isNull();
      }
    }
  }

  /**
   * Stored texts are kept raw ({@link IndexCodec}): each segment names the codec, Lucene finds it
   * by that name when a new process opens the index, and a hit's texts read back whole, long ones
   * and Cyrillic ones alike.
   */
  @Test
  void segmentsKeepTheirTextsRawAndReadThemBackInANewView() throws IOException {
    try (StoreFixture store = new StoreFixture(Databases.SQLITE, dir)) {
      String longBody = "Верховна Рада ухвалила закон про бюджет. ".repeat(2_000);
      store.save(store.article("kv", "Рада ухвалила бюджет").body(longBody));
      for (int i = 0; i < 300; i++) store.save(store.article("kv", "Новина номер " + i));
      Path path = dir.resolve("index");
      SearchIndex.rebuild(path, store.store, SearchSettings.defaults(), IndexProgress.NONE).close();
      try (FSDirectory directory = FSDirectory.open(path)) {
        SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
        assertThat(infos.asList())
            .isNotEmpty()
            .allSatisfy(s -> assertThat(s.info.getCodec().getName()).isEqualTo(IndexCodec.NAME));
      }
      try (SearchIndex reopened = SearchIndex.openReadOnly(path, SearchSettings.defaults())) {
        Hit hit = reopened.search(Query.parse("бюджет")).hits().getFirst();
        assertThat(hit.title()).isEqualTo("Рада ухвалила бюджет");
        assertThat(hit.snippetHtml()).contains("<mark>бюджет</mark>");
        assertThat(reopened.search(Query.parse("\"Новина номер 299\"")).hits())
            .extracting(Hit::title)
            .containsExactly("Новина номер 299");
      }
    }
  }

  private static int segments(Path path) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path))) {
      return reader.leaves().size();
    }
  }
}
