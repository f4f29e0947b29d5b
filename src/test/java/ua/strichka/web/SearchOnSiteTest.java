package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.bench.CorpusSeed;
import ua.strichka.config.Config;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.Store;

/**
 * The JSON API and the search feeds answered by a real Lucene index over the sample corpus (the
 * other web tests run without an index and see only the «unavailable» answers).
 */
class SearchOnSiteTest {
  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = Store.open("jdbc:sqlite:" + dir.resolve("search.db"), "", "", 4);
    CorpusSeed.seed(store, Instant.now());
    index =
        SearchIndex.rebuild(
            dir.resolve("index"),
            store,
            SearchSettings.from(Config.defaults()),
            IndexProgress.NONE);
    server =
        WebServer.start(
            store,
            new WebServer.Settings(
                "127.0.0.1", 0, "", "", List.of("USD"), Clock.systemUTC(), Duration.ZERO),
            index);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (index != null) index.close();
    if (store != null) store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theApiFindsAnInflectedFormAndMarksTheBaseForm() throws Exception {
    HttpResponse<String> r = get("/api/v1/search?q=" + q("України"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("available").asBoolean()).isTrue();
    assertThat(body.path("total").asLong()).isGreaterThan(20);
    assertThat(body.path("next").asText()).contains("page=2");
    List<String> snippets = new ArrayList<>();
    body.path("items").forEach(h -> snippets.add(h.path("snippet").asText()));
    assertThat(snippets).anySatisfy(s -> assertThat(s).contains("<mark>Україна</mark>"));
    assertThat(body.path("sections")).isNotEmpty();
  }

  @Test
  void countsEstimatedFromASampleAreMarkedApproximateOnThePageAndInTheApi() throws Exception {
    JsonNode exact = JSON.readTree(get("/api/v1/search?q=" + q("України")).body());
    assertThat(exact.path("approximate").asBoolean()).isFalse();
    org.jsoup.nodes.Document exactPage =
        org.jsoup.Jsoup.parse(get("/search?q=" + q("України")).body());
    assertThat(exactPage.select(".found").text()).doesNotContain("≈");
    // the same index, read by a server whose searches count only a few matches, then estimate
    SearchSettings sampling = SearchSettings.from(Config.defaults()).sample(3);
    try (SearchIndex sampled = SearchIndex.openReadOnly(dir.resolve("index"), sampling);
        WebServer other =
            WebServer.start(
                store,
                new WebServer.Settings(
                    "127.0.0.1", 0, "", "", List.of("USD"), Clock.systemUTC(), Duration.ZERO),
                sampled)) {
      String api = other.url() + "/api/v1/search?q=" + q("України");
      JsonNode body =
          JSON.readTree(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(api)).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertThat(body.path("approximate").asBoolean()).isTrue();
      assertThat(body.path("total").asLong()).isPositive();
      String html =
          HTTP.send(
                  HttpRequest.newBuilder(URI.create(other.url() + "/search?q=" + q("України")))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
      assertThat(page.select(".found").text()).startsWith("≈ ");
      assertThat(page.select(".facets .count").eachText())
          .allSatisfy(c -> assertThat(c).startsWith("≈"));
    }
  }

  @Test
  void theSearchPageMarksMatchesInTitlesAndKeepsThemEscaped() throws Exception {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/search?q=" + q("Одесі")).body());
    var titles = page.select(".result-title");
    assertThat(titles).isNotEmpty();
    assertThat(titles.select("mark").eachText())
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.toLowerCase()).startsWith("одес"));
    // only <a> and <mark> inside a title: the marks are ours, the text is escaped
    titles.forEach(
        t -> t.select("*").forEach(e -> assertThat(e.tagName()).isIn("h2", "a", "mark")));
  }

  @Test
  void theSearchPageShowsEachStoryOnceAndTheApiEveryArticle() throws Exception {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/search?q=" + q("Україна")).body());
    List<String> stories = page.select(".result .meta a[href^=/story/]").eachAttr("href");
    assertThat(stories).hasSizeGreaterThan(5).doesNotHaveDuplicates();
    // a story with more matching reports says how many more
    assertThat(page.select(".result .meta a[href^=/story/]").eachText())
        .anySatisfy(t -> assertThat(t).matches("і ще \\d+ публікаці\\S* у сюжеті"));
    JsonNode api = JSON.readTree(get("/api/v1/search?q=" + q("Україна") + "&per_page=50").body());
    List<String> apiStories = new ArrayList<>();
    api.path("items").forEach(h -> apiStories.add(h.path("story_id").asText()));
    assertThat(apiStories).hasSizeGreaterThan(stories.size());
  }

  @Test
  void aSectionFilterKeepsOnlyThatSection() throws Exception {
    JsonNode body =
        JSON.readTree(get("/api/v1/search?q=" + q("України") + "&section=sport").body());
    assertThat(body.path("items")).isNotEmpty();
    body.path("items").forEach(h -> assertThat(h.path("section").asText()).isEqualTo("sport"));
  }

  @Test
  void theSearchFeedListsTheHitsAndRoundTripsThroughRome() throws Exception {
    HttpResponse<String> r = get("/search/rss.xml?q=" + q("Києві"));
    assertThat(r.statusCode()).isEqualTo(200);
    SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
    assertThat(feed.getEntries()).isNotEmpty();
    assertThat(feed.getEntries())
        .allSatisfy(e -> assertThat(e.getLink()).startsWith(server.url() + "/article/"));
  }

  @Test
  void malformedQueriesGetAPageNotAnError() throws Exception {
    for (String bad : List.of("\"Україна", "*", "Київ\u0000\u0007", "слово ".repeat(150))) {
      assertThat(get("/search?q=" + q(bad)).statusCode()).as(bad).isEqualTo(200);
      assertThat(get("/api/v1/search?q=" + q(bad)).statusCode()).as(bad).isEqualTo(200);
    }
  }
}
