package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The sample web as a crawler meets it: real origins on 127.0.0.1, real HTTP requests. */
@Tag("slow")
class SampleWebTest {
  static SampleWeb web;
  static Map<String, TruthArticle> byUrl;

  @BeforeAll
  static void start() throws Exception {
    web = SampleWeb.start(SampleWebOptions.defaults().withSeed(7));
    byUrl =
        web.truth().stream()
            .collect(Collectors.toMap(t -> t.url().toString(), Function.identity()));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static URI at(String outlet, String path) {
    return web.outlet(outlet).base().resolve(path);
  }

  static List<TruthArticle> of(String outlet) {
    return web.truth().stream().filter(t -> t.outlet().equals(outlet)).toList();
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyArticlePageShowsItsTruth() {
    for (TruthArticle t : web.truth()) {
      Document page = Client.page(t.url());
      StringBuilder text = new StringBuilder(page.text());
      Element next = page.selectFirst("link[rel=next]");
      while (next != null) {
        Document more = Client.page(URI.create(next.absUrl("href")));
        text.append(' ').append(more.text());
        next = more.selectFirst("link[rel=next]");
      }
      String shown = squash(text.toString());
      assertThat(shown).as(t.id()).contains(squash(t.title()));
      for (String para : t.text().split("\n\n"))
        assertThat(shown).as(t.id()).contains(squash(para));
      if (!t.authors().isEmpty()) {
        assertThat(shown).as(t.id()).contains(t.authors().getFirst());
      }
      assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo(t.canonicalUrl().toString());
      assertThat(page.selectFirst("html").attr("lang")).as(t.id()).startsWith(t.language());
    }
  }

  @Test
  void truthHoldsStoriesRepostsAndTimes() {
    List<TruthArticle> truth = web.truth();
    assertThat(truth).hasSize(web.corpus().articles().size());
    Instant start = web.startTime();
    for (TruthArticle t : truth) {
      CorpusArticle a = web.corpus().article(t.id()).orElseThrow();
      assertThat(t.published()).isEqualTo(start.minusMillis(Math.round(a.hoursAgo() * 3_600_000)));
      assertThat(t.story().isPresent()).isEqualTo(t.news());
      t.story()
          .ifPresent(
              s ->
                  assertThat(s)
                      .isEqualTo(
                          t.language().equals("uk")
                              ? a.event().get()
                              : a.event().get() + "/" + t.language()));
      assertThat(t.repostOf().isPresent()).isEqualTo(a.repostOf().isPresent());
      t.repostOf().ifPresent(u -> assertThat(byUrl).containsKey(u.toString()));
    }
    TruthArticle updated =
        truth.stream().filter(t -> t.modified().isPresent()).findFirst().orElseThrow();
    assertThat(updated.original()).isPresent();
    assertThat(updated.modified().get()).isAfter(updated.published());
  }

  @Test
  void wordpressRssHasItemsWithTrackedLinksCreatorsAndDates() {
    org.w3c.dom.Document rss = Client.xml(at("kyivskyi-visnyk", "/feed/"));
    NodeList items = rss.getElementsByTagName("item");
    assertThat(items.getLength()).isEqualTo(Math.min(50, of("kyivskyi-visnyk").size()));
    for (int i = 0; i < items.getLength(); i++) {
      org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
      String link = item.getElementsByTagName("link").item(0).getTextContent();
      assertThat(link).contains("utm_source=rss");
      TruthArticle t = byUrl.get(link.substring(0, link.indexOf('?')));
      assertThat(t).as(link).isNotNull();
      assertThat(item.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(t.title());
      Instant date =
          ZonedDateTime.parse(
                  item.getElementsByTagName("pubDate").item(0).getTextContent(),
                  DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant();
      assertThat(date).isEqualTo(t.published().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
      assertThat(
              item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")
                  .getLength())
          .isOne();
      assertThat(
              item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")
                  .getLength())
          .isOne();
      assertThat(item.getElementsByTagName("category").item(0).getTextContent())
          .isEqualTo(t.section().label("uk"));
    }
    // The same article is in the main feed and its category's feed.
    String first =
        ((org.w3c.dom.Element) items.item(0)).getElementsByTagName("link").item(0).getTextContent();
    TruthArticle t = byUrl.get(first.substring(0, first.indexOf('?')));
    String categoryFeed =
        Client.text(Client.ok(at("kyivskyi-visnyk", "/category/" + t.section().slug() + "/feed/")));
    assertThat(categoryFeed).contains(t.url().toString());
  }

  @Test
  void atomFeedsPerEdition() {
    org.w3c.dom.Document atom = Client.xml(at("dnipro-pravda", "/ru/atom.xml"));
    NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength())
        .isEqualTo(
            (int) of("dnipro-pravda").stream().filter(t -> t.language().equals("ru")).count());
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
      String href =
          ((org.w3c.dom.Element)
                  e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
              .getAttribute("href");
      TruthArticle t = byUrl.get(href);
      assertThat(t.language()).isEqualTo("ru");
      String published =
          e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "published")
              .item(0)
              .getTextContent();
      assertThat(OffsetDateTime.parse(published).toInstant())
          .isEqualTo(t.published().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
  }

  @Test
  void newsSitemapAndSitemapIndexCoverTheOutlet() {
    org.w3c.dom.Document news = Client.xml(at("shvydko", "/sitemap-news.xml"));
    String ns = "http://www.google.com/schemas/sitemap-news/0.9";
    assertThat(news.getElementsByTagNameNS(ns, "publication_date").getLength())
        .isEqualTo(of("shvydko").size());
    assertThat(locs(news)).containsExactlyInAnyOrderElementsOf(urls(of("shvydko")));

    org.w3c.dom.Document index = Client.xml(at("biznes-kapital", "/sitemap_index.xml"));
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    Set<String> found = new HashSet<>();
    for (String child : locs(index)) found.addAll(locs(Client.xml(URI.create(child))));
    assertThat(found).containsAll(urls(of("biznes-kapital")));
    // The news sitemap holds the last two days only, as Google asks, when a full sitemap exists.
    List<String> recent = locs(Client.xml(at("biznes-kapital", "/news-sitemap.xml")));
    assertThat(recent).isNotEmpty().hasSizeLessThan(of("biznes-kapital").size());
  }

  @Test
  void sectionPagesAloneLeadToEveryArticle() {
    Set<String> found = new HashSet<>();
    for (String start : List.of("/news/", "/ru/news/")) {
      URI next = at("vechirnia-odesa", start);
      while (next != null) {
        Document page = Client.page(next);
        page.select("a[href]").forEach(a -> found.add(a.absUrl("href")));
        Element more = page.selectFirst("a[rel=next]");
        next = more == null ? null : URI.create(more.absUrl("href"));
      }
    }
    assertThat(found).containsAll(urls(of("vechirnia-odesa")));
    assertThat(Client.get(at("vechirnia-odesa", "/rss.xml")).statusCode()).isEqualTo(404);
  }

  @Test
  void jsonLdGraphDescribesTheArticle() throws Exception {
    TruthArticle t =
        of("ua-independent").stream()
            .filter(a -> a.language().equals("en"))
            .findFirst()
            .orElseThrow();
    Document page = Client.page(t.url());
    JsonNode graph =
        new ObjectMapper()
            .readTree(page.selectFirst("script[type=application/ld+json]").data())
            .get("@graph");
    List<String> types = new ArrayList<>();
    graph.forEach(n -> types.add(n.get("@type").asText()));
    assertThat(types).containsExactly("NewsArticle", "Organization", "BreadcrumbList", "WebPage");
    JsonNode article = graph.get(0);
    assertThat(article.get("headline").asText()).isEqualTo(t.title());
    assertThat(OffsetDateTime.parse(article.get("datePublished").asText()).toInstant())
        .isEqualTo(t.published().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(article.get("inLanguage").asText()).isEqualTo("en");
    assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(t.title());
    assertThat(page.selectFirst("meta[property=article:section]").attr("content"))
        .isEqualTo(t.section().label("en"));
  }

  @Test
  void legacySiteServesWindows1251() {
    TruthArticle t = of("halytskyi-kurier").getFirst();
    HttpResponse<byte[]> r = Client.ok(t.url());
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("text/html; charset=windows-1251");
    String decoded = new String(r.body(), Charset.forName("windows-1251"));
    assertThat(decoded).contains(t.title()).contains("charset=windows-1251").contains("<br><br>");
    assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain(t.title());
    assertThat(decoded).containsPattern("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d");
    byte[] rss = Client.ok(at("halytskyi-kurier", "/rss.php")).body();
    assertThat(new String(rss, 0, 60, Charset.forName("windows-1251")))
        .startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?>");
    String title =
        Client.xml(rss)
            .getElementsByTagName("item")
            .item(0)
            .getFirstChild()
            .getNextSibling()
            .getTextContent();
    assertThat(urls(of("halytskyi-kurier")).stream().map(byUrl::get).map(TruthArticle::title))
        .contains(title);
  }

  @Test
  void aggregatorCreditsItsSourceLikeTheExamplePage() {
    TruthArticle credited =
        of("zbirka").stream().filter(TruthArticle::credited).findFirst().orElseThrow();
    TruthArticle original = byUrl.get(credited.repostOf().orElseThrow().toString());
    Document page = Client.page(credited.url());
    String text = page.text();
    String domain = web.corpus().outlet(original.outlet()).orElseThrow().domain();
    assertThat(text).contains("Джерело: " + domain + " (" + original.section().label("uk") + ")");
    assertThat(page.selectFirst(".source a").attr("href")).isEqualTo(original.url().toString());
    assertThat(text).contains("Завантажуєм курси валют від minfin.com.ua");
    String date = page.selectFirst(".news-date").text();
    assertThat(date).matches("\\d\\d \\S+ 20\\d\\d р\\. \\d\\d:\\d\\d");
    assertThat(text.split(java.util.regex.Pattern.quote(date), -1)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(text.indexOf(credited.title(), text.indexOf(credited.title()) + 1)).isPositive();
    of("zbirka").stream()
        .filter(t -> !t.credited())
        .findFirst()
        .ifPresent(
            silent -> assertThat(Client.page(silent.url()).text()).doesNotContain("Джерело:"));
  }

  @Test
  void clutteredPagesInterleaveReadAlsoAdsAndComments() {
    TruthArticle t =
        of("slobozhanskyi-kray").stream()
            .filter(a -> a.language().equals("uk") && a.news() && a.text().split("\n\n").length > 3)
            .findFirst()
            .orElseThrow();
    Document page = Client.page(t.url());
    Element text = page.selectFirst(".news-text");
    assertThat(text.select("p.read-also").text()).contains("Читайте також:");
    assertThat(text.text()).contains("Реклама");
    assertThat(page.select(".comment-text")).isNotEmpty();
    assertThat(page.select(".news-list li").size()).isGreaterThan(10);
    assertThat(page.selectFirst(".cookie-banner")).isNotNull();
    assertThat(Client.page(at("slobozhanskyi-kray", "/ru/")).selectFirst("html").attr("lang"))
        .isEqualTo("ru");
  }

  @Test
  void longReadsAreSplitOverLinkedPages() {
    TruthArticle t =
        of("tyzhnevyk").stream()
            .filter(a -> a.text().split("\n\n").length >= 9)
            .findFirst()
            .orElseThrow();
    Document one = Client.page(t.url());
    assertThat(one.selectFirst("link[rel=next]").attr("href")).isEqualTo(t.url() + "?page=2");
    Document two = Client.page(URI.create(t.url() + "?page=2"));
    assertThat(two.selectFirst("link[rel=prev]").attr("href")).isEqualTo(t.url().toString());
    assertThat(two.select("nav.page-nav a")).isNotEmpty();
    String last = t.text().substring(t.text().lastIndexOf("\n\n") + 2);
    assertThat(one.text()).doesNotContain(squash(last));
    assertThat(Client.get(URI.create(t.url() + "?page=9")).statusCode()).isEqualTo(404);
  }

  @Test
  void ampPagesLinkBackToTheirCanonical() {
    TruthArticle t = of("shvydko").getFirst();
    Document page = Client.page(t.url());
    String amp = page.selectFirst("link[rel=amphtml]").attr("href");
    assertThat(amp).isEqualTo(t.url() + "/amp");
    String ampHtml = Client.text(Client.ok(URI.create(amp)));
    assertThat(ampHtml).contains("<html ⚡ lang=\"uk\">").contains("<amp-img");
    Document ampPage = org.jsoup.Jsoup.parse(ampHtml, amp);
    assertThat(ampPage.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(t.url().toString());
    assertThat(squash(ampPage.text())).contains(squash(t.text().split("\n\n")[0]));
  }

  @Test
  void textDatesSiteHasNoMachineReadableDates() {
    TruthArticle recent =
        of("vechirnia-odesa").stream()
            .filter(t -> t.published().isAfter(web.startTime().minusSeconds(3600 * 6)))
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> response = Client.ok(recent.url());
    assertThat(response.headers().firstValue("Last-Modified")).isEmpty();
    String html = Client.text(response);
    assertThat(html)
        .doesNotContain("<time")
        .doesNotContain("datetime")
        .doesNotContain("ld+json")
        .doesNotContain("published_time");
    String home = Client.page(at("vechirnia-odesa", "/")).text();
    assertThat(home).containsPattern("(сьогодні|вчора), \\d\\d:\\d\\d");
    TruthArticle old =
        of("vechirnia-odesa").stream()
            .filter(t -> t.published().isBefore(web.startTime().minusSeconds(3600 * 72)))
            .findFirst()
            .orElseThrow();
    assertThat(Client.page(old.url()).selectFirst(".when").text())
        .matches("\\d\\d \\S+ 20\\d\\d (р|г)\\. \\d\\d:\\d\\d");
  }

  @Test
  void wordpressMarkupHasItsClasses() {
    TruthArticle t = of("kyivskyi-visnyk").getFirst();
    Document page = Client.page(t.url());
    assertThat(page.selectFirst("h1.entry-title").text()).isEqualTo(t.title());
    assertThat(page.selectFirst("time.entry-date").attr("datetime")).isNotBlank();
    assertThat(page.select(".entry-content figure.wp-block-image figcaption")).isNotEmpty();
    assertThat(page.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href"))
        .endsWith("/feed/");
    assertThat(page.select("#jp-relatedposts li")).isNotEmpty();
  }

  @Test
  void robotsTxtFencesOffAndAnnouncesSitemaps() {
    String robots = Client.text(Client.ok(at("biznes-kapital", "/robots.txt")));
    assertThat(robots)
        .contains("Disallow: /search")
        .contains("Disallow: /print/")
        .contains("Sitemap: " + at("biznes-kapital", "/sitemap_index.xml"));
    assertThat(Client.text(Client.ok(at("halytskyi-kurier", "/robots.txt"))))
        .contains("Crawl-delay: 1");
    TruthArticle t = of("kyivskyi-visnyk").getFirst();
    Document page = Client.page(t.url());
    String print = page.selectFirst("a.print").absUrl("href");
    assertThat(print).contains("/print/");
    assertThat(Client.ok(URI.create(print)).statusCode()).isEqualTo(200);
  }

  @Test
  void conditionalRequestsGet304() {
    URI feed = at("kyivskyi-visnyk", "/feed/");
    HttpResponse<byte[]> first = Client.ok(feed);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(Client.get(feed, "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(Client.get(feed, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(Client.get(feed, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    assertThat(Client.get(feed, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
        .isEqualTo(200);
  }

  @Test
  void articlePhotosArePicturesAndTheSameEachTime() throws Exception {
    TruthArticle article = web.truth().getFirst();
    String image = Client.page(article.url()).select("img[src*=/uploads/]").attr("abs:src");
    assertThat(image).as(article.url().toString()).contains("/uploads/");
    HttpResponse<byte[]> first = Client.ok(URI.create(image));
    assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    java.awt.image.BufferedImage picture =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(first.body()));
    assertThat(picture.getWidth()).isEqualTo(800);
    assertThat(picture.getHeight()).isEqualTo(450);
    assertThat(Client.ok(URI.create(image)).body()).isEqualTo(first.body());
  }

  @Test
  void nonNewsPagesExistButAreNoStories() {
    assertThat(Client.page(at("kyivskyi-visnyk", "/contacts/")).text()).contains("Контакти");
    List<TruthArticle> nonNews = web.truth().stream().filter(t -> !t.news()).toList();
    assertThat(nonNews).isNotEmpty().allMatch(t -> t.story().isEmpty());
    nonNews.forEach(t -> assertThat(Client.ok(t.url()).statusCode()).isEqualTo(200));
    assertThat(Client.get(at("kyivskyi-visnyk", "/no/such/page")).statusCode()).isEqualTo(404);
  }

  @Test
  void indexOriginListsOutletsAndServesTheFakeNbuApi() throws Exception {
    JsonNode list =
        new ObjectMapper().readTree(Client.ok(web.index().resolve("/outlets.json")).body());
    assertThat(list.size()).isEqualTo(12);
    assertThat(list.get(0).get("base").asText())
        .isEqualTo(web.outlets().getFirst().base().toString());
    JsonNode rates = new ObjectMapper().readTree(Client.ok(web.nbuUrl()).body());
    assertThat(rates.isArray()).isTrue();
    assertThat(rates.findValuesAsText("cc")).contains("USD", "EUR", "PLN");
  }

  @Test
  void hostModeGivesEachOutletAnAddressOfItsOwn() throws Exception {
    // Linux routes all of 127/8 to loopback; macOS only 127.0.0.1 unless aliases are added.
    try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.2"))) {
      assertThat(probe.isBound()).isTrue();
    } catch (java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("127.0.0.2 is not a local address here");
    }
    try (SampleWeb hosts =
        SampleWeb.start(SampleWebOptions.defaults().withBind(SampleWebOptions.Bind.HOSTS))) {
      List<String> addresses = hosts.outlets().stream().map(o -> o.base().getHost()).toList();
      assertThat(addresses)
          .doesNotHaveDuplicates()
          .allMatch(a -> a.startsWith("127.0.0."))
          .doesNotContain("127.0.0.1");
      SampleWeb.Origin first = hosts.outlets().getFirst();
      assertThat(Client.page(first.base()).title()).contains(first.name());
    }
  }

  @Test
  void sameSeedAndStartServeTheSamePages() throws Exception {
    SampleWebOptions same = SampleWebOptions.defaults().withSeed(7).withStart(web.startTime());
    try (SampleWeb twin = SampleWeb.start(same)) {
      for (String outlet : List.of("slobozhanskyi-kray", "kyivskyi-visnyk", "zbirka")) {
        TruthArticle t = of(outlet).get(3);
        TruthArticle u = twin.truth(t.id()).orElseThrow();
        assertThat(u.published()).isEqualTo(t.published());
        assertThat(withoutPorts(Client.text(Client.ok(u.url()))))
            .isEqualTo(withoutPorts(Client.text(Client.ok(t.url()))));
      }
    }
  }

  static String withoutPorts(String html) {
    return html.replaceAll("127\\.0\\.0\\.1:\\d+", "HOST");
  }

  @Test
  void unknownFaultOutletIsRefused() {
    assertThatThrownBy(
            () -> SampleWeb.start(SampleWebOptions.defaults().withFaults(Set.of("nope"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no outlet 'nope' to plant faults on");
  }

  static List<String> locs(org.w3c.dom.Document d) {
    NodeList locs = d.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) out.add(locs.item(i).getTextContent());
    return out;
  }

  static List<String> urls(List<TruthArticle> ts) {
    return ts.stream().map(t -> t.url().toString()).toList();
  }
}
