package ua.strichka.cli;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.config.Config;
import ua.strichka.fetch.Crawler;
import ua.strichka.pipeline.IndexUpdate;
import ua.strichka.pipeline.Ingest;
import ua.strichka.pipeline.SectionsAndEntities;
import ua.strichka.rates.NbuClient;
import ua.strichka.rates.RatesUpdater;
import ua.strichka.search.CatchUp;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.SearchBackend;
import ua.strichka.web.WebServer;

/**
 * Everything {@code demo} and {@code serve} run at once: the crawler on schedule feeding {@link
 * Ingest}, the NBU rates updater and the site, over one store. Close it to stop all of them: the
 * crawl loop finishes its URLs in flight, then the site and the store close.
 */
final class Aggregator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Aggregator.class);

  private final Crawling crawling;
  private final Ingest ingest;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final CountDownLatch crawlDone = new CountDownLatch(1);
  private final Thread crawlThread;
  private final NbuClient nbu;
  private final RatesUpdater.Schedule rates;
  private final WebServer web;
  private final SearchBackend index;
  private final ScheduledExecutorService indexing;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Starts the site first (so its address answers at once), then rates and the crawl. */
  Aggregator(Config config) {
    Clock clock = Clock.systemUTC();
    this.crawling = new Crawling(config);
    try {
      this.index =
          IndexOpening.open(
              config, IndexOpening.backend(config), crawling.store, IndexProgress.NONE);
      this.web = WebServer.start(crawling.store, WebServer.Settings.from(config), index);
      // The index follows the store a few seconds behind: one Lucene commit per batch of new
      // articles, not per article, and never for a transaction the store rolled back.
      this.indexing =
          Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("index").factory());
      indexing.scheduleWithFixedDelay(this::catchUpIndex, 3, 3, TimeUnit.SECONDS);
      this.ingest =
          Ingest.configured(
              crawling.store, config, clock, new SectionsAndEntities(), IndexUpdate.NONE);
      ingest.warmUp(crawling.store, config.duration("story.window"));
      this.nbu = NbuClient.configured(config);
      this.rates =
          new RatesUpdater(nbu, crawling.store.rates(), config.list("rates.currencies"), clock)
              .start(config.duration("rates.refresh"));
      Crawler crawler = crawling.crawler(ingest);
      this.crawlThread =
          Thread.ofPlatform()
              .name("crawl")
              .start(
                  () -> {
                    try {
                      crawler.crawlForever((soFar, inFlight) -> {}, stop::get);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                      LOG.error("crawl stopped: {}", e.getMessage(), e);
                    } finally {
                      crawlDone.countDown();
                    }
                  });
    } catch (RuntimeException e) {
      crawling.close();
      throw e;
    }
  }

  private void catchUpIndex() {
    try {
      // at debug level, so a test (or an operator) can tell a catch-up in progress from idle
      CatchUp done =
          index.catchUp(
              (read, total) -> {
                if (read == 0 && total > 0) LOG.debug("search index: catching up {}", total);
              });
      LOG.debug(
          "search index: caught up, {} written, {} documents", done.indexed(), done.documents());
    } catch (RuntimeException e) {
      LOG.warn("search index: {}", e.getMessage());
    }
  }

  String url() {
    return web.url();
  }

  Ingest ingest() {
    return ingest;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    stop.set(true);
    try {
      // the crawl finishes the pages in flight; if it is asleep between rounds, wake it
      if (!crawlDone.await(5, TimeUnit.SECONDS)) crawlThread.interrupt();
      crawlDone.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      rates.close();
    } catch (Exception e) {
      LOG.warn("rates updater: {}", e.getMessage());
    }
    nbu.close();
    // not shutdownNow: an interrupt inside Lucene's file I/O closes its channels
    // (ClosedByInterruptException) and with them the index writer; let a catch-up in flight finish
    indexing.shutdown();
    try {
      if (!indexing.awaitTermination(30, TimeUnit.SECONDS)) indexing.shutdownNow();
    } catch (InterruptedException e) {
      indexing.shutdownNow();
      Thread.currentThread().interrupt();
    }
    web.close();
    index.close();
    crawling.close();
    Ingest.Counts c = ingest.counts();
    LOG.info(
        "stopped: {} articles stored, {} pages not articles, {} failed",
        c.stored(),
        c.notArticles(),
        c.failed());
  }
}
