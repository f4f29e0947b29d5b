package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.strichka.fetch.PageCharset;

/**
 * The strip pass measures the stripped copy as it builds it; the main-text finder reads those
 * measures instead of measuring the copy again, so they must be the measures a walk of the copy
 * gives, element by element, on every fixture page.
 */
class StripMeasuresTest {
  static Stream<String> pages() throws IOException {
    return FixturePagesTest.pages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theCopysMeasuresTakenWhileCopyingAreThoseOfAWalkOfTheCopy(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(FixturePagesTest.PAGES.resolve(name + ".html"));
    Document doc = Parser.parse(PageCharset.decode(bytes, null).text(), "https://example.com/");
    PageIndex index = PageIndex.of(doc, Extractor.MAX_DEPTH);
    MainText.Content content = MainText.strip(doc, index.bodyText);
    Element body = content.doc().body();
    TextStats walked = new TextStats(body);
    List<Element> elements = body.getAllElements();
    assertThat(elements).hasSizeGreaterThan(3);
    for (Element e : elements) {
      assertThat(fields(content.stats().of(e)))
          .as("%s", e.cssSelector())
          .isEqualTo(fields(walked.of(e)));
    }
    assertThat(MainText.find(content)).isEqualTo(MainText.find(content.doc()));
  }

  private static List<Object> fields(TextStats.Of of) {
    return List.of(
        of.text,
        of.links,
        of.commas,
        of.direct,
        of.directLinks,
        of.directCommas,
        of.paragraphs,
        of.images,
        of.articleBody,
        of.paragraphBreaks);
  }
}
