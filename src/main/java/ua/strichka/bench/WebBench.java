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
            "bench web: %d stories, %d articles from %d outlets; %d requests/s per page over %d connections for %d s after %d s warm-up; page cache %d s%n",
            counts.stories(),
            counts.articles(),
            counts.outlets(),
            rate,
            connections,
            seconds,
            warmup,
            pageCache);
        out.printf(
            "%-8s %10s %9s %9s %9s %7s%n", "page", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        LoadGenerator load = new LoadGenerator(connections);
        boolean frontOk = true;
        for (var page : pages.entrySet()) {
          String url = server.url() + page.getValue();
          if (warmup > 0) load.run(url, rate, Duration.ofSeconds(warmup));
          LoadGenerator.Result r = load.run(url, rate, Duration.ofSeconds(seconds));
          out.printf(
              "%-8s %10.0f %9.2f %9.2f %9.2f %7d%n",
              page.getKey(), r.perSecond(), r.p50(), r.p99(), r.max(), r.errors());
          if (load.firstError != null) out.println("  first error: " + load.firstError);
          if (page.getKey().equals("front")) frontOk = r.p99() <= 20 && r.errors() == 0;
        }
        out.println(
            "target front page p99 <= 20 ms with zero errors: " + (frontOk ? "met" : "NOT met"));
        out.flush();
        return frontOk;
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
