package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document and the routes the site registers describe the same API. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void everyApiRouteIsDescribedAndEveryDescribedRouteExists() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(OpenApi.DOCUMENT);
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    Set<String> documented = new HashSet<>();
    doc.path("paths")
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .properties()
                    .forEach(
                        m ->
                            documented.add(
                                m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
    Set<String> registered = new HashSet<>();
    try (SiteFixture site = new SiteFixture(dir)) {
      site.server
          .site()
          .apiRoutes()
          .forEach(r -> registered.add(r.method().name() + " " + r.path()));
    }
    assertThat(registered).hasSize(12);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void everyReferenceResolves() throws Exception {
    String text = new String(OpenApi.DOCUMENT, java.nio.charset.StandardCharsets.UTF_8);
    JsonNode doc = new ObjectMapper().readTree(text);
    var m = java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/([^\"]+)\"").matcher(text);
    int refs = 0;
    while (m.find()) {
      refs++;
      assertThat(doc.at("/" + m.group(1)).isMissingNode()).as(m.group(1)).isFalse();
    }
    assertThat(refs).isGreaterThan(20);
  }
}
