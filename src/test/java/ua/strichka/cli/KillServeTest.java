package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.bench.SampleWebOutlets;
import ua.strichka.fetch.Fetcher;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;
import ua.strichka.testing.ChildJvm;
import ua.strichka.testing.ServeConfig;
import ua.strichka.testing.SqliteFile;
import ua.strichka.testing.StoredTruth;
import ua.strichka.testing.TestFetch;

/**
 * kill -9 of the whole {@code serve} process while its search index is catching up with a running
 * crawl, then a restart on the same data: what {@link KillRestartTest} (a bare crawl) and {@code
 * CrashSafetyTest} (a bare index writer) do not cover — the crawl, the ingest and the indexing of
 * one aggregator dying together. The sample web runs here, so its URLs and truth outlive both
 * processes.
 */
@Tag("slow")
class KillServeTest {
  /** Synthetic articles on top of the corpus, so the crawl is still storing when killed. */
  static final long SCALE = 600;

  /** A catch-up with this many articles to read has work for longer than the kill takes. */
  static final int BUSY = 200;

  static final Pattern CATCHING_UP = Pattern.compile("search index: catching up (\\d+)");
  static final Pattern CAUGHT_UP =
      Pattern.compile("search index: caught up, (\\d+) written, (\\d+) documents");

  @TempDir Path dir;

  @Test
  void serveKilledWhileIndexingRestartsWithAConsistentStoreAndACaughtUpIndex() throws Exception {
    try (SampleWeb web =
        SampleWeb.start(
            SampleWebOptions.defaults()
                .withSeed(7)
                .withScale(SCALE)
                .withBind(SampleWebOptions.Bind.HOSTS))) {
      String db = "jdbc:sqlite:" + dir.resolve("strichka.db");
      Path index = dir.resolve("index");
      Path config =
          ServeConfig.write(
              db,
              index,
              web.nbuUrl().toString(),
              "max-crawl-delay: 50ms",
              "retry-base-delay: 10ms");
      try (Store store = Store.open(db, "", "", 2)) {
        SampleWebOutlets.register(web, new Outlets(store));
      }

      Process first = serve(config, dir.resolve("first.log"));
      try {
        await(
            first, dir.resolve("first.log"), CATCHING_UP, m -> Long.parseLong(m.group(1)) >= BUSY);
      } finally {
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the index or the store
        first.waitFor(30, TimeUnit.SECONDS);
      }
      List<String> indexLines =
          Files.readAllLines(dir.resolve("first.log")).stream()
              .filter(l -> l.contains("search index: "))
              .toList();
      assertThat(indexLines.getLast()).as("killed in a catch-up").contains("catching up");
      long storedAtKill = SqliteFile.count(db, "SELECT COUNT(*) FROM article");
      assertThat(SqliteFile.integrity(db)).isEqualTo("ok");
      assertThat(SqliteFile.count(db, "SELECT COUNT(*) FROM crawl_url WHERE due_at <= " + now()))
          .as("the crawl was still running")
          .isPositive();
      try (FSDirectory d = FSDirectory.open(index)) {
        try (CheckIndex check = new CheckIndex(d)) {
          assertThat(check.checkIndex().clean).as("the index after the kill").isTrue();
        }
        try (DirectoryReader reader = DirectoryReader.open(d)) {
          assertThat((long) reader.numDocs())
              .as("the index was behind the store when killed")
              .isLessThan(storedAtKill);
        }
      }

      Thread.sleep(3_500); // the dead crawler's leases (crawl.lease: 3s) expire
      Process second = serve(config, dir.resolve("second.log"));
      try {
        awaitQuiescent(second, dir.resolve("second.log"), db);
      } finally {
        second.destroy(); // SIGTERM: the shutdown hook closes the aggregator
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }

      assertThat(SqliteFile.integrity(db)).isEqualTo("ok");
      try (Store store = Store.open(db, "", "", 2);
          Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry())) {
        long stored = store.articles().count();
        assertThat(stored).isGreaterThan(storedAtKill);
        StoredTruth truth = StoredTruth.check(web, SCALE, store, fetcher);
        assertThat(truth.reached()).hasSizeGreaterThan((int) SCALE);
        assertThat(truth.lost()).as("reached but not stored").isEmpty();
        assertThat(stored).isEqualTo(truth.reached().size() - truth.declined().size());
        assertThat(StoredTruth.duplicates(store, "canonical_url")).isZero();
        assertThat(StoredTruth.duplicates(store, "outlet_id, content_hash")).isZero();
        List<Long> ids =
            store
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT id FROM article").mapTo(Long.class).list());
        try (FSDirectory d = FSDirectory.open(index);
            DirectoryReader reader = DirectoryReader.open(d)) {
          assertThat((long) reader.numDocs()).isEqualTo(stored);
          // live documents only: an updated article's old copy stays in docFreq until a merge
          IndexSearcher searcher = new IndexSearcher(reader);
          for (long id : ids) {
            assertThat(searcher.count(new TermQuery(new Term("id", Long.toString(id)))))
                .as("article %d in the index", id)
                .isEqualTo(1);
          }
        }
      }
    }
  }

  /**
   * Until the crawl has nothing due or leased and the index, after a catch-up that wrote nothing
   * new, holds as many documents as the store holds articles.
   */
  private static void awaitQuiescent(Process p, Path log, String db) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as(Files.readString(log)).isTrue();
      long due =
          SqliteFile.count(
              db,
              "SELECT COUNT(*) FROM crawl_url WHERE due_at <= "
                  + now()
                  + " OR lease_owner IS NOT NULL");
      long articles = SqliteFile.count(db, "SELECT COUNT(*) FROM article");
      if (due == 0 && lastCaughtUp(log) == articles && articles > 0) return;
      Thread.sleep(500);
    }
    throw new AssertionError("serve did not settle: " + Files.readString(log));
  }

  /** The document count of the last catch-up that wrote nothing, or -1. */
  private static long lastCaughtUp(Path log) throws Exception {
    Matcher m = CAUGHT_UP.matcher(Files.readString(log));
    long documents = -1;
    while (m.find()) {
      if (m.group(1).equals("0")) documents = Long.parseLong(m.group(2));
    }
    return documents;
  }

  private static void await(
      Process p, Path log, Pattern line, java.util.function.Predicate<Matcher> enough)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as(Files.readString(log)).isTrue();
      Matcher m = line.matcher(Files.readString(log));
      while (m.find()) {
        if (enough.test(m)) return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no '" + line + "' in time: " + Files.readString(log));
  }

  private static Process serve(Path config, Path log) throws Exception {
    // the catch-ups' start and end, which tell when indexing is in progress
    return ChildJvm.strichka(
        List.of("-Dorg.slf4j.simpleLogger.log.ua.strichka.cli.Aggregator=debug"),
        log,
        "--config",
        config.toString(),
        "serve");
  }

  private static long now() {
    return Instant.now().toEpochMilli();
  }
}
