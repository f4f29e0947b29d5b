package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
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

  /**
   * What goes lies nested every way: a sidebar holding a menu and a share block, a comments block
   * after it, and an article wrapper whose name says "sidebar" (it holds most of the page's text,
   * so it stays) with a menu and an ad inside it. The copy leaves out each of those and only those.
   */
  @Test
  void theCopyLeavesOutWhatGoesHoweverItIsNested() {
    String text =
        "<p>Людина з пультом не встигає, а сигнал глушить ворожа РЕБ, розповів керівник мережі.</p>"
            + "<p>Міллс підвівся на рахунок «сім» і дотягнув до гонгу, але потім оборонявся.</p>"
            + "<p>Як повідомив міський голова, директора підприємства відсторонено від посади.</p>";
    Document doc =
        Parser.parse(
            "<body><div class=sidebar id=s1><nav id=n1><a href=/a>Меню</a></nav>"
                + "<div class=share id=sh1><a href=/f>Поділитися</a></div><p id=p1>Реклама тут</p></div>"
                + "<div class=comments id=c1><p>Коментар</p></div>"
                + "<div class=sidebar-layout id=wrap><nav id=n2><a href=/b>Ще меню</a></nav>"
                + "<div class=advert id=ad1><a href=/x>Купуйте</a></div><article id=text>"
                + text
                + "</article><script id=js>var x = 1;</script></div><footer id=f1>©</footer>",
            "https://example.com/");
    PageIndex index = PageIndex.of(doc, Extractor.MAX_DEPTH);
    Document copy = MainText.strip(doc, index.bodyText).doc();
    for (String gone : List.of("s1", "n1", "sh1", "p1", "c1", "n2", "ad1", "js", "f1")) {
      assertThat(doc.getElementById(gone)).as(gone).isNotNull();
      assertThat(copy.getElementById(gone)).as(gone).isNull();
    }
    assertThat(copy.getElementById("wrap")).isNotNull();
    assertThat(copy.getElementById("text").html()).isEqualTo(doc.getElementById("text").html());
    assertThat(copy.body().getAllElements()).hasSize(6); // body, wrap, article, three paragraphs
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
