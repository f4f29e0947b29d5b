package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class SitePagesTest {
  @TempDir static Path dir;
  static SiteFixture site;

  @BeforeAll
  static void start() {
    site = new SiteFixture(dir);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static String body(String path) {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/section/politics",
        "/story/1",
        "/article/1",
        "/search",
        "/search?q=НАТО",
        "/entity/nato",
        "/outlet/ua-independent",
        "/rates",
        "/about"
      })
  void everyPageIsUkrainianWithLandmarksSkipLinkAndSecurityHeaders(String path) {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("script-src 'none'"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    assertThat(r.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"uk\">")
        .contains("<a class=\"skip\" href=\"#main\">Перейти до змісту</a>")
        .contains("<main id=\"main\"")
        .contains("<nav class=\"tabs\" aria-label=\"Розділи\">")
        .contains("<footer")
        .contains("<link rel=\"canonical\" href=\"" + site.server.url())
        .doesNotContain("<script>")
        .doesNotContainPattern("<img(?![^>]*\\balt=)[^>]*>");
  }

  @Test
  void frontPageListsStoriesByRankWithOutletsFirstReporterAndSidebar() {
    String html = body("/");
    int odesa = html.indexOf("Нічна атака на Одесу");
    int nato = html.indexOf("НАТО і Японія: Рютте подякував");
    int hostile = html.indexOf("Тест &lt;/script&gt;");
    assertThat(odesa).isPositive();
    assertThat(nato).as("score 9 before 7 before 5").isLessThan(odesa);
    assertThat(odesa).isLessThan(hostile);
    assertThat(html)
        .contains("3 джерела")
        .contains("Першим: <a href=\"/outlet/ua-independent\">UA Independent</a>")
        .contains("2 год тому")
        .contains("Курси НБУ")
        .contains("41,3045")
        .contains("▲")
        .contains("<a href=\"/entity/nato\"")
        .contains("<link rel=\"alternate\" type=\"application/rss+xml\"");
  }

  @Test
  void sectionPageListsOnlyItsStoriesAndUnknownSectionIsAUkrainian404() {
    assertThat(body("/section/war"))
        .contains("Нічна атака на Одесу")
        .doesNotContain("НАТО і Японія");
    HttpResponse<String> missing = site.get("/section/horoscopes");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("Сторінку не знайдено")
        .contains("lang=\"uk\"")
        .doesNotContain("Exception");
  }

  @Test
  void storyPageShowsArticlesInTimeOrderWithRepostsUnderTheirOriginal() {
    String html = body("/story/" + site.natoStory);
    int first = html.indexOf("/article/" + site.fullTextArticle + "\">Генсек НАТО");
    int second = html.indexOf("/article/" + site.leadOnlyArticle + "\">");
    assertThat(first).isPositive().isLessThan(second);
    assertThat(html)
        .contains("Передрукували:")
        .contains("<a href=\"/article/" + site.repostArticle + "\"")
        .contains("09 квітня 2025 р. 07:03")
        .contains("Першим повідомив: <a href=\"/outlet/ua-independent\">UA Independent</a>")
        .contains("<a href=\"/entity/iaponiia\" title=\"Місце\">Японія</a>")
        .contains("Пов'язані сюжети");
  }

  @Test
  void articleOfAFullTextOutletShowsTheTextDateAndSourceLikeTheSeed() throws Exception {
    String html = body("/article/" + site.fullTextArticle);
    assertThat(html)
        .contains(
            "<h1 class=\"headline\">Генсек НАТО подякував Японії за потужну підтримку України</h1>")
        .contains(">09 квітня 2025 р. 07:03</time>")
        .contains("<p>Про це керівник НАТО заявив сьогодні в Токіо.</p>")
        .contains(
            "Джерело: <a href=\"https://ua-independent.com/politics/nato-japan\" rel=\"noopener\">ua-independent.com</a> (Політика)")
        .contains("<a href=\"/story/" + site.natoStory + "\">")
        .doesNotContain("Читати повністю");
    JsonNode ld = jsonLd(html);
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText())
        .isEqualTo("Генсек НАТО подякував Японії за потужну підтримку України");
    assertThat(ld.path("datePublished").asText()).isEqualTo("2025-04-09T07:03:00+03:00");
    assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo("Олена Коваленко");
    assertThat(ld.path("publisher").path("name").asText()).isEqualTo("UA Independent");
    assertThat(html).contains("<meta property=\"og:type\" content=\"article\">");
  }

  @Test
  void articleOfAnOutletWithoutFullTextShowsOnlyTheLeadAndALinkToTheOriginal() {
    String html = body("/article/" + site.leadOnlyArticle);
    assertThat(html)
        .contains("Генсек НАТО зустрівся з міністром оборони Японії")
        .doesNotContain("ЦЕЙ ТЕКСТ НЕ МОЖНА")
        .contains(
            "<a href=\"https://kv.ua/world/rutte-tokyo\" rel=\"noopener\">Читати повністю на kv.ua")
        .contains(
            "Джерело: <a href=\"https://kv.ua/world/rutte-tokyo\" rel=\"noopener\">kv.ua</a> (Світ)");
    assertThat(body("/article/" + site.repostArticle))
        .contains("Це передрук матеріалу <a href=\"/article/" + site.fullTextArticle + "\">");
  }

  @Test
  void hostileTitleIsEscapedEverywhereAndJavascriptUrlsAreNeverEmitted() throws Exception {
    for (String path :
        new String[] {"/", "/story/" + site.hostileStory, "/article/" + site.hostileArticle}) {
      String html = body(path);
      assertThat(html)
          .as(path)
          .contains("Тест &lt;/script&gt;&lt;script&gt;alert(")
          .doesNotContain("<script>alert");
      assertThat(html).as(path).doesNotContainIgnoringCase("javascript:");
    }
    String article = body("/article/" + site.hostileArticle);
    assertThat(article).contains("Лід з &lt;b&gt;тегами&lt;/b&gt;.");
    Matcher ld =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(article);
    assertThat(ld.find()).isTrue();
    assertThat(ld.group(1)).doesNotContain("<").doesNotContain(">");
    assertThat(new ObjectMapper().readTree(ld.group(1)).path("headline").asText())
        .isEqualTo(SiteFixture.HOSTILE_TITLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/story/abc",
        "/story/99999",
        "/article/-1",
        "/article/99999999999999999999",
        "/entity/nobody",
        "/outlet/nobody",
        "/no/such/page"
      })
  void missingThingsAre404PagesWithoutInternals(String path) {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body())
        .contains("Сторінку не знайдено")
        .doesNotContain("Exception")
        .doesNotContain("at ua.");
  }

  @Test
  void searchPageShowsItsFormAndEmptyStates() {
    assertThat(body("/search"))
        .contains("<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">")
        .contains("Введіть слово чи фразу");
    assertThat(body("/search?q=%3Cscript%3Ealert(1)%3C/script%3E&section=bogus"))
        .contains("value=\"&lt;script>alert(1)&lt;/script>\"")
        .doesNotContain("<script>alert")
        .contains("Пошук тимчасово недоступний")
        .contains("<meta name=\"robots\" content=\"noindex, follow\">");
    assertThat(site.get("/search?q=" + "й".repeat(600)).statusCode()).isEqualTo(200);
  }

  @Test
  void entityOutletRatesAndAboutPagesShowTheirData() {
    assertThat(body("/entity/nato"))
        .contains("<h1 class=\"page-title\">НАТО</h1>")
        .contains("Організація")
        .contains("НАТО і Японія");
    assertThat(body("/outlet/kyivskyi-visnyk"))
        .contains("Київський вісник")
        .contains("Рютте в Токіо")
        .contains("Стан збирання за добу");
    assertThat(body("/rates"))
        .contains("Долар США")
        .contains("41,3045")
        .contains("+0,2045")
        .contains("<polyline points=");
    assertThat(body("/about")).contains("3 видань");
  }

  @Test
  void sitemapAndRobotsPointCrawlersAtThePages() throws Exception {
    HttpResponse<String> r = site.get("/sitemap.xml");
    assertThat(r.statusCode()).isEqualTo(200);
    Document doc =
        DocumentBuilderFactory.newDefaultNSInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    assertThat(r.body())
        .contains("<loc>" + site.server.url() + "/story/" + site.natoStory + "</loc>")
        .contains("<loc>" + site.server.url() + "/article/" + site.fullTextArticle + "</loc>");
    assertThat(body("/robots.txt"))
        .contains("Sitemap: " + site.server.url() + "/sitemap.xml")
        .contains("Disallow: /api/v1/admin/");
  }

  @Test
  void healthAndMetricsAnswer() {
    site.get("/");
    assertThat(body("/health")).contains("\"status\":\"ok\"").contains("\"articles\":5");
    assertThat(body("/metrics"))
        .contains("http_server_requests_seconds_count{")
        .contains("route=\"/\"")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void staticAssetsAreServedFromTheJarAndCached() {
    HttpResponse<String> css = site.get("/static/site.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains("prefers-color-scheme: dark").contains(":focus-visible");
    assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=86400");
  }

  static JsonNode jsonLd(String html) throws Exception {
    Matcher m =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("JSON-LD present").isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }
}
