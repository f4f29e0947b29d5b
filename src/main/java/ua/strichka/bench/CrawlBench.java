package ua.strichka.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.CrawlSummary;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.fetch.RawPageSink;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;

/**
 * The crawl benchmark: the sample web in scale mode, each outlet on an address of its own
 * (127.0.0.2, 127.0.0.3, …) so per-host politeness holds as on the real web, crawled from its feeds
 * and sitemaps until every article is fetched and stored. Pages per second and the peak heap
 * (crawler, store and the sample web's servers, which run in the same JVM).
 */
public final class CrawlBench {
  /** What one run measured. */
  public record Figures(CrawlSummary summary, int hosts, long heapPeakBytes, long heapSampledPeak) {
    public double pagesPerSecond() {
      return summary.pages() / (summary.elapsed().toNanos() / 1e9);
    }
  }

  private CrawlBench() {}

  public static Figures run(
      long scale,
      Duration hostDelay,
      Duration maxCrawlDelay,
      int concurrency,
      String storeUrl,
      PrintWriter log)
      throws IOException {
    SampleWebOptions options =
        SampleWebOptions.defaults().withScale(scale).withBind(SampleWebOptions.Bind.HOSTS);
    try (SampleWeb web = SampleWeb.start(options)) {
      Config config = config(web, storeUrl, hostDelay, maxCrawlDelay, concurrency);
      try (Store store = Store.open(storeUrl, "", "", config.integer("store.pool-size"));
          Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
        SampleWebOutlets.register(web, new Outlets(store));
        log.printf(
            Locale.ROOT,
            "sample web: %d outlets on %s, %d synthetic articles%n",
            web.outlets().size(),
            hosts(web),
            scale);
        log.flush();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
          pool.resetPeakUsage();
        AtomicLong sampled = new AtomicLong();
        ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        sampler.scheduleAtFixedRate(
            () -> sampled.accumulateAndGet(heapUsed(), Math::max), 0, 100, TimeUnit.MILLISECONDS);
        Crawler crawler =
            new Crawler(
                store,
                fetcher,
                CrawlSettings.from(config),
                new RawPageSink(),
                new SimpleMeterRegistry());
        long[] lastLog = {System.nanoTime()};
        CrawlSummary summary =
            crawler.crawlDue(
                (s, inFlight) -> {
                  if (System.nanoTime() - lastLog[0] > 10_000_000_000L) {
                    lastLog[0] = System.nanoTime();
                    log.println("  " + s.line());
                    log.flush();
                  }
                });
        sampler.shutdownNow();
        return new Figures(summary, web.outlets().size(), poolPeaks(), sampled.get());
      }
    }
  }

  /** What a run of several crawler processes measured. */
  public record ProcessFigures(
      long pages, long failures, int hosts, int processes, Duration elapsed) {
    public double pagesPerSecond() {
      return pages / (elapsed.toNanos() / 1e9);
    }
  }

  /**
   * The scaled-out crawl: {@code processes} real {@code strichka crawl --once} processes (JVMs of
   * this program's class path, configured through {@code STRICHKA_*} variables) share the frontier
   * in {@code storeUrl} (PostgreSQL, for more than one) and crawl the sample web served from this
   * JVM. Pages per second count from the first process started to the last one ended; their logs go
   * to {@code work}.
   */
  public static ProcessFigures runProcesses(
      long scale,
      Duration hostDelay,
      Duration maxCrawlDelay,
      int concurrency,
      String storeUrl,
      int processes,
      Path work,
      PrintWriter log)
      throws IOException, InterruptedException {
    SampleWebOptions options =
        SampleWebOptions.defaults().withScale(scale).withBind(SampleWebOptions.Bind.HOSTS);
    try (SampleWeb web = SampleWeb.start(options)) {
      Map<String, String> settings = settings(web, storeUrl, hostDelay, maxCrawlDelay, concurrency);
      Config config = Config.load(Optional.empty(), Map.of(), settings);
      try (Store store = Store.open(storeUrl, "", "", config.integer("store.pool-size"))) {
        SampleWebOutlets.register(web, new Outlets(store));
      }
      log.printf(
          Locale.ROOT,
          "sample web: %d outlets on %s, %d synthetic articles; %d crawler processes%n",
          web.outlets().size(),
          hosts(web),
          scale,
          processes);
      log.flush();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      long t0 = System.nanoTime();
      List<Process> crawlers = new ArrayList<>();
      for (int i = 0; i < processes; i++) {
        ProcessBuilder b =
            new ProcessBuilder(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "ua.strichka.cli.Main",
                    "crawl",
                    "--once",
                    "--no-progress")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("crawl-" + i + ".log").toFile());
        settings.forEach((k, v) -> b.environment().put(Config.envName(k), v));
        crawlers.add(b.start());
      }
      for (int i = 0; i < processes; i++) {
        Process p = crawlers.get(i);
        if (p.waitFor() != 0) {
          crawlers.forEach(Process::destroy);
          throw new IllegalStateException(
              "crawler process "
                  + i
                  + " failed: "
                  + Files.readString(work.resolve("crawl-" + i + ".log")));
        }
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
      try (Store store = Store.open(storeUrl, "", "", 2)) {
        long failures =
            store
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT COUNT(*) FROM crawl_url WHERE error_streak > 0")
                            .mapTo(Long.class)
                            .one());
        return new ProcessFigures(
            store.crawl().rawPageCount(), failures, web.outlets().size(), processes, elapsed);
      }
    }
  }

  private static Config config(
      SampleWeb web, String storeUrl, Duration hostDelay, Duration maxCrawlDelay, int concurrency) {
    return Config.load(
        Optional.empty(), Map.of(), settings(web, storeUrl, hostDelay, maxCrawlDelay, concurrency));
  }

  /** The crawl's configuration: the sample web is private, the feeds list every article. */
  private static Map<String, String> settings(
      SampleWeb web, String storeUrl, Duration hostDelay, Duration maxCrawlDelay, int concurrency) {
    long perOutlet =
        web.outlets().stream().mapToLong(o -> web.syntheticCount(o.slug())).max().orElse(0);
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("store.url", storeUrl);
    m.put("fetch.allow-private", "true");
    m.put("fetch.host-delay", hostDelay.toMillis() + "ms");
    m.put("fetch.max-crawl-delay", maxCrawlDelay.toMillis() + "ms");
    m.put("fetch.concurrency", Integer.toString(concurrency));
    m.put("crawl.batch", Integer.toString(Math.max(64, concurrency * 2)));
    m.put("crawl.max-new-per-source", "100000");
    m.put("crawl.sitemap-children", Long.toString(perOutlet / 1000 + 2));
    return m;
  }

  private static String hosts(SampleWeb web) {
    List<String> hosts =
        web.outlets().stream().map(o -> o.base()).map(URI::getHost).distinct().toList();
    return hosts.size() + " hosts (" + hosts.getFirst() + " … " + hosts.getLast() + ")";
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Sum of the heap pools' peaks: an upper bound, as the pools peak at different moments. */
  private static long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
