package ua.strichka.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.CrawlSummary;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.fetch.RawPageSink;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.Store;

/**
 * {@code strichka bench crawl}: pages per second and peak memory of a whole crawl (feeds read,
 * every article fetched and stored) of a news web on loopback, politeness on: one request at a time
 * per host and {@code --host-delay} between them, over many hosts.
 */
@Command(
    name = "crawl",
    description = "Crawl a generated news web on loopback; print pages/s and peak memory.")
final class BenchCrawlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pages",
      defaultValue = "100000",
      description = "Articles in the web (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(
      names = "--outlets",
      defaultValue = "250",
      description = "Outlets, each on its own 127.0.x.y host (default ${DEFAULT-VALUE}).")
  int outlets;

  @Option(
      names = "--host-delay",
      defaultValue = "100ms",
      description = "Least time between two requests to one host (default ${DEFAULT-VALUE}).")
  String hostDelay;

  @Option(
      names = "--concurrency",
      defaultValue = "64",
      description = "Requests in flight across hosts (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--store",
      description = "JDBC URL of the store (default: a new SQLite file in a temporary folder).")
  String storeUrl;

  @Override
  public Integer call() throws Exception {
    if (pages < 1 || outlets < 1 || outlets > 250 * 250) {
      throw new IllegalArgumentException(
          "--pages and --outlets must be at least 1 (outlets at most 62500)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("strichka-bench-crawl");
    String url = Optional.ofNullable(storeUrl).orElse("jdbc:sqlite:" + dir.resolve("bench.db"));
    try (SyntheticNewsWeb web = new SyntheticNewsWeb(outlets, pages)) {
      Config config =
          Config.load(
              Optional.empty(),
              Map.of(),
              Map.of(
                  "store.url",
                  url,
                  "fetch.allow-private",
                  "true",
                  "fetch.host-delay",
                  hostDelay,
                  "fetch.concurrency",
                  Integer.toString(concurrency),
                  "crawl.batch",
                  Integer.toString(Math.max(concurrency * 2, outlets * 2)),
                  "crawl.max-new-per-source",
                  Integer.toString(web.perOutlet())));
      try (Store store = Store.open(url, "", "", config.integer("store.pool-size"));
          Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
        Outlets stored = new Outlets(store);
        for (int i = 0; i < web.bases().size(); i++) {
          String base = web.bases().get(i);
          stored.save(
              new Outlet(
                  "bench-" + i,
                  "Видання " + i,
                  base + "/",
                  "uk",
                  null,
                  List.of(new Source(SourceKind.FEED, base + "/rss.xml")),
                  null),
              Instant.now());
        }
        resetPeaks();
        Crawler crawler =
            new Crawler(
                store,
                fetcher,
                CrawlSettings.from(config),
                new RawPageSink(),
                new SimpleMeterRegistry());
        CrawlSummary s = crawler.crawlDue((x, y) -> {});
        double seconds = s.elapsed().toNanos() / 1e9;
        out.println(s.line());
        out.printf(
            Locale.ROOT,
            "bench crawl: %d pages from %d hosts (host delay %s, concurrency %d) in %.1f s: %.0f pages/s,"
                + " peak heap %d MB, %d failed%n",
            s.pages(),
            outlets,
            hostDelay,
            concurrency,
            seconds,
            s.pages() / seconds,
            peakHeap() >> 20,
            s.failures());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks}: the most the crawl kept. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
