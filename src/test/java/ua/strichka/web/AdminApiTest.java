package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static HttpResponse<String> call(
      SiteFixture site, String method, String path, String token, String body) {
    HttpRequest.Builder b =
        site.request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) b.header("Authorization", token);
    if (body != null) b.header("Content-Type", "application/json");
    return site.send(b.build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Bearer ",
        "Bearer wrong",
        "Basic czNjcmV0",
        "Bearer s3cret-admin-token-and-more"
      })
  void wrongOrMissingTokensAre401(String header) {
    try (SiteFixture site = new SiteFixture(dir)) {
      HttpResponse<String> r =
          call(site, "GET", "/api/v1/admin/outlets", header.isEmpty() ? null : header, null);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(
              call(
                      site,
                      "POST",
                      "/api/v1/admin/outlets/zbirka/pause",
                      header.isEmpty() ? null : header,
                      null)
                  .statusCode())
          .isEqualTo(401);
      assertThat(site.store.outlets().bySlug("zbirka").orElseThrow().paused()).isFalse();
    }
  }

  @Test
  void withoutAConfiguredTokenEveryAdminRouteIs401() {
    try (SiteFixture site = new SiteFixture(dir, "")) {
      for (String header : new String[] {null, "Bearer ", "Bearer anything"}) {
        assertThat(call(site, "GET", "/api/v1/admin/outlets", header, null).statusCode())
            .isEqualTo(401);
        assertThat(
                call(
                        site,
                        "POST",
                        "/api/v1/admin/outlets",
                        header,
                        "{\"slug\":\"x\",\"name\":\"X\",\"home_url\":\"https://x.ua/\"}")
                    .statusCode())
            .isEqualTo(401);
      }
      assertThat(site.store.outlets().bySlug("x")).isEmpty();
    }
  }

  @Test
  void theAdminAddsPausesResumesAndSetsRules() throws Exception {
    try (SiteFixture site = new SiteFixture(dir)) {
      String auth = "Bearer " + SiteFixture.TOKEN;
      HttpResponse<String> added =
          call(
              site,
              "POST",
              "/api/v1/admin/outlets",
              auth,
              "{\"slug\":\"novyny-sumy\",\"name\":\"Новини Сум\",\"home_url\":\"https://sumy.news/\",\"default_section\":\"society\",\"full_text_allowed\":true}");
      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(JSON.readTree(added.body()).path("name").asText()).isEqualTo("Новини Сум");
      assertThat(site.store.outlets().bySlug("novyny-sumy").orElseThrow().fullTextAllowed())
          .isTrue();

      assertThat(
              call(site, "POST", "/api/v1/admin/outlets/novyny-sumy/pause", auth, null)
                  .statusCode())
          .isEqualTo(200);
      assertThat(site.store.outlets().bySlug("novyny-sumy").orElseThrow().paused()).isTrue();
      assertThat(
              call(site, "POST", "/api/v1/admin/outlets/novyny-sumy/resume", auth, null)
                  .statusCode())
          .isEqualTo(200);
      assertThat(site.store.outlets().bySlug("novyny-sumy").orElseThrow().paused()).isFalse();

      HttpResponse<String> rules =
          call(
              site,
              "PUT",
              "/api/v1/admin/outlets/novyny-sumy/rules",
              auth,
              "{\"body\":\"article .text\",\"sections\":{\"polityka\":\"politics\"}}");
      assertThat(rules.statusCode()).isEqualTo(200);
      JsonNode stored =
          JSON.readTree(site.store.outlets().bySlug("novyny-sumy").orElseThrow().rules());
      assertThat(stored.path("sections").path("polityka").asText()).isEqualTo("politics");

      HttpResponse<String> typo =
          call(
              site,
              "PUT",
              "/api/v1/admin/outlets/novyny-sumy/rules",
              auth,
              "{\"body\":\"article .text[[\"}");
      assertThat(typo.statusCode()).isEqualTo(400);
      assertThat(typo.body()).contains("article .text[[").doesNotContain("Exception");
      assertThat(site.store.outlets().bySlug("novyny-sumy").orElseThrow().rules())
          .contains("polityka");

      JsonNode list = JSON.readTree(call(site, "GET", "/api/v1/admin/outlets", auth, null).body());
      assertThat(list.path("items").toString()).contains("novyny-sumy").contains("\"rules\"");
      assertThat(call(site, "POST", "/api/v1/admin/outlets/nobody/pause", auth, null).statusCode())
          .isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[1,2]",
        "{\"slug\":\"Bad Slug\",\"name\":\"X\",\"home_url\":\"https://x.ua/\"}",
        "{\"slug\":\"x\",\"name\":\"\",\"home_url\":\"https://x.ua/\"}",
        "{\"slug\":\"x\",\"name\":\"X\",\"home_url\":\"javascript:alert(1)\"}",
        "{\"slug\":\"x\",\"name\":\"X\",\"home_url\":\"https://x.ua/\",\"weight\":7}"
      })
  void badOutletsAreRefusedWithAClearMessage(String body) throws Exception {
    try (SiteFixture site = new SiteFixture(dir)) {
      HttpResponse<String> r =
          call(site, "POST", "/api/v1/admin/outlets", "Bearer " + SiteFixture.TOKEN, body);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).path("error").asText()).isNotBlank();
      assertThat(site.store.outlets().bySlug("x")).isEmpty();
    }
  }
}
