package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
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

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  @Test
  void storiesArePagedWithALinkToTheNextPage() throws Exception {
    JsonNode first = json("/api/v1/stories?per_page=2");
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("items")).hasSize(2);
    assertThat(first.path("items").get(0).path("title").asText())
        .isEqualTo("НАТО і Японія: Рютте подякував за підтримку України");
    assertThat(first.path("items").get(0).path("outlet_count").asInt()).isEqualTo(3);
    assertThat(first.path("next").asText()).isEqualTo("/api/v1/stories?per_page=2&page=2");
    JsonNode second = json(first.path("next").asText());
    assertThat(second.path("items")).hasSize(1);
    assertThat(second.has("next")).isFalse();
    assertThat(json("/api/v1/stories?section=war").path("items")).hasSize(1);
  }

  @Test
  void oneStoryHasItsArticlesInTimeOrderRepostsMarkedAndEntities() throws Exception {
    JsonNode s = json("/api/v1/stories/" + site.natoStory);
    assertThat(s.path("story").path("first_outlet").asText()).isEqualTo("ua-independent");
    assertThat(s.path("articles")).hasSize(3);
    assertThat(s.path("articles").get(0).path("id").asLong()).isEqualTo(site.fullTextArticle);
    assertThat(s.path("articles").get(2).path("repost_of").asLong())
        .isEqualTo(site.fullTextArticle);
    assertThat(s.path("entities").get(0).path("name").asText()).isEqualTo("НАТО");
  }

  @Test
  void articleTextOnlyWhereTheOutletAllowsIt() throws Exception {
    assertThat(json("/api/v1/articles/" + site.fullTextArticle).path("text").asText())
        .startsWith("Про це керівник НАТО");
    JsonNode leadOnly = json("/api/v1/articles/" + site.leadOnlyArticle);
    assertThat(leadOnly.has("text")).isFalse();
    assertThat(leadOnly.path("story").asLong()).isEqualTo(site.natoStory);
    assertThat(json("/api/v1/articles/" + site.hostileArticle).has("source_url"))
        .as("javascript: URL left out")
        .isFalse();
  }

  @Test
  void entitiesOutletsRatesAndSearch() throws Exception {
    JsonNode nato = json("/api/v1/entities/nato");
    assertThat(nato.path("entity").path("type").asText()).isEqualTo("ORG");
    assertThat(nato.path("stories").get(0).path("id").asLong()).isEqualTo(site.natoStory);
    assertThat(json("/api/v1/outlets").path("items"))
        .extracting(JsonNode::toString)
        .anyMatch(s -> s.contains("\"slug\":\"zbirka\""));
    JsonNode rates = json("/api/v1/rates");
    assertThat(rates.path("items").get(0).path("code").asText()).isEqualTo("USD");
    assertThat(rates.path("items").get(0).path("rate").asDouble()).isEqualTo(41.3045);
    JsonNode search = json("/api/v1/search?q=Рютте");
    assertThat(search.path("available").asBoolean()).isFalse();
    assertThat(search.path("query").asText()).isEqualTo("Рютте");
  }

  @Test
  void etagsAnswer304WhenNothingChanged() {
    HttpResponse<String> r = site.get("/api/v1/stories");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    HttpResponse<String> again = site.get("/api/v1/stories", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(site.get("/api/v1/stories", "If-None-Match", "\"other\"").statusCode())
        .isEqualTo(200);
    HttpResponse<String> page = site.get("/");
    assertThat(
            site.get("/", "If-None-Match", page.headers().firstValue("ETag").orElseThrow())
                .statusCode())
        .isEqualTo(304);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/stories?per_page=0 | 400 | per_page: expected a whole number from 1 to 100",
        "/api/v1/stories?per_page=1000 | 400 | per_page: expected a whole number from 1 to 100",
        "/api/v1/stories?page=abc | 400 | page: expected a whole number from 1 to 10000",
        "/api/v1/stories?section=bogus | 400 | section: unknown section 'bogus'",
        "/api/v1/search | 400 | q: expected the text to search for",
        "/api/v1/stories/999 | 404 | not found",
        "/api/v1/stories/x | 404 | not found",
        "/api/v1/entities/nobody | 404 | not found",
        "/api/v1/nothing | 404 | not found",
      })
  void badRequestsGetAJsonErrorNamingTheProblem(String path, int status, String message)
      throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo(message);
  }

  @Test
  void openApiDocumentIsServed() throws Exception {
    assertThat(json("/api/openapi.json").path("openapi").asText()).isEqualTo("3.1.0");
  }
}
