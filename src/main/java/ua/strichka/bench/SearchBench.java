package ua.strichka.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.Query;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.Store;

/**
 * The search benchmark behind {@code strichka bench search}: quality of the judged queries over the
 * sample corpus, then store fill, index build and search latency over synthetic articles.
 */
public final class SearchBench {
  /**
   * What to run.
   *
   * @param articles synthetic articles for the latency run; 0 skips it
   * @param clients concurrent clients, one run each
   * @param searches searches per concurrency level
   * @param dir work folder, kept afterwards; null for a temporary one, deleted
   * @param reuse with {@code dir}: search the index a previous run left there, caught up with the
   *     store beside it first (or, when there is none, keep the store and build the index); a store
   *     of another size, or an index without its store, is refused
   * @param perQuery print every judged query's scores, not only the weakest
   * @param settings ranking settings (freshness)
   * @param latencyOnly skip the judged queries: a latency run on a large index does not need them
   *     again
   * @param slowest after each client count, the kinds of queries and this many slowest searches by
   *     thread CPU, with the split of their passes; 0 prints none
   * @param warmup searches run before any is measured, so the JIT has compiled the scorers of the
   *     mix's query shapes: a server runs warm, and a cold one spent as much CPU compiling as
   *     searching (the compiler thread took a sixth of a core through a 1,000-search run)
   */
  public record Options(
      int articles,
      List<Integer> clients,
      int searches,
      Path dir,
      boolean reuse,
      boolean perQuery,
      SearchSettings settings,
      boolean latencyOnly,
      int slowest,
      int warmup) {}

  private final Options options;
  private final PrintWriter out;
  private final PrintWriter err;

  public SearchBench(Options options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  public void run() throws Exception {
    Path work =
        options.dir() != null
            ? Files.createDirectories(options.dir())
            : Files.createTempDirectory("strichka-bench");
    try {
      Corpus corpus = Corpus.load();
      List<JudgedQueries.Judged> judged = JudgedQueries.load(corpus);
      if (!options.latencyOnly()) quality(corpus, judged, work);
      if (options.articles() > 0) latency(corpus, judged, work);
    } finally {
      if (options.dir() == null) WorkFolder.delete(work);
    }
  }

  private void quality(Corpus corpus, List<JudgedQueries.Judged> judged, Path work) {
    SearchQuality.Result tagged = SearchQuality.measure(judged, work, true, options.settings());
    SearchQuality.Result plain = SearchQuality.measure(judged, work, false, options.settings());
    out.printf(
        Locale.ROOT,
        "search quality: %d judged Ukrainian queries over %d sample articles, first page of %d%n",
        judged.size(),
        corpus.articles().size(),
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
        options.perQuery()
            ? "  every query (NDCG@10, recall@10):"
            : "  weakest queries (NDCG@10, recall@10):");
    for (SearchQuality.Row r :
        options.perQuery() ? rows : rows.subList(0, Math.min(8, rows.size()))) {
      out.printf(
          Locale.ROOT, "    %.2f  %.2f  %s  → %s%n", r.ndcg(), r.recall(), r.query(), r.top());
    }
    out.flush();
  }

  private void latency(Corpus corpus, List<JudgedQueries.Judged> judged, Path work)
      throws Exception {
    int articles = options.articles();
    Instant now = SearchQuality.START;
    Path db = work.resolve("synthetic.db");
    Path indexDir = work.resolve("synthetic-index");
    boolean reusing = options.reuse() && options.dir() != null;
    out.printf(
        Locale.ROOT,
        "%nsearch at scale: %,d synthetic articles; %d cores, load average %.1f at start,"
            + " heap %,d MB; %d searches at once%n",
        articles,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20,
        options.settings().concurrentSearches() == 0
            ? Runtime.getRuntime().availableProcessors()
            : options.settings().concurrentSearches());
    out.flush();
    SearchSettings at = options.settings().clock(Clock.fixed(now, ZoneOffset.UTC));
    if (reusing && Files.isDirectory(indexDir) && !Files.exists(db)) {
      throw new IllegalStateException(
          "--reuse: "
              + indexDir
              + " has no store beside it ("
              + db.getFileName()
              + "), so whether it is complete cannot be checked; remove the folder or run without"
              + " --reuse");
    }
    try (Store store = Store.open("jdbc:sqlite:" + db, "", "", 2)) {
      long stored = store.articles().count();
      if (reusing && stored != 0 && stored != articles) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "--reuse: the store in %s holds %,d articles, not the %,d asked for; ask for"
                    + " --articles %d or use another --dir",
                work,
                stored,
                articles,
                stored));
      }
      if (!reusing || stored == 0) {
        CpuClock fill = new CpuClock();
        Progress filling = new Progress(err, "store", articles);
        new SyntheticArticles(corpus, 42).write(store, articles, now, filling::at);
        out.printf(
            Locale.ROOT,
            "  store filled in %s (%,.0f articles/s), %s on disk%n",
            fill,
            articles / fill.seconds(),
            size(work, "synthetic.db"));
        out.flush();
      }
      try (SearchIndex index = index(store, indexDir, at, reusing && Files.isDirectory(indexDir))) {
        searches(index, LatencyQueries.mix(corpus, judged, now, 7));
      }
    }
  }

  /**
   * The index a previous run left (caught up with the store: articles it lacks are added, those the
   * store lacks removed, a layout of another version rebuilt), else one built now.
   */
  private SearchIndex index(Store store, Path indexDir, SearchSettings at, boolean reuse) {
    long articles = store.articles().count();
    if (reuse) {
      Progress catchingUp = new Progress(err, "catch-up", articles);
      SearchIndex index = SearchIndex.open(indexDir, store, at, catchingUp);
      if (index.documents() != articles) {
        long documents = index.documents();
        index.close();
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "--reuse: the index in %s holds %,d articles after catching up with a store of %,d;"
                    + " remove it to rebuild",
                indexDir,
                documents,
                articles));
      }
      out.printf(
          Locale.ROOT,
          "  reusing the index in %s: %,d articles, as many as the store%n",
          indexDir,
          index.documents());
      return index;
    }
    CpuClock build = new CpuClock();
    Progress indexing = new Progress(err, "index", articles);
    SearchIndex index = SearchIndex.rebuild(indexDir, store, at, indexing);
    out.printf(
        Locale.ROOT,
        "  index built in %s (%,.0f articles/s, store reads included), %s on disk%n",
        build,
        index.documents() / build.seconds(),
        sizeOrUnknown(indexDir));
    return index;
  }

  private static String sizeOrUnknown(Path dir) {
    try {
      return size(dir, null);
    } catch (IOException e) {
      return "size unknown (" + e.getMessage() + ")";
    }
  }

  private void searches(SearchIndex index, List<Query> mix) throws Exception {
    if (options.warmup() > 0) LatencyRun.run(index, mix, 1, options.warmup());
    out.printf(
        Locale.ROOT,
        "  %d queries in the mix (judged, random title words, phrases; some filtered, by date,"
            + " collapsed); first page of 10 with snippets and facets; %,d searches to warm up%n",
        mix.size(),
        options.warmup());
    out.println(
        "  clients  searches  per second    p50 ms    p95 ms    p99 ms    max ms"
            + "  CPU ms/search  hits/search");
    for (int c : options.clients()) {
      LatencyRun.Level l = LatencyRun.run(index, mix, c, options.searches());
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
      if (options.slowest() > 0) SlowestQueries.print(out, l, options.slowest());
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

  private static String size(Path dir, String prefix) throws IOException {
    long bytes;
    try (Stream<Path> paths = Files.walk(dir)) {
      bytes =
          paths
              .filter(Files::isRegularFile)
              .filter(p -> prefix == null || p.getFileName().toString().startsWith(prefix))
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      return 0; // a file merged away meanwhile
                    }
                  })
              .sum();
    }
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }
}
