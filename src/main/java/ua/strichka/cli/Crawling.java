package ua.strichka.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.fetch.PageSink;
import ua.strichka.fetch.RawPageSink;
import ua.strichka.store.Store;

/**
 * What the crawl-related commands share: the store, a fetcher and a crawler built from the
 * configuration, with one Prometheus registry for their metrics. Close it to release all three.
 */
final class Crawling implements AutoCloseable {
  final Config config;
  final Store store;
  final Fetcher fetcher;
  final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  Crawling(Config config) {
    this.config = config;
    this.store = openStore(config);
    try {
      this.fetcher = new Fetcher(FetchSettings.from(config), metrics);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  static Store openStore(Config c) {
    return Store.open(
        c.string("store.url"),
        c.string("store.user"),
        c.string("store.password"),
        c.integer("store.pool-size"));
  }

  /** The crawler; its pages go to the raw-page table until the extraction stage takes them. */
  Crawler crawler() {
    return crawler(new RawPageSink());
  }

  /** The crawler handing its article pages to {@code sink}. */
  Crawler crawler(PageSink sink) {
    return new Crawler(store, fetcher, CrawlSettings.from(config), sink, metrics);
  }

  @Override
  public void close() {
    fetcher.close();
    store.close();
  }
}
