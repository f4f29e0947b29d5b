package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.testing.ChildJvm;
import ua.strichka.testing.Databases;

/**
 * An interrupted write never damages the index: after a kill (or a failure) mid-batch the index is
 * its last commit — intact, holding exactly the articles up to the position that commit recorded —
 * and the next open catches up the rest.
 */
class CrashSafetyTest {
  /** Four catch-up batches: two committed, one written but not committed, one not read. */
  static final int ARTICLES = 4 * StoreSync.BATCH;

  static final int COMMIT_EVERY = 2 * StoreSync.BATCH;
  static final int STOP_AT = 3 * StoreSync.BATCH;

  @TempDir Path dir;

  @Test
  void aWriterKilledMidBatchLeavesItsLastCommitAndTheNextOpenCatchesUp() throws Exception {
    String url = Databases.SQLITE.url(dir);
    Path path = dir.resolve("index");
    try (StoreFixture store = fill(url)) {
      Process child = startChild(path, url, COMMIT_EVERY, STOP_AT);
      try {
        List<String> lines = readUntil(child, "stopped");
        assertThat(lines).containsSubsequence("read " + COMMIT_EVERY, "read " + STOP_AT, "stopped");
      } finally {
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }

      assertIntactWithTheCommittedArticles(path, COMMIT_EVERY);
      try (SearchIndex index =
          SearchIndex.open(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.documents()).isEqualTo(ARTICLES);
        // every article matches: more than a search counts before it estimates (AllMatches.SAMPLE)
        SearchResult all = index.search(Query.parse("новина").facets(true));
        assertThat(all.approximate()).isTrue();
        assertThat(all.total()).isCloseTo(ARTICLES, withinPercentage(5));
      }
    }
  }

  @Test
  void aCatchUpThatFailsMidBatchCommitsNothingOfThatBatch() throws Exception {
    String url = Databases.SQLITE.url(dir);
    Path path = dir.resolve("index");
    try (StoreFixture store = fill(url)) {
      IndexProgress failing =
          (done, total) -> {
            if (done >= STOP_AT) throw new IllegalStateException("disk full, say");
          };
      assertThatThrownBy(
              () ->
                  SearchIndex.open(
                      path,
                      store.store,
                      SearchSettings.defaults().commitEvery(COMMIT_EVERY),
                      failing))
          .hasMessage("disk full, say");

      assertIntactWithTheCommittedArticles(path, COMMIT_EVERY);
      try (SearchIndex index =
          SearchIndex.open(path, store.store, SearchSettings.defaults(), IndexProgress.NONE)) {
        assertThat(index.documents()).isEqualTo(ARTICLES);
      }
    }
  }

  /** CheckIndex finds no damage, and the documents are exactly the first {@code n} articles. */
  private static void assertIntactWithTheCommittedArticles(Path path, int n) throws IOException {
    try (FSDirectory d = FSDirectory.open(path)) {
      try (CheckIndex check = new CheckIndex(d)) {
        assertThat(check.checkIndex().clean).isTrue();
      }
      IndexPosition position = IndexPosition.of(SegmentInfos.readLatestCommit(d).getUserData());
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        assertThat(reader.numDocs()).isEqualTo(n);
        // the fixture's articles have ids 1.. in fetch order: the position is the n-th
        assertThat(position.articleId()).isEqualTo(n);
        assertThat(reader.docFreq(ArticleDocument.idTerm(n))).isEqualTo(1);
        assertThat(reader.docFreq(ArticleDocument.idTerm(n + 1))).isZero();
      }
    }
  }

  private static StoreFixture fill(String url) {
    StoreFixture fixture = StoreFixture.at(url);
    fixture.store.inTransaction(
        tx -> {
          for (int i = 1; i <= ARTICLES; i++) {
            tx.articles()
                .upsert(fixture.article("kv", "Новина номер " + i).body("Текст " + i).build());
          }
          return null;
        });
    return fixture;
  }

  private static Process startChild(Path index, String url, int commitEvery, long stopAt)
      throws IOException {
    return ChildJvm.start(
        List.of(),
        IndexingChild.class.getName(),
        null,
        index.toString(),
        url,
        Integer.toString(commitEvery),
        Long.toString(stopAt));
  }

  private static List<String> readUntil(Process p, String last) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      lines.add(line);
      if (line.equals(last)) return lines;
    }
    throw new AssertionError("the child ended before '" + last + "': " + lines);
  }
}
