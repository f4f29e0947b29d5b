package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AttributeWords} answers as the selectors and {@link Element#hasClass} it replaces do, on
 * the same element asked twice (the second answer comes from its memory of values).
 */
class AttributeWordsTest {
  static final AttributeWords ANYWHERE = AttributeWords.anywhere("class", "date", "time");
  static final Evaluator ANYWHERE_SELECTOR = QueryParser.parse("[class~=(?i)(date|time)]");

  static final AttributeWords DELIMITED =
      AttributeWords.delimited("class", "author", "authors", "byline");
  static final Evaluator DELIMITED_SELECTOR =
      QueryParser.parse("[class~=(?i)(^|[-_ ])(author|authors|byline)([-_ ]|$)]");

  static final AttributeWords CLASSES = AttributeWords.classes("sr-only", "visually-hidden");

  @ParameterizedTest(name = "class=\"{0}\"")
  @ValueSource(
      strings = {
        "post-date",
        "DATE",
        "Timeline",
        "update",
        "meta",
        "author",
        "Authors-list",
        "x author_box",
        "coauthor",
        "author-",
        "byline\n",
        "bylines",
        "sr-only",
        "x SR-Only y",
        "sr-only-focusable",
        "visually-hidden\t",
        "not-visually-hidden",
        "дата автор",
        "dat",
        "tim",
        "xDaTe",
        "sr-onl",
        "SR-ONLY",
        "Byline-AUTHOR",
        "",
        " ",
      })
  void answersAsTheSelectorItReplaces(String value) {
    Document doc = Jsoup.parse("<div></div>");
    Element e = doc.selectFirst("div");
    e.attr("class", value);
    for (int asked = 0; asked < 2; asked++) {
      assertThat(ANYWHERE.in(e)).as("anywhere").isEqualTo(ANYWHERE_SELECTOR.matches(doc, e));
      assertThat(DELIMITED.in(e)).as("delimited").isEqualTo(DELIMITED_SELECTOR.matches(doc, e));
      assertThat(CLASSES.in(e))
          .as("classes")
          .isEqualTo(e.hasClass("sr-only") || e.hasClass("visually-hidden"));
    }
  }

  @ParameterizedTest(name = "id=\"{0}\"")
  @ValueSource(strings = {"date", "x", "PubDate"})
  void readsOnlyItsOwnAttribute(String value) {
    Element e = Jsoup.parse("<div></div>").selectFirst("div");
    e.attr("id", value);
    assertThat(ANYWHERE.in(e)).isFalse();
  }
}
