package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.strichka.bench.ShingleScore;

/**
 * The fixture pages (src/test/resources/extract/pages, one per kind of site, see make_pages.py):
 * body F1 ≥ 0.9 on the shingle metric, exact title and date, expected authors.
 */
class FixturePagesTest {
  static final Path PAGES = Path.of("src/test/resources/extract/pages");

  /** The moment relative dates in the fixtures («2 години тому») count from. */
  static final ZonedDateTime NOW = ZonedDateTime.parse("2025-04-09T16:00:00+03:00[Europe/Kyiv]");

  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> pages() throws IOException {
    try (Stream<Path> s = Files.list(PAGES)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Article extract(String name, JsonNode truth) throws IOException {
    byte[] bytes = Files.readAllBytes(PAGES.resolve(name + ".html"));
    Extraction x =
        new Extractor().extract(bytes, null, truth.get("url").asText(), FeedHints.NONE, NOW);
    assertThat(x).as(name).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) x).article();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsBodyTitleDateAndAuthors(String name) throws IOException {
    JsonNode truth = JSON.readTree(PAGES.resolve(name + ".json").toFile());
    Article a = extract(name, truth);
    ShingleScore score = ShingleScore.of(truth.get("articleBody").asText(), a.articleBody());
    assertThat(score.f1())
        .as("%s body F1 (%s)%n--- got:%n%s", name, score, a.articleBody())
        .isGreaterThanOrEqualTo(0.9);
    assertThat(a.title()).as(name + " title").isEqualTo(truth.get("title").asText());
    // The same instant; the offset stays the one the page wrote (UTC in many JSON-LD blocks).
    assertThat(a.datePublished()).as(name + " date").isNotNull();
    assertThat(a.datePublished().toInstant())
        .as(name + " date")
        .isEqualTo(OffsetDateTime.parse(truth.get("datePublished").asText()).toInstant());
    List<String> authors = new ArrayList<>();
    truth.get("authors").forEach(n -> authors.add(n.asText()));
    assertThat(a.authors()).as(name + " authors").containsExactlyElementsOf(authors);
  }

  @Test
  void thereAreAtLeast25Pages() throws IOException {
    assertThat(pages().count()).isGreaterThanOrEqualTo(25);
  }
}
