package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.source.Opml;
import ua.strichka.testing.LoopbackWeb;

class OutletsCommandTest {
  @TempDir Path dir;
  Path config;
  LoopbackWeb web;

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
      <link>http://x/</link><description>d</description>%s</channel></rss>
      """;

  /** A configuration for a fresh SQLite store and a test web on 127.0.0.1. */
  static Path config(Path dir) throws Exception {
    return Files.writeString(
        dir.resolve("strichka.yaml"),
        """
        store:
          url: jdbc:sqlite:%s
        fetch:
          allow-private-addresses: [127.0.0.1]
          host-delay: 0ms
          retry-base-delay: 10ms
          read-timeout: 2s
          total-timeout: 5s
        """
            .formatted(dir.resolve("strichka.db")));
  }

  @BeforeEach
  void start() throws Exception {
    config = config(dir);
    web = LoopbackWeb.start();
    web.page(
            "/",
            "text/html",
            "<html lang=\"uk\"><head><meta property=\"og:site_name\" content=\"Київський вісник\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head></html>")
        .page(
            "/rss.xml",
            "application/rss+xml",
            RSS.formatted(
                "<item><title>Одна</title><link>"
                    + web.base()
                    + "/news/1</link></item>"
                    + "<item><title>Дві</title><link>"
                    + web.base()
                    + "/news/2</link></item>"))
        .page("/news/1", "text/html", "<p>Одна</p>")
        .page("/news/2", "text/html", "<p>Дві</p>");
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private MainTest.Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return MainTest.run(all);
  }

  @Test
  void addsAnOutletByDiscoveryListsItsHealthAndCrawlsIt() throws Exception {
    MainTest.Result added = run("outlets", "add", web.base() + "/");
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out())
        .contains("added 127-0-0-1 — Київський вісник [uk]")
        .contains("feed " + web.base() + "/rss.xml");

    MainTest.Result crawl = run("crawl", "--once", "--no-progress");
    assertThat(crawl.code()).as(crawl.err()).isZero();
    assertThat(crawl.out().strip()).startsWith("crawled 1 sources, 2 pages (0 failed), 2 new URLs");

    MainTest.Result list = run("outlets", "list");
    assertThat(list.out()).contains("127-0-0-1").contains("s ago").contains("2");
    MainTest.Result json = run("outlets", "list", "--json");
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertThat(rows.get(0).get("slug").asText()).isEqualTo("127-0-0-1");
    assertThat(rows.get(0).get("errorStreak").asInt()).isZero();
    assertThat(rows.get(0).get("articles").asInt()).isEqualTo(2);
    assertThat(rows.get(0).get("lastSuccess").isNull()).isFalse();
  }

  @Test
  void importsAFeedReadersOpmlAndExportsOpml2() throws Exception {
    Path opml = dir.resolve("feedly.opml");
    try (var in = getClass().getResourceAsStream("/opml/feedly-export.opml")) {
      Files.write(opml, in.readAllBytes());
    }
    MainTest.Result imported = run("outlets", "import", opml.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("imported 97 feeds as ");
    // importing again adds nothing twice
    assertThat(run("outlets", "import", opml.toString()).code()).isZero();

    MainTest.Result exported = run("outlets", "export");
    assertThat(exported.code()).isZero();
    var back = Opml.read(exported.out().getBytes(StandardCharsets.UTF_8));
    assertThat(back).hasSize(97);
    assertThat(back)
        .extracting(Opml.Subscription::xmlUrl)
        .contains("https://piotrminkowski.com/feed/");
  }

  @Test
  void explainsBadInputInOneLine() throws Exception {
    MainTest.Result missing = run("outlets", "import", dir.resolve("nope.opml").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");

    Path broken = Files.writeString(dir.resolve("broken.opml"), "<opml><body><outline");
    MainTest.Result bad = run("outlets", "import", broken.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("not a readable OPML file").doesNotContain("\tat ");

    MainTest.Result nothing = run("crawl", "--once");
    assertThat(nothing.code()).isEqualTo(1);
    assertThat(nothing.err()).contains("no outlets to crawl");

    MainTest.Result unreachable = run("outlets", "add", web.base() + "/missing");
    assertThat(unreachable.code()).isEqualTo(1);
    assertThat(unreachable.err()).contains("cannot load the home page");
  }
}
