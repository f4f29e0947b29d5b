package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Marks} read in one pass what jsoup's {@code attr()} and {@code hasAttr()} give one by one,
 * on parsed elements (the HTML parser lower-cases names), so the rules that read marks answer as
 * they did.
 */
class MarksTest {
  private static final List<String> VALUES =
      List.of(
          "class",
          "id",
          "role",
          "itemprop",
          "itemtype",
          "style",
          "rel",
          "type",
          "aria-label",
          "aria-hidden");

  private static final List<String> PRESENT =
      List.of("hidden", "itemprop", "href", "content", "datetime", "size");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<div class='a b' id=x role=main itemprop=articleBody>",
        "<DIV CLASS='Upper' ID=Y ROLE=Navigation ARIA-HIDDEN=TRUE>",
        "<span hidden aria-label='Breadcrumb' style='display: none'>",
        "<a href='/x' rel='author next'>",
        "<meta content='x' itemprop>",
        "<script type='application/ld+json'>",
        "<time datetime='2025-04-09'>",
        "<font size=3 data-x=1 onclick=y>",
        "<div itemtype='https://schema.org/BreadcrumbList' class=''>",
        "<p>",
      })
  void holdWhatJsoupGivesAttributeByAttribute(String tag) {
    Element e = Jsoup.parse("<body>" + tag + "text").body().child(0);
    Marks m = Marks.of(e);
    for (String name : VALUES) {
      assertThat(Marks.reader(name).apply(m)).as(name).isEqualTo(e.attr(name));
    }
    List<Boolean> present =
        List.of(m.hidden(), m.hasItemprop(), m.href(), m.content(), m.datetime(), m.size());
    for (int i = 0; i < PRESENT.size(); i++) {
      assertThat(present.get(i)).as(PRESENT.get(i)).isEqualTo(e.hasAttr(PRESENT.get(i)));
    }
  }

  @Test
  void anElementWithoutAttributesSharesTheEmptyMarks() {
    assertThat(Marks.of(Jsoup.parse("<p>text").selectFirst("p"))).isSameAs(Marks.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<img src='/a.jpg' alt='Фото' width=300>",
        "<div class='' id='' data-id=7 lang=uk>",
        "<p align=left dir=ltr>",
      })
  void anElementWithOnlyAttributesNoRuleReadsSharesTheEmptyMarks(String tag) {
    Element e = Jsoup.parse("<body>" + tag + "text").body().child(0);
    assertThat(e.attributesSize()).isPositive();
    assertThat(Marks.of(e)).isSameAs(Marks.NONE);
  }

  @Test
  void anAttributeMarksDoNotHoldIsAMistakeFoundAtOnce() {
    assertThatThrownBy(() -> AttributeWords.anywhere("data-x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data-x");
  }

  @Test
  void rulesReadingMarksAnswerAsOnTheElement() {
    Element e =
        Jsoup.parse("<body><div class='share-buttons' aria-hidden=' true '>x").body().child(0);
    assertThat(MainText.neverText(e, Marks.of(e))).isTrue();
    assertThat(Hints.weight(Marks.of(e), e.normalName())).isEqualTo(-25);
  }
}
