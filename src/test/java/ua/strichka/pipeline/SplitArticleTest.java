package ua.strichka.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.Fetcher;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.FetchLogEntry;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

/**
 * Articles split over several pages, on a loopback web of our own: the real crawler and {@link
 * Ingest} into SQLite join the pages into one article under page 1's address, and every guard ends
 * the chain with what was joined stored: a loop, the cap, a failing page, another host, another
 * article.
 */
class SplitArticleTest {
  static final String TITLE = "Як відбудовують мости на Київщині після деокупації";

  @TempDir Path dir;

  /** A news page: title, date, its paragraphs, and where it says it goes on (or null). */
  static String page(String title, String canonical, String next, List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append(" — Вісник</title><link rel=\"canonical\" href=\"")
        .append(canonical)
        .append("\">");
    if (next != null) b.append("<link rel=\"next\" href=\"").append(next).append("\">");
    b.append("<meta property=\"og:title\" content=\"")
        .append(title)
        .append(
            "\"><meta property=\"article:published_time\" content=\"2025-04-09T10:00:00+03:00\">")
        .append("</head><body><header><a href=\"/\">Вісник</a></header><main><article><h1>")
        .append(title)
        .append("</h1><time datetime=\"2025-04-09T10:00:00+03:00\">9 квітня 2025</time>");
    paragraphs.forEach(p -> b.append("<p>").append(p).append("</p>"));
    return b.append("</article></main><footer>© Вісник</footer></body></html>").toString();
  }

  /** Three distinct paragraphs of page {@code n}, long enough to be an article's text. */
  static List<String> paragraphs(int n) {
    return IntStream.rangeClosed(1, 3)
        .mapToObj(
            i ->
                "Частина "
                    + n
                    + ", абзац "
                    + i
                    + ": інженери обласної служби доріг оглянули опори переправи, склали "
                    + "кошторис і домовилися з підрядником про строки робіт, які мають "
                    + "завершитися до початку осені, щоб рух відновився без обмежень.")
        .toList();
  }

  static String body(int... pages) {
    List<String> all = new ArrayList<>();
    for (int n : pages) all.addAll(paragraphs(n));
    return String.join("\n\n", all);
  }

  /** Page {@code n} of the article at {@code path} ({@code ?page=n} beyond 1), going on at next. */
  static LoopbackWeb.Route serve(LoopbackWeb web, String path, int n, String next) {
    String self = web.base() + path + (n == 1 ? "" : "?page=" + n);
    return ex ->
        LoopbackWeb.send(
            ex,
            200,
            "text/html; charset=utf-8",
            page(TITLE, self, next, paragraphs(n)).getBytes(UTF_8));
  }

  /**
   * Routes by page number: LoopbackWeb routes by path, so one route answers {@code ?page=n} by
   * {@code pages.get(n)}; a missing number is a 404.
   */
  static LoopbackWeb.Route paged(Map<Integer, LoopbackWeb.Route> pages) {
    return ex -> {
      String q = ex.getRequestURI().getRawQuery();
      int n = q == null ? 1 : Integer.parseInt(q.replace("page=", ""));
      LoopbackWeb.Route r = pages.get(n);
      if (r == null) LoopbackWeb.send(ex, 404, "text/plain", "немає".getBytes(UTF_8));
      else r.handle(ex);
    };
  }

  private record Crawl(Store store, long outletId) {}

  /** Crawls the outlet whose feed lists {@code paths}, with Ingest as the sink. */
  private Crawl crawl(Store store, LoopbackWeb web, String... paths) {
    StringBuilder items = new StringBuilder();
    for (String p : paths) {
      items
          .append("<item><title>")
          .append(TITLE)
          .append("</title><link>")
          .append(web.base())
          .append(p)
          .append("</link></item>");
    }
    web.page(
        "/rss.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Вісник"
            + "</title><link>"
            + web.base()
            + "/</link><description>д</description>"
            + items
            + "</channel></rss>");
    Outlet outlet =
        new Outlet(
            "visnyk",
            "Вісник",
            web.base() + "/",
            "uk",
            null,
            List.of(new Source(SourceKind.FEED, web.base() + "/rss.xml")),
            null);
    long id = new Outlets(store).save(outlet, Instant.now());
    Config config = Config.load(Optional.empty(), Map.of(), Map.of());
    try (Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry())) {
      Ingest ingest = Ingest.configured(store, config, Clock.systemUTC());
      new Crawler(store, fetcher, CrawlSettings.from(config), ingest, new SimpleMeterRegistry())
          .crawlDue((s, n) -> {});
    }
    return new Crawl(store, id);
  }

  private static ArticleRecord stored(Store store, String url) {
    return store.articles().byCanonicalUrl(url).orElseThrow(() -> new AssertionError("no " + url));
  }

  @Test
  void threePagesAreStoredAsOneArticleUnderPageOnesAddress() {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/long/";
      web.route(
          "/long/",
          paged(
              Map.of(
                  1, serve(web, "/long/", 1, base + "?page=2"),
                  2, serve(web, "/long/", 2, base + "?page=3"),
                  3, serve(web, "/long/", 3, null))));
      crawl(store, web, "/long/");
      ArticleRecord a = stored(store, base);
      assertThat(a.body()).isEqualTo(body(1, 2, 3));
      assertThat(a.title()).isEqualTo(TITLE);
      assertThat(store.articles().count()).isEqualTo(1);
      assertThat(web.hits("/long/")).hasSize(3);
    }
  }

  /** page 3 leads back to page 2, or to page 1, or to itself: each page is fetched once. */
  @ParameterizedTest
  @ValueSource(strings = {"?page=2", "", "?page=3"})
  void aLoopEndsTheChainWithEveryPageJoinedOnce(String back) {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/loop/";
      web.route(
          "/loop/",
          paged(
              Map.of(
                  1, serve(web, "/loop/", 1, base + "?page=2"),
                  2, serve(web, "/loop/", 2, base + "?page=3"),
                  3, serve(web, "/loop/", 3, base + back))));
      crawl(store, web, "/loop/");
      assertThat(stored(store, base).body()).isEqualTo(body(1, 2, 3));
      assertThat(web.hits("/loop/")).hasSize(3);
    }
  }

  @Test
  void anEndlessChainStopsAtTheCap() {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/endless/";
      web.route(
          "/endless/",
          ex -> {
            String q = ex.getRequestURI().getRawQuery();
            int n = q == null ? 1 : Integer.parseInt(q.replace("page=", ""));
            serve(web, "/endless/", n, base + "?page=" + (n + 1)).handle(ex);
          });
      crawl(store, web, "/endless/");
      assertThat(web.hits("/endless/")).hasSize(20);
      assertThat(stored(store, base).body())
          .isEqualTo(body(IntStream.rangeClosed(1, 20).toArray()));
    }
  }

  /** A page that fails: what was joined is stored, and the failure is in the fetch log. */
  @ParameterizedTest
  @ValueSource(ints = {404, 500})
  void aFailingPageTwoStoresPageOneAndLogsTheFailure(int status) {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/broken/";
      web.route(
          "/broken/",
          paged(
              Map.of(
                  1,
                  serve(web, "/broken/", 1, base + "?page=2"),
                  2,
                  ex -> LoopbackWeb.send(ex, status, "text/plain", "збій".getBytes(UTF_8)))));
      Crawl c = crawl(store, web, "/broken/");
      assertThat(stored(store, base).body()).isEqualTo(body(1));
      CrawlUrl page1 = store.crawl().byUrl(base).orElseThrow();
      assertThat(page1.lastSuccessAt()).isNotNull();
      List<FetchLogEntry> log = store.crawl().fetchLog(c.outletId(), 20);
      assertThat(log)
          .filteredOn(e -> e.url().equals(base + "?page=2"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.errorClass()).isNotNull();
              });
      assertThat(store.articles().count()).isEqualTo(1);
      // a 5xx may pass: the article is visited again to be made whole; a 404 will not
      assertThat(page1.dueAt().toEpochMilli() == CrawlUrl.NEVER).isEqualTo(status == 404);
    }
  }

  /** Page 2 fails for a moment (every retry of the first visit): the revisit makes it whole. */
  @Test
  void aPageThatFailedForAMomentIsJoinedOnTheRevisit() throws Exception {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/flaky/";
      java.util.concurrent.atomic.AtomicInteger failures =
          new java.util.concurrent.atomic.AtomicInteger();
      LoopbackWeb.Route page2 = serve(web, "/flaky/", 2, null);
      web.route(
          "/flaky/",
          paged(
              Map.of(
                  1,
                  serve(web, "/flaky/", 1, base + "?page=2"),
                  2,
                  ex -> {
                    // the fetcher retries a 5xx twice: the whole first visit fails
                    if (failures.incrementAndGet() <= 3) {
                      LoopbackWeb.send(ex, 503, "text/plain", "зачекайте".getBytes(UTF_8));
                    } else {
                      page2.handle(ex);
                    }
                  })));
      Crawl c = crawl(store, web, "/flaky/");
      assertThat(stored(store, base).body()).isEqualTo(body(1));
      Instant due = store.crawl().byUrl(base).orElseThrow().dueAt();
      assertThat(due).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(1)));
      // time passes: the revisit comes due (moved to now rather than waited for)
      store
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE crawl_url SET due_at = :now WHERE url = :url")
                      .bind("now", System.currentTimeMillis())
                      .bind("url", base)
                      .execute());
      crawl(store, web, "/flaky/");
      assertThat(stored(store, base).body()).isEqualTo(body(1, 2));
      assertThat(store.articles().count()).isEqualTo(1);
      assertThat(store.crawl().byUrl(base).orElseThrow().dueAt().toEpochMilli())
          .isEqualTo(CrawlUrl.NEVER);
      assertThat(store.crawl().fetchLog(c.outletId(), 20))
          .filteredOn(e -> e.url().equals(base + "?page=2"))
          .extracting(FetchLogEntry::status)
          .containsExactlyInAnyOrder(503, 200);
      // page 1 twice (the visit and the revisit), page 2 three times failed and once served
      assertThat(web.hits("/flaky/")).hasSize(6);
    }
  }

  /** Further pages go through the same polite path: robots.txt forbids them here. */
  @Test
  void aNextPageRobotsTxtForbidsIsNotFetched() {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/long/";
      web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /*?page=\n");
      web.route(
          "/long/",
          paged(
              Map.of(
                  1, serve(web, "/long/", 1, base + "?page=2"),
                  2, serve(web, "/long/", 2, null))));
      Crawl c = crawl(store, web, "/long/");
      assertThat(stored(store, base).body()).isEqualTo(body(1));
      assertThat(web.hits("/long/")).hasSize(1);
      assertThat(store.crawl().fetchLog(c.outletId(), 20))
          .filteredOn(e -> e.url().equals(base + "?page=2"))
          .singleElement()
          .extracting(FetchLogEntry::errorClass)
          .isEqualTo("robots-disallowed");
    }
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Мости відбудовують | Мости відбудовують | true",
        "Мости відбудовують | МОСТИ   відбудовують | true",
        "Мости відбудовують | Мости відбудовують (сторінка 2) | true",
        "Мости відбудовують — частина 1 | Мости відбудовують | true",
        "Мости відбудовують | Дороги ремонтують | false",
        "Мости відбудовують | '' | false",
      })
  void furtherPagesJoinOnlyUnderTheSameTitle(String first, String further, boolean same) {
    assertThat(SplitArticle.sameTitle(first, further)).isEqualTo(same);
  }

  @Test
  void aNextPageOnAnotherHostIsNotFetched() {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start();
        LoopbackWeb other = LoopbackWeb.on("127.0.0.2")) {
      other.route("/long/", serve(other, "/long/", 2, null));
      web.route("/long/", serve(web, "/long/", 1, other.base() + "/long/?page=2"));
      crawl(store, web, "/long/");
      assertThat(stored(store, web.base() + "/long/").body()).isEqualTo(body(1));
      assertThat(other.hits()).isEmpty();
    }
  }

  @Test
  void aNextLinkToAnotherArticleIsNotJoined() {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      web.route("/one/", serve(web, "/one/", 1, web.base() + "/two/"));
      web.route(
          "/two/",
          ex ->
              LoopbackWeb.send(
                  ex,
                  200,
                  "text/html; charset=utf-8",
                  page("Інша новина про зовсім інше", web.base() + "/two/", null, paragraphs(2))
                      .getBytes(UTF_8)));
      Crawl c = crawl(store, web, "/one/");
      assertThat(stored(store, web.base() + "/one/").body()).isEqualTo(body(1));
      assertThat(store.articles().count()).isEqualTo(1);
      assertThat(store.crawl().fetchLog(c.outletId(), 20))
          .filteredOn(e -> e.url().equals(web.base() + "/two/"))
          .singleElement()
          .extracting(FetchLogEntry::errorClass)
          .isEqualTo("continuation-foreign");
    }
  }

  /** A feed that lists page 2 of an article: it is read as that article, joined whole, once. */
  @Test
  void aContinuationListedInAFeedIsJoinedToItsFirstPage() {
    try (Store store = Databases.SQLITE.open(dir);
        LoopbackWeb web = LoopbackWeb.start()) {
      String base = web.base() + "/long/";
      web.route(
          "/long/",
          paged(
              Map.of(
                  1, serve(web, "/long/", 1, base + "?page=2"),
                  2, serve(web, "/long/", 2, null))));
      crawl(store, web, "/long/?page=2", "/long/");
      assertThat(store.articles().count()).isEqualTo(1);
      assertThat(stored(store, base).body()).isEqualTo(body(1, 2));
      assertThat(store.crawl().byUrl(base + "?page=2")).isEmpty();
      assertThat(web.hits("/long/")).hasSize(2);
    }
  }
}
