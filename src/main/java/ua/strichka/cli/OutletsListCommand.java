package ua.strichka.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.store.CrawlHealth;
import ua.strichka.store.Store;

/** {@code strichka outlets list}: every outlet with its crawl health. */
@Command(
    name = "list",
    description = "List outlets with their health: last success, error streak, articles per day.")
final class OutletsListCommand implements Callable<Integer> {
  @ParentCommand OutletsCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Instant now = Instant.now();
    try (Store store = Crawling.openStore(parent.main.config(Map.of()))) {
      List<CrawlHealth> all = store.crawl().health(now);
      if (json) {
        List<Map<String, Object>> rows =
            all.stream()
                .map(
                    h -> {
                      Map<String, Object> m = new LinkedHashMap<>();
                      m.put("slug", h.slug());
                      m.put("name", h.name());
                      m.put("paused", h.paused());
                      m.put(
                          "lastSuccess",
                          h.lastSuccess() == null ? null : h.lastSuccess().toString());
                      m.put("errorStreak", h.errorStreak());
                      m.put("articlesPerDay", Math.round(h.articlesPerDay() * 10) / 10.0);
                      m.put("articles", h.articles());
                      m.put("lastError", h.lastError());
                      return m;
                    })
                .toList();
        out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        return Main.OK;
      }
      if (all.isEmpty()) {
        out.println("no outlets yet: strichka outlets add URL, or outlets add --bundled");
        return Main.OK;
      }
      out.printf(
          "%-28s %-14s %6s %8s %8s  %s%n",
          "OUTLET", "LAST SUCCESS", "ERRORS", "ART/DAY", "ARTICLES", "LAST ERROR");
      for (CrawlHealth h : all) {
        out.printf(
            Locale.ROOT,
            "%-28s %-14s %6d %8.1f %8d  %s%n",
            shorten(h.slug() + (h.paused() ? " (paused)" : ""), 28),
            h.lastSuccess() == null ? "never" : ago(Duration.between(h.lastSuccess(), now)),
            h.errorStreak(),
            h.articlesPerDay(),
            h.articles(),
            h.lastError() == null ? "" : shorten(h.lastError(), 60));
      }
    }
    return Main.OK;
  }

  static String ago(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 120) return s + " s ago";
    if (s < 7200) return s / 60 + " min ago";
    if (s < 172_800) return s / 3600 + " h ago";
    return s / 86_400 + " days ago";
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
