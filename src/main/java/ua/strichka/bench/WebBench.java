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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.Store;
import ua.strichka.web.WebServer;

/**
 * {@code strichka bench web}: serves the sample corpus from a fresh SQLite store and measures the
 * front, story, article and search pages under a fixed request rate: requests/s, p50 and p99
 * latency, errors. Target: front page p99 ≤ 20 ms at 1,000 requests/s with zero errors.
 */
@Command(
    name = "web",
    description = "Requests/s and p50/p99 latency of the main pages on the sample corpus.")
final class WebBench implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--rate",
      description = "Requests per second per page (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int rate;

  @Option(
      names = "--seconds",
      description = "Measured seconds per page (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int seconds;

  @Option(
      names = "--warmup",
      description = "Warm-up seconds per page, not measured (default: ${DEFAULT-VALUE}).",
      defaultValue = "3")
  int warmup;

  @Option(
      names = "--connections",
      description = "Keep-alive connections (default: ${DEFAULT-VALUE}).",
      defaultValue = "32")
  int connections;

  @Option(
      names = "--page-cache",
      description =
          "Seconds a rendered page is reused (default: ${DEFAULT-VALUE}, as web.page-cache).",
      defaultValue = "5")
  int pageCache;

  @Override
  public Integer call() throws Exception {
    if (rate < 1 || seconds < 1 || warmup < 0)
      throw new IllegalArgumentException("--rate and --seconds must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
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
      try (WebServer server =
          WebServer.start(
              store,
              new WebServer.Settings(
                  "127.0.0.1",
                  0,
                  "",
                  "",
                  List.of("USD", "EUR", "PLN", "GBP", "CHF"),
                  Clock.systemUTC(),
                  Duration.ofSeconds(pageCache)))) {
        out.printf(
            "bench web: %d stories, %d articles from %d outlets; %d requests/s per page for %d s after %d s warm-up; page cache %d s%n",
            counts.stories(),
            counts.articles(),
            counts.outlets(),
            rate,
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
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }
}
