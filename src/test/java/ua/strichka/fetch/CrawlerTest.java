package ua.strichka.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Schedule;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.CrawlHealth;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

class CrawlerTest {
  @TempDir Path dir;

  static final CrawlSettings SETTINGS =
      new CrawlSettings(
          new Schedule(
              Duration.ofMinutes(5),
              Duration.ofHours(2),
              Duration.ofMinutes(15),
              Duration.ofHours(6)),
          Duration.ofMinutes(5),
          16,
          4,
          3,
          500,
          3);

  static String rss(String base, String... paths) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>"
                + base
                + "/</link><description>d</description>");
    for (String p : paths) {
      sb.append("<item><title>Стаття ")
          .append(p)
          .append("</title><link>")
          .append(base)
          .append(p)
          .append("</link></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  static LoopbackWeb.Route article(String title) {
    return ex ->
        LoopbackWeb.send(
            ex,
            200,
            "text/html; charset=utf-8",
            ("<html><head><title>"
                    + title
                    + "</title></head><body><p>"
                    + title
                    + "</p></body></html>")
                .getBytes(UTF_8));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void crawlsFeedsSitemapsAndSectionPagesFetchingEachArticleOnce(Databases db) {
    try (Store store = db.open(dir);
        LoopbackWeb a = LoopbackWeb.on("127.0.0.1");
        LoopbackWeb b = LoopbackWeb.on("127.0.0.2");
        Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry())) {
      String base = a.base();
      a.page(
              "/rss.xml",
              "application/rss+xml",
              rss(base, "/news/1", "/news/2?utm_source=rss", "/news/3", "/news/broken"))
          .page("/rss-sport.xml", "application/rss+xml", rss(base, "/news/2", "/news/3#comments"))
          .page(
              "/sitemap.xml",
              "application/xml",
              "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                  + "<sitemap><loc>"
                  + base
                  + "/sitemap-1.xml</loc></sitemap></sitemapindex>")
          .page(
              "/sitemap-1.xml",
              "application/xml",
              "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                  + "<url><loc>"
                  + base
                  + "/news/1</loc></url><url><loc>"
                  + base
                  + "/news/4</loc></url></urlset>");
      for (int i = 1; i <= 4; i++) a.route("/news/" + i, article("Новина " + i));
      a.route("/news/broken", ex -> LoopbackWeb.send(ex, 500, "text/plain", new byte[] {'x'}));
      // an outlet with neither feed nor sitemap: its section page
      b.page(
          "/",
          "text/html",
          "<html><body><a href=\"/novyny/2025/04/09/remont-mostu/\">Ремонт</a>"
              + "<a href=\"/kontakty\">Контакти</a><a href=\""
              + base
              + "/news/9\">Чужа</a></body></html>");
      b.route("/novyny/2025/04/09/remont-mostu/", article("Ремонт мосту"));

      Outlets outlets = new Outlets(store);
      Instant now = Instant.now();
      outlets.save(
          new Outlet(
              "kv",
              "Київський вісник",
              base + "/",
              "uk",
              null,
              List.of(
                  new Source(SourceKind.FEED, base + "/rss.xml"),
                  new Source(SourceKind.FEED, base + "/rss-sport.xml"),
                  new Source(SourceKind.SITEMAP, base + "/sitemap.xml")),
              null),
          now);
      outlets.save(
          new Outlet(
              "skray",
              "Слобожанський край",
              b.base() + "/",
              "uk",
              null,
              List.of(new Source(SourceKind.SECTION, b.base() + "/")),
              null),
          now);

      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      Crawler crawler = new Crawler(store, fetcher, SETTINGS, new RawPageSink(), registry);
      CrawlSummary s = crawler.crawlDue((x, y) -> {});

      for (int i = 1; i <= 4; i++) {
        assertThat(a.hits("/news/" + i)).as("/news/" + i + " fetched once").hasSize(1);
      }
      assertThat(b.hits("/kontakty")).isEmpty();
      assertThat(a.hits("/news/9")).isEmpty();
      assertThat(store.crawl().rawPageCount()).isEqualTo(5);
      assertThat(store.crawl().rawPage(base + "/news/2").orElseThrow().feedMeta())
          .contains("Стаття /news/2");
      assertThat(
              new String(
                  store
                      .crawl()
                      .rawPage(b.base() + "/novyny/2025/04/09/remont-mostu/")
                      .orElseThrow()
                      .body(),
                  UTF_8))
          .contains("Ремонт мосту");
      assertThat(s.pages()).isEqualTo(5);
      assertThat(s.sources()).isEqualTo(5); // 2 feeds, index, child sitemap, section page
      assertThat(s.failures()).isEqualTo(1);
      assertThat(s.discovered()).isEqualTo(6);

      // the broken article is retried later, not now; the sources come due after their interval
      CrawlUrl broken = store.crawl().byUrl(base + "/news/broken").orElseThrow();
      assertThat(broken.errorStreak()).isEqualTo(1);
      assertThat(broken.dueAt()).isAfter(now.plus(Duration.ofMinutes(4)));
      CrawlUrl feed = store.crawl().byUrl(base + "/rss.xml").orElseThrow();
      assertThat(feed.intervalMs()).isEqualTo(Duration.ofMinutes(15).toMillis());
      assertThat(crawler.crawlDue((x, y) -> {}).visits()).isZero();

      CrawlHealth kv =
          store.crawl().health(Instant.now()).stream()
              .filter(h -> h.slug().equals("kv"))
              .findFirst()
              .orElseThrow();
      assertThat(kv.articles()).isEqualTo(5);
      assertThat(kv.lastSuccess()).isNotNull();
      assertThat(kv.lastError()).startsWith("http-server-error " + base + "/news/broken");
      assertThat(
              registry
                  .get("strichka.crawl.visits")
                  .tag("kind", "article")
                  .tag("outcome", "ok")
                  .counter()
                  .count())
          .isEqualTo(5);
    }
  }

  @Test
  void revisitsSourcesWithConditionalGetsAndBacksOffFailingOnes() {
    AtomicInteger feedCalls = new AtomicInteger();
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start();
        Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry())) {
      web.route(
          "/rss.xml",
          ex -> {
            feedCalls.incrementAndGet();
            ex.getResponseHeaders().set("ETag", "\"e1\"");
            if ("\"e1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
              LoopbackWeb.send(ex, 304, null, new byte[0]);
            } else {
              LoopbackWeb.send(
                  ex, 200, "application/rss+xml", rss(web.base(), "/a/1").getBytes(UTF_8));
            }
          });
      web.route("/a/1", article("Одна"));
      web.route("/down.xml", ex -> LoopbackWeb.send(ex, 503, "text/plain", new byte[] {'x'}));
      Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      new Outlets(store)
          .save(
              new Outlet(
                  "o",
                  "O",
                  web.base() + "/",
                  "uk",
                  null,
                  List.of(
                      new Source(SourceKind.FEED, web.base() + "/rss.xml"),
                      new Source(SourceKind.FEED, web.base() + "/down.xml")),
                  null),
              start);

      PolitenessTest.MutableClock clock = new PolitenessTest.MutableClock();
      clock.set(start);
      Crawler crawler =
          new Crawler(
              store, fetcher, SETTINGS, new RawPageSink(), new SimpleMeterRegistry(), clock);
      crawler.crawlDue((x, y) -> {});
      CrawlUrl down = store.crawl().byUrl(web.base() + "/down.xml").orElseThrow();
      assertThat(down.errorStreak()).isEqualTo(1);
      assertThat(Duration.between(start, down.dueAt())).isEqualTo(Duration.ofMinutes(30));

      clock.advance(Duration.ofMinutes(31));
      crawler.crawlDue((x, y) -> {});
      CrawlUrl feed = store.crawl().byUrl(web.base() + "/rss.xml").orElseThrow();
      assertThat(feed.lastStatus()).isEqualTo(304);
      assertThat(feed.intervalMs()).isGreaterThan(Duration.ofMinutes(15).toMillis());
      down = store.crawl().byUrl(web.base() + "/down.xml").orElseThrow();
      assertThat(down.errorStreak()).isEqualTo(2);
      assertThat(Duration.between(clock.instant(), down.dueAt())).isEqualTo(Duration.ofMinutes(60));
      assertThat(web.hits("/a/1")).hasSize(1);
      assertThat(feedCalls.get()).isEqualTo(2);
      assertThat(store.crawl().fetchLog(store.outlets().bySlug("o").orElseThrow().id(), 100))
          .filteredOn(e -> "http-server-error".equals(e.errorClass()))
          .hasSize(2);
    }
  }
}
