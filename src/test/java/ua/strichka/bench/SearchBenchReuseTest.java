package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.search.SearchSettings;

/** {@code bench search --reuse} measures an index only when it holds every article of its store. */
class SearchBenchReuseTest {
  private static final int ARTICLES = 300;

  private static String run(Path dir, int articles, boolean reuse) throws Exception {
    return run(dir, articles, reuse, 0);
  }

  private static String run(Path dir, int articles, boolean reuse, int slowest) throws Exception {
    StringWriter out = new StringWriter();
    SearchBench.Options options =
        new SearchBench.Options(
            articles,
            List.of(1),
            5,
            dir,
            reuse,
            false,
            SearchSettings.defaults(),
            true,
            slowest,
            5);
    new SearchBench(options, new PrintWriter(out), new PrintWriter(new StringWriter())).run();
    return out.toString();
  }

  @Test
  void anIndexThatLostArticlesIsCaughtUpBeforeItIsMeasured(@TempDir Path dir) throws Exception {
    assertThat(run(dir, ARTICLES, false)).contains("index built in");
    Path index = dir.resolve("synthetic-index");
    // an index short of articles, its commit still saying it has caught up (as after a copy gone
    // wrong): the catch-up's reconciliation by id must notice and index them again
    try (Directory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, appendingAsSorted(d))) {
      Map<String, String> userData = SegmentInfos.readLatestCommit(d).getUserData();
      for (int id = 1; id <= 20; id++) w.deleteDocuments(new Term("id", Integer.toString(id)));
      w.setLiveCommitData(userData.entrySet());
      w.commit();
      assertThat(w.getDocStats().numDocs).isEqualTo(ARTICLES - 20);
    }
    String out = run(dir, ARTICLES, true);
    assertThat(out).contains("reusing the index in " + index + ": 300 articles, as many as");
    assertThat(out).doesNotContain("index built in").contains("CPU ms/search");
  }

  /**
   * A writer that adds to the index in its own document order: one without it may merge segments
   * into an unsorted one, which the search index then refuses to open.
   */
  private static IndexWriterConfig appendingAsSorted(Directory d) throws Exception {
    IndexWriterConfig config =
        new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    Sort sort = SegmentInfos.readLatestCommit(d).info(0).info.getIndexSort();
    if (sort != null) config.setIndexSort(sort);
    return config;
  }

  @Test
  void theSlowestSearchesAreListedWithTheirKindAndPasses(@TempDir Path dir) throws Exception {
    run(dir, ARTICLES, false);
    String out = run(dir, ARTICLES, true, 3);
    assertThat(out)
        .contains("1 clients, by kind")
        .contains("thread CPU per search")
        .contains("of 5 searches ran the query twice")
        .contains("the 3 slowest searches by thread CPU");
    // 5 searches: three rows of distinct queries, each with its kind before the query text
    String table = out.substring(out.indexOf("slowest searches by thread CPU"));
    assertThat(table.lines().filter(l -> l.matches(" +[0-9.]+ .*(word|phrase).*: .*"))).hasSize(3);
    assertThat(run(dir, ARTICLES, true)).doesNotContain("slowest searches");
  }

  @Test
  void aStoreOfAnotherSizeOrAnIndexWithoutItsStoreIsRefused(@TempDir Path dir) throws Exception {
    run(dir, ARTICLES, false);
    assertThatThrownBy(() -> run(dir, 500, true))
        .hasMessageContaining("holds 300 articles, not the 500 asked for");
    Files.delete(dir.resolve("synthetic.db"));
    assertThatThrownBy(() -> run(dir, ARTICLES, true))
        .hasMessageContaining("has no store beside it");
  }
}
