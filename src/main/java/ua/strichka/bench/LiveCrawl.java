package ua.strichka.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.pipeline.IndexUpdate;
import ua.strichka.pipeline.Ingest;
import ua.strichka.pipeline.SectionsAndEntities;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.SearchBackend;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;

/**
 * A crawl in the background of {@code bench web --with-crawl}, as the aggregator runs it: the
 * sample web live (new articles keep coming), its outlets crawled through {@link Ingest} into the
 * store the site serves, the search index caught up every few seconds. Close it to stop all.
 */
final class LiveCrawl implements AutoCloseable {
  /** Time between two live releases: news arrives all through a minute's load. */
  static final Duration PACE = Duration.ofSeconds(1);

  private final SampleWeb web;
  private final Fetcher fetcher;
  private final Ingest ingest;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final Thread crawl;
  private final ScheduledExecutorService indexing;

  private LiveCrawl(SampleWeb web, Store store, SearchBackend index) {
    this.web = web;
    Config config =
        Config.load(
            Optional.empty(),
            Map.of(),
            Map.of(
                // the sample web is ours and on loopback
                "fetch.allow-private", "true",
                // the demo's settings: polite, and feeds re-read often enough to see releases
                "fetch.host-delay", "200ms",
                "crawl.start-interval", "10s",
                "crawl.min-interval", "10s"));
    this.fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry());
    this.ingest =
        Ingest.configured(
            store, config, Clock.systemUTC(), new SectionsAndEntities(), IndexUpdate.NONE);
    SampleWebOutlets.register(web, new Outlets(store));
    Crawler crawler =
        new Crawler(store, fetcher, CrawlSettings.from(config), ingest, new SimpleMeterRegistry());
    this.crawl =
        Thread.ofPlatform()
            .name("bench-crawl")
            .start(
                () -> {
                  try {
                    crawler.crawlForever((s, n) -> {}, stop::get);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    this.indexing =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bench-index").factory());
    indexing.scheduleWithFixedDelay(
        () -> index.catchUp(IndexProgress.NONE), 3, 3, TimeUnit.SECONDS);
  }

  /** Starts the live sample web and the crawl of it into {@code store}. */
  static LiveCrawl start(Store store, SearchBackend index) throws IOException {
    SampleWebOptions live = SampleWebOptions.defaults().withSeed(11).withLive(PACE);
    SampleWeb web;
    try {
      web = SampleWeb.start(live.withBind(SampleWebOptions.Bind.HOSTS));
    } catch (IOException e) {
      web = SampleWeb.start(live.withBind(SampleWebOptions.Bind.PORTS));
    }
    try {
      return new LiveCrawl(web, store, index);
    } catch (RuntimeException e) {
      web.close();
      throw e;
    }
  }

  /** Articles the crawl has stored so far. */
  long stored() {
    return ingest.counts().stored();
  }

  /** Pages it could not make an article of, for the report. */
  long failed() {
    return ingest.counts().failed();
  }

  /** Waits until the crawl stored its first article, so the load meets a crawl at work. */
  void awaitFirstArticle(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (stored() == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the crawl stored no article in " + limit.toSeconds() + " s");
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() {
    stop.set(true);
    try {
      crawl.join(5_000);
      if (crawl.isAlive()) crawl.interrupt(); // asleep between rounds
      crawl.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // not shutdownNow: an interrupt inside Lucene's file I/O would close the index writer
    indexing.shutdown();
    try {
      indexing.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fetcher.close();
    web.close();
  }
}
