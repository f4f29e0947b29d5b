package ua.strichka.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
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
      long perOutlet =
          web.outlets().stream().mapToLong(o -> web.syntheticCount(o.slug())).max().orElse(0);
      Config config =
          Config.load(
              Optional.empty(),
              Map.of(),
              Map.of(
                  "store.url",
                  storeUrl,
                  "fetch.allow-private",
                  "true",
                  "fetch.host-delay",
                  hostDelay.toMillis() + "ms",
                  "fetch.concurrency",
                  Integer.toString(concurrency),
                  "crawl.batch",
                  Integer.toString(Math.max(64, concurrency * 2)),
                  "crawl.max-new-per-source",
                  "100000",
                  "crawl.sitemap-children",
                  Long.toString(perOutlet / 1000 + 2)));
      try (Store store = Store.open(storeUrl, "", "", config.integer("store.pool-size"));
          Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
        Outlets outlets = new Outlets(store);
        for (SampleWeb.Origin o : web.outlets()) {
          List<Source> sources = new ArrayList<>();
          o.feeds().forEach(u -> sources.add(new Source(SourceKind.FEED, u.toString())));
          o.sitemaps().forEach(u -> sources.add(new Source(SourceKind.SITEMAP, u.toString())));
          o.sectionPages().forEach(u -> sources.add(new Source(SourceKind.SECTION, u.toString())));
          outlets.save(
              new Outlet(
                  o.slug(),
                  o.name(),
                  o.base().toString(),
                  o.languages().getFirst(),
                  null,
                  sources,
                  null),
              Instant.now());
        }
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
