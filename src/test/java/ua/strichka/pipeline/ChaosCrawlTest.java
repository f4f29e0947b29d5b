package ua.strichka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.bench.SampleWebOutlets;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.CrawlSummary;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.testing.ProcessResources;
import ua.strichka.testing.StoredTruth;

/**
 * Chaos crawl: every outlet of the sample web plants every fault, and scale mode adds synthetic
 * articles; the real crawler and {@link Ingest} take it all into SQLite until nothing is due. Every
 * truth article the crawler reached is stored once, nothing twice, and the run leaves no thread,
 * socket, file or connection behind and no heap it did not need.
 */
@Tag("slow")
class ChaosCrawlTest {
  /** Synthetic articles on top of the corpus: enough to keep all twelve hosts busy for a while. */
  static final long SCALE = 600;

  /** Heap a finished crawl may still hold: the store's caches and the story desk, not pages. */
  static final long HEAP_SLACK = 64L * 1024 * 1024;

  static final String EPOLL = "anon_inode:[eventpoll]";

  /** Epoll instances the JDK's pollers may open on first use (4 seen with 2 cores). */
  static final int JDK_POLLERS = 8;

  @TempDir Path dir;

  @Test
  void everyReachableArticleStoredOnceAndNothingLeaks() throws Exception {
    assumeTrue(ProcessResources.available(), "counts descriptors through /proc (Linux)");
    Config config =
        Config.load(
            Optional.empty(),
            Map.of(),
            Map.of(
                "fetch.allow-private", "true",
                "fetch.host-delay", "5ms",
                // robots.txt of two outlets asks for 1 s: honoured, only shorter
                "fetch.max-crawl-delay", "50ms",
                // patient enough for the slow article (3 s); the hanging one still ends
                "fetch.read-timeout", "5s",
                "fetch.total-timeout", "6s",
                "fetch.retry-base-delay", "20ms",
                "fetch.max-retry-after", "3s"));
    warmUp(config);
    ProcessResources.Snapshot before = ProcessResources.now();
    long stored;
    int reached;
    Set<Integer> ports = new HashSet<>();
    try (SampleWeb web =
        SampleWeb.start(
            SampleWebOptions.defaults()
                .withSeed(5)
                .withFaults(Set.of(SampleWebOptions.ALL))
                .withScale(SCALE)
                .withBind(SampleWebOptions.Bind.HOSTS))) {
      web.outlets().forEach(o -> ports.add(o.base().getPort()));
      try (Store store = Databases.SQLITE.open(dir)) {
        try (Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
          SampleWebOutlets.register(web, new Outlets(store));
          Ingest ingest =
              Ingest.configured(
                  store, config, Clock.systemUTC(), new SectionsAndEntities(), IndexUpdate.NONE);
          Crawler crawler =
              new Crawler(
                  store, fetcher, CrawlSettings.from(config), ingest, new SimpleMeterRegistry());
          CrawlSummary first = crawler.crawlDue((s, n) -> {});
          assertThat(first.pages()).isGreaterThan(SCALE);
          // quiescent: what the first round left due (retries) is done by the second, and a
          // third finds nothing new to store
          crawler.crawlDue((s, n) -> {});
          long afterSecond = store.articles().count();
          crawler.crawlDue((s, n) -> {});
          assertThat(store.articles().count()).isEqualTo(afterSecond);

          StoredTruth truth = StoredTruth.check(web, SCALE, store, fetcher);
          reached = truth.reached().size();
          assertThat(reached).isGreaterThan((int) SCALE);
          assertThat(truth.lost()).as("reached but not stored").isEmpty();
          assertThat(truth.declined())
              .as("pages the extractor declines")
              .hasSizeLessThan(reached / 20);
          stored = store.articles().count();
          assertThat(stored)
              .as("no article stored beyond the truth")
              .isEqualTo(reached - truth.declined().size());
          assertThat(StoredTruth.duplicates(store, "canonical_url")).isZero();
          // the same text twice in one outlet (a short link, a second feed, a tracking parameter)
          assertThat(StoredTruth.duplicates(store, "outlet_id, content_hash")).isZero();

          // the crawl's parts still open: the store, the story desk, the fetcher's pool; the
          // 50 MiB page, cut at 5 MiB, and every page body long gone
          assertThat(ProcessResources.heapAfterGc() - before.heapAfterGc())
              .as("heap held after %d articles", stored)
              .isLessThan(HEAP_SLACK);

          // the pool may keep a few connections alive for the next round: bounded by the hosts
          assertThat(ProcessResources.clientConnectionsTo(ports))
              .isLessThanOrEqualTo(FetchSettings.from(config).concurrency());
        }
        // the fetcher closed: none of its connections is left, hanging pages included
        assertThat(ProcessResources.clientConnectionsTo(ports)).isZero();
      }
    }
    // A stopped server's timer thread (the JDK HTTP server's "idle-timeout-task") ends a moment
    // after stop returns: give threads that are ending a few seconds; a leaked one stays.
    ProcessResources.Snapshot after = ProcessResources.now();
    for (int i = 0; i < 50 && !leftBehind(after, before).isEmpty(); i++) {
      Thread.sleep(100);
      after = ProcessResources.now();
    }
    assertThat(leftBehind(after, before)).as("threads left behind").isEmpty();
    assertThat(after.newSockets(before)).as("sockets left open (local>remote port)").isEmpty();
    List<String> files = after.newFiles(before);
    assertThat(files.stream().filter(f -> !f.equals(EPOLL)).toList())
        .as("files left open")
        .isEmpty();
    // The JDK's virtual-thread pollers open an epoll each on first use, a fixed set; every other
    // selector (an HTTP client's, a server's) has a thread of its own, checked above. A leak per
    // fetch or per host would show here as hundreds, or twelve.
    assertThat(files).as("epoll instances opened").hasSizeLessThanOrEqualTo(JDK_POLLERS);
    assertThat(after.heapAfterGc() - before.heapAfterGc())
        .as("heap left after closing")
        .isLessThan(HEAP_SLACK);
  }

  /**
   * One small fetch through the same parts first, so what the JDK and the libraries start once per
   * JVM on first use (socket pollers, the resolver's sockets, jars) is in the baseline.
   */
  private void warmUp(Config config) throws Exception {
    try (SampleWeb web = SampleWeb.start(SampleWebOptions.defaults());
        Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
      assertThat(fetcher.fetch(web.outlets().getFirst().base()).status()).isEqualTo(200);
    }
  }

  private static List<String> leftBehind(
      ProcessResources.Snapshot after, ProcessResources.Snapshot before) {
    return after.newThreads(before).stream().filter(n -> !jdkOwn(n)).toList();
  }

  /**
   * The JDK's own threads, started once per JVM on first need and never for a caller: the
   * virtual-thread carriers and common pool ({@code ForkJoinPool…}, sized by the cores and retired
   * after a while idle) and the pollers that park virtual threads on socket I/O. Not a leak, and
   * their number does not grow with the work. Likewise the reaper of child processes, started by
   * the first command any library runs in this JVM (seen once; the crawl itself starts none).
   */
  private static boolean jdkOwn(String thread) {
    return thread.startsWith("ForkJoinPool")
        || thread.endsWith("Poller")
        || thread.equals("VirtualThread-unblocker")
        || thread.equals("process reaper");
  }
}
