package ua.strichka.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.Query;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.Store;

/** {@code strichka bench search}: search quality on the judged queries, then latency at scale. */
@Command(
    name = "search",
    description = {
      "Search quality (NDCG@10, recall@10 over the judged queries of the sample corpus), then",
      "index build speed and size and search latency over synthetic articles."
    })
public final class SearchBench implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Synthetic articles for the latency run (default 1000000; 0 skips it).")
  int articles = 1_000_000;

  @Option(
      names = "--clients",
      split = ",",
      paramLabel = "N",
      description = "Concurrent clients, one run each (default 1,8,32).")
  List<Integer> clients = List.of(1, 8, 32);

  @Option(
      names = "--queries",
      paramLabel = "N",
      description = "Searches per concurrency level (default 3000).")
  int queries = 3_000;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Work folder for the stores and indexes (default: a temporary one, deleted).")
  Path dir;

  @Option(
      names = "--reuse",
      description =
          "With --dir: keep the synthetic store and index a previous run left there, and only"
              + " measure searches.")
  boolean reuse;

  @Option(names = "--per-query", description = "Print the scores of every judged query.")
  boolean perQuery;

  @Option(
      names = "--freshness-weight",
      paramLabel = "W",
      description = "Freshness weight to rank with (default: the configured default).")
  Double freshnessWeight;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path work =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("strichka-bench");
    try {
      SampleCorpus corpus = SampleCorpus.load();
      List<JudgedQueries.Judged> judged = JudgedQueries.load(corpus);
      SearchSettings settings = SearchSettings.from(Config.defaults());
      if (freshnessWeight != null) {
        settings = settings.freshness(settings.freshnessHalfLife(), freshnessWeight);
      }
      quality(out, corpus, judged, work, settings);
      if (articles > 0) latency(out, corpus, judged, work, settings, reuse && dir != null);
    } finally {
      if (dir == null) deleteTree(work);
    }
    return 0;
  }

  private void quality(
      PrintWriter out,
      SampleCorpus corpus,
      List<JudgedQueries.Judged> judged,
      Path work,
      SearchSettings settings) {
    SearchQuality.Result tagged = SearchQuality.measure(corpus, judged, work, true, settings);
    SearchQuality.Result plain = SearchQuality.measure(corpus, judged, work, false, settings);
    out.printf(
        Locale.ROOT,
        "search quality: %d judged Ukrainian queries over %d sample articles, first page of %d%n",
        judged.size(),
        corpus.articles.size(),
        SearchQuality.K);
    out.printf(
        Locale.ROOT,
        "  NDCG@10 %.3f  recall@10 %.3f (of articles graded 2: %.3f)  entity tags from the"
            + " corpus ground truth%n",
        tagged.ndcg(),
        tagged.recall(),
        tagged.recallAbout());
    out.printf(
        Locale.ROOT,
        "  NDCG@10 %.3f  recall@10 %.3f (of articles graded 2: %.3f)  no entity tags%n",
        plain.ndcg(),
        plain.recall(),
        plain.recallAbout());
    List<SearchQuality.Row> rows =
        tagged.rows().stream().sorted(Comparator.comparingDouble(SearchQuality.Row::ndcg)).toList();
    out.println(
        perQuery
            ? "  every query (NDCG@10, recall@10):"
            : "  weakest queries (NDCG@10, recall@10):");
    for (SearchQuality.Row r : perQuery ? rows : rows.subList(0, Math.min(8, rows.size()))) {
      out.printf(
          Locale.ROOT, "    %.2f  %.2f  %s  → %s%n", r.ndcg(), r.recall(), r.query(), r.top());
    }
    out.flush();
  }

  private void latency(
      PrintWriter out,
      SampleCorpus corpus,
      List<JudgedQueries.Judged> judged,
      Path work,
      SearchSettings settings,
      boolean reusing)
      throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Instant now = SearchQuality.START;
    Path db = work.resolve("synthetic.db");
    Path indexDir = work.resolve("synthetic-index");
    out.printf(
        Locale.ROOT,
        "%nsearch at scale: %,d synthetic articles; %d cores, load average %.1f at start, heap %,d MB%n",
        articles,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    try (Store store = Store.open("jdbc:sqlite:" + db, "", "", 2)) {
      if (!reusing || store.articles().count() != articles) {
        CpuClock fill = new CpuClock();
        Progress filling = new Progress(err, "store", articles);
        new SyntheticArticles(corpus, 42).write(new BenchStore(store), articles, now, filling::at);
        out.printf(
            Locale.ROOT,
            "  store filled in %s (%,.0f articles/s), %s on disk%n",
            fill,
            articles / fill.seconds(),
            size(db.getParent(), "synthetic.db"));
        out.flush();
      }
      SearchSettings at = settings.clock(Clock.fixed(now, ZoneOffset.UTC));
      CpuClock build = new CpuClock();
      Progress indexing = new Progress(err, "index", articles);
      boolean rebuild = !reusing || !Files.isDirectory(indexDir);
      try (SearchIndex index =
          rebuild
              ? SearchIndex.rebuild(indexDir, store, at, indexing)
              : SearchIndex.open(indexDir, store, at, indexing)) {
        if (rebuild) {
          out.printf(
              Locale.ROOT,
              "  index built in %s (%,.0f articles/s, store reads included), %s on disk%n",
              build,
              index.documents() / build.seconds(),
              size(indexDir, null));
        }
        List<Query> mix = LatencyQueries.mix(corpus, judged, now, 7);
        LatencyRun.run(index, mix, 1, Math.min(500, queries)); // warm-up
        out.printf(
            Locale.ROOT,
            "  %d queries in the mix (judged, random title words, phrases; some filtered, by date,"
                + " collapsed); first page of 10 with snippets and facets%n",
            mix.size());
        out.println(
            "  clients  searches  per second    p50 ms    p95 ms    p99 ms    max ms  hits/query");
        for (int c : clients) {
          LatencyRun.Level l = LatencyRun.run(index, mix, c, queries);
          out.printf(
              Locale.ROOT,
              "  %7d  %8d  %10.0f  %8.1f  %8.1f  %8.1f  %8.1f  %13.1f  %11.0f%n",
              l.clients(),
              l.queries(),
              l.perSecond(),
              l.p50(),
              l.p95(),
              l.p99(),
              l.max(),
              l.cpuMillisPerQuery(),
              l.hitsPerQuery());
          out.flush();
        }
      }
    }
  }

  /** Progress of a long phase on stderr, a line every tenth. */
  private static final class Progress implements IndexProgress {
    private final PrintWriter err;
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long tenth = -1;

    Progress(PrintWriter err, String what, long total) {
      this.err = err;
      this.what = what;
      this.total = total;
    }

    void at(long done) {
      advanced(done, total);
    }

    @Override
    public void advanced(long done, long all) {
      long t = all == 0 ? 10 : done * 10 / all;
      if (t == tenth) return;
      tenth = t;
      double s = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "%s: %,d of %,d (%.0f s)%n", what, done, all, s);
      err.flush();
    }
  }

  private static String size(Path dir, String file) throws IOException {
    long bytes;
    try (Stream<Path> paths = Files.walk(dir)) {
      bytes =
          paths
              .filter(Files::isRegularFile)
              .filter(p -> file == null || p.getFileName().toString().startsWith(file))
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      return 0;
                    }
                  })
              .sum();
    }
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
