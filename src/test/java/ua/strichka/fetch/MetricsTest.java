package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

/** The crawl's Prometheus metrics, read as Prometheus would scrape them. */
class MetricsTest {
  @TempDir Path dir;

  @Test
  void exposesFetchesByStatusBytesLatencyAndQueueDepthPerStage() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start();
        Fetcher fetcher = new Fetcher(TestFetch.settings(), registry)) {
      web.page(
              "/rss.xml",
              "application/rss+xml",
              CrawlerTest.rss(web.base(), "/news/1", "/news/gone"))
          .route("/news/1", CrawlerTest.article("Новина"));
      new Outlets(store)
          .save(
              new Outlet(
                  "kv",
                  "KV",
                  web.base() + "/",
                  "uk",
                  null,
                  List.of(new Source(SourceKind.FEED, web.base() + "/rss.xml")),
                  null),
              Instant.now());
      new Crawler(store, fetcher, CrawlerTest.SETTINGS, new RawPageSink(), registry)
          .crawlDue((s, n) -> {});

      String scrape = registry.scrape();
      assertThat(scrape)
          // the feed and one article; robots.txt and the gone article
          .contains("strichka_fetch_requests_total{error=\"none\",status=\"200\"} 2.0")
          .contains("strichka_fetch_requests_total{error=\"http-client-error\",status=\"404\"} 2.0")
          .contains("strichka_fetch_bytes_sum")
          .contains("strichka_fetch_latency_seconds_bucket")
          .contains("strichka_fetch_queue_depth")
          .contains("strichka_fetch_in_flight")
          .contains("strichka_crawl_visits_total{kind=\"article\",outcome=\"ok\"} 1.0")
          .contains("strichka_crawl_visits_total{kind=\"article\",outcome=\"failed\"} 1.0")
          .contains("strichka_crawl_visits_total{kind=\"feed\",outcome=\"ok\"} 1.0")
          .contains("strichka_crawl_discovered_total 2.0");
    }
  }
}
