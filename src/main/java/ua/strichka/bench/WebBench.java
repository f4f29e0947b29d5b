package ua.strichka.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.config.Config;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.Store;
import ua.strichka.web.WebServer;

/**
 * {@code strichka bench web}: serves the sample corpus from a fresh SQLite store and measures the
 * front, story, article and search pages under a fixed request rate: requests/s, p50 and p99
 * latency, errors. Target: front page p99 ≤ 20 ms at 1,000 requests/s with zero errors.
 */
public final class WebBench {
  private WebBench() {}

  /**
   * Runs the benchmark, prints its table to {@code out}, returns whether the front-page target was
   * met.
   */
  public static boolean run(
      PrintWriter out, int rate, int seconds, int warmup, int connections, int pageCache)
      throws Exception {
    return run(out, rate, seconds, warmup, connections, pageCache, false);
  }

  /**
   * With {@code withCrawl}, a live crawl of the sample web feeds the store and the index all the
   * while ({@link LiveCrawl}), and the four pages are loaded at once, each at {@code rate}, instead
   * of one after the other: the site under load while the aggregator writes.
   */
  public static boolean run(
      PrintWriter out,
      int rate,
      int seconds,
      int warmup,
      int connections,
      int pageCache,
      boolean withCrawl)
      throws Exception {
    Path dir = Files.createTempDirectory("strichka-bench-web");
    try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("bench.db"), "", "", 4)) {
      var counts = CorpusSeed.seed(store, Instant.now());
      long story = store.stories().top(1, 0).getFirst().story().id();
      long article = store.articles().recent(ArticleQuery.latest(1)).getFirst().id();
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("front", "/");
      pages.put("story", "/story/" + story);
      pages.put("article", "/article/" + article);
      pages.put("search", "/search?q=%D0%9E%D0%B4%D0%B5%D1%81%D1%96");
      // the search page answers from a real index, as in the demo; without one it would only
      // measure the «search unavailable» notice
      try (SearchIndex index =
              SearchIndex.rebuild(
                  dir.resolve("index"),
                  store,
                  SearchSettings.from(Config.defaults()),
                  IndexProgress.NONE);
          WebServer server =
              WebServer.start(
                  store,
                  new WebServer.Settings(
                      "127.0.0.1",
                      0,
                      "",
                      "",
                      List.of("USD", "EUR", "PLN", "GBP", "CHF"),
                      Clock.systemUTC(),
                      Duration.ofSeconds(pageCache)),
                  index)) {
        out.printf(
            "bench web: %d stories, %d articles from %d outlets; %d requests/s per page over %d connections for %d s after %d s warm-up; page cache %d s%s%n",
            counts.stories(),
            counts.articles(),
            counts.outlets(),
            rate,
            connections,
            seconds,
            warmup,
            pageCache,
            withCrawl ? "; all pages at once while a live crawl of the sample web runs" : "");
        out.printf(
            "%-8s %10s %9s %9s %9s %7s%n", "page", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        boolean frontOk;
        if (withCrawl) {
          frontOk =
              loadWhileCrawling(
                  out, store, index, server, pages, rate, seconds, warmup, connections);
        } else {
          frontOk = true;
          LoadGenerator load = new LoadGenerator(connections);
          for (var page : pages.entrySet()) {
            String url = server.url() + page.getValue();
            if (warmup > 0) load.run(url, rate, Duration.ofSeconds(warmup));
            LoadGenerator.Result r = load.run(url, rate, Duration.ofSeconds(seconds));
            frontOk &= row(out, page.getKey(), r, load.firstError);
          }
        }
        out.println(
            "target front page p99 <= 20 ms with zero errors: " + (frontOk ? "met" : "NOT met"));
        out.flush();
        return frontOk;
      }
    } finally {
      WorkFolder.delete(dir);
    }
  }

  /** The four pages at once, each at {@code rate}, while a live crawl stores articles. */
  private static boolean loadWhileCrawling(
      PrintWriter out,
      Store store,
      SearchIndex index,
      WebServer server,
      Map<String, String> pages,
      int rate,
      int seconds,
      int warmup,
      int connections)
      throws Exception {
    try (LiveCrawl crawl = LiveCrawl.start(store, index)) {
      crawl.awaitFirstArticle(Duration.ofSeconds(120));
      if (warmup > 0) loadAll(server, pages, rate, warmup, connections);
      long before = crawl.stored();
      Map<String, LoadGenerator> loads = loadAll(server, pages, rate, seconds, connections);
      long during = crawl.stored() - before;
      boolean frontOk = true;
      for (var e : loads.entrySet()) {
        LoadGenerator load = e.getValue();
        frontOk &= row(out, e.getKey(), load.last, load.firstError);
      }
      out.printf(
          "crawl meanwhile: %d articles stored while loaded (%d in all, %d pages failed)%n",
          during, crawl.stored(), crawl.failed());
      return frontOk;
    }
  }

  /** Loads every page at once for {@code seconds}, each with its own connections. */
  private static Map<String, LoadGenerator> loadAll(
      WebServer server, Map<String, String> pages, int rate, int seconds, int connections)
      throws Exception {
    Map<String, LoadGenerator> loads = new LinkedHashMap<>();
    pages.keySet().forEach(k -> loads.put(k, new LoadGenerator(connections)));
    try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.Future<LoadGenerator.Result>> runs = new java.util.ArrayList<>();
      for (var page : pages.entrySet()) {
        LoadGenerator load = loads.get(page.getKey());
        String url = server.url() + page.getValue();
        runs.add(
            threads.submit(() -> load.last = load.run(url, rate, Duration.ofSeconds(seconds))));
      }
      for (var run : runs) run.get();
    }
    return loads;
  }

  /** Prints one page's figures; false only when it is the front page and missed its target. */
  private static boolean row(PrintWriter out, String page, LoadGenerator.Result r, String error) {
    out.printf(
        "%-8s %10.0f %9.2f %9.2f %9.2f %7d%n",
        page, r.perSecond(), r.p50(), r.p99(), r.max(), r.errors());
    if (error != null) out.println("  first error: " + error);
    return !page.equals("front") || (r.p99() <= 20 && r.errors() == 0);
  }
}
