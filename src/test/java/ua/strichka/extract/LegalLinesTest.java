package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A site's legal line is never the article, even where it is the page's one block of prose without
 * links (a deals post whose text is mostly product links), and sentences about copyright are text.
 */
class LegalLinesTest {
  @ParameterizedTest(name = "{0} → legal line {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "© 2024 ТОВ «Новини міста». Усі права захищені. | true",
        "©2016 Mental Floss, Inc. All rights reserved. Mental Floss® is a registered trademark. | true",
        "Copyright © 2023 Daily Courier | true",
        "Copyright 2019 The Herald. | true",
        "(c) 2021 Київські вісті | true",
        "Всі права захищені © 2008–2024. Використання матеріалів — з посиланням на сайт. | true",
        "Всі права захищені. Використання матеріалів дозволено лише з посиланням на сайт. | false",
        "The studio said all rights reserved by the author would return to her estate. | false",
        "Все права защищены. © 2008–2024 | true",
        "Все права защищены. 2008–2024 | false",
        "Wszelkie prawa zastrzeżone © Gazeta Lokalna | true",
        "Copyright holders will be paid for every song streamed in Ukraine, the ministry said. | false",
        "Закон про авторське право © захищає тексти журналістів, кажуть юристи. | false",
        "Суд визнав, що компанія порушила авторські права фотографа. | false",
      })
  void legalLines(String line, boolean legal) {
    assertThat(LegalLines.is(line)).isEqualTo(legal);
  }

  @ParameterizedTest(name = "{0} → marked {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "©2016 Example | true",
        "Фото © Reuters | true",
        "(C) 2020 Example | true",
        "text (see note) (c) 2020 | true",
        "COPYRIGHT NOTICE | true",
        "the copyright holders | true",
        "copy right | false",
        "(c | false",
        "Copyrigh | false",
        "Усі права захищені | false",
      })
  void theMarkOfALegalLine(String text, boolean marked) {
    assertThat(LegalLines.marked(text)).isEqualTo(marked);
  }

  @Test
  void aLongTextThatDeclaresRightsIsNoLegalLine() {
    String text = "Рятувальники працювали до ранку, а влада відкрила пункт обігріву. ".repeat(8);
    assertThat(LegalLines.is(text + "Усі права захищені.")).isFalse();
  }

  /**
   * A block of links under a line too short to score, and the legal line in a plain {@code div}
   * beside it: the legal line outscored the links, or joined them as a sibling block, and was the
   * whole text. It is neither the chosen block nor one of its siblings, nor a line of the text.
   */
  @ParameterizedTest(name = "intro: {0}")
  @CsvSource({"''", "Here is what caught our eye today, December 19."})
  void theLegalLineIsNeverTheChosenText(String intro) {
    StringBuilder links = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      links
          .append("<p><a href='https://shop.example/")
          .append(i)
          .append("'>Wireless headphones model ")
          .append(i)
          .append(" with charging case for $2")
          .append(i)
          .append(".99</a></p>");
    }
    String page =
        "<html><head><title>Deals</title></head><body><div class=wrap><div class=body>"
            + (intro.isEmpty() ? "" : "<p>" + intro + "</p>")
            + links
            + "</div></div><div class=legal>©2016 Example Media, Inc. All rights reserved."
            + " Example® is a registered trademark, owned by Example Media, Inc.</div>"
            + "</body></html>";
    List<Element> roots = MainText.find(Jsoup.parse(page));
    assertThat(roots).noneMatch(r -> LegalLines.is(r.text()));
    Extraction got = new Extractor().extract(page, "https://news.example.com/deals/1");
    if (got instanceof Extraction.Found f) {
      assertThat(f.article().articleBody()).doesNotContain("All rights reserved");
    }
  }

  /**
   * A deals post: two paragraphs of prose, then the products, each a paragraph that is one link;
   * the site's legal line in a plain {@code div} after the menus. The legal line is the page's one
   * block of prose without links, and was taken for the article.
   */
  @Test
  void aDealsPostIsNotItsFootersLegalLine() {
    StringBuilder products = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      products
          .append("<p><a href='https://shop.example/item/")
          .append(i)
          .append("'>Wireless headphones model ")
          .append(i)
          .append(" with charging case, black, for $")
          .append(20 + i)
          .append(".99 (list price $")
          .append(60 + i)
          .append(".99)</a></p>");
      if (i % 4 == 0) products.append("<h4>More gadgets</h4>");
    }
    String page =
        "<html><head><title>Today's best deals</title></head><body><div id=page>"
            + "<ul class=menu><li><a href='/a'>News</a><li><a href='/b'>Shopping</a></ul>"
            + "<div class=node><h1>Today's best deals</h1><div class=field-body>"
            + "<p>As a recurring feature, our team combs the web and shares some deals we have"
            + " turned up, from headphones to chargers. Here is what caught our eye today.</p>"
            + "<p><em>We have affiliate relationships with certain retailers, and may receive a"
            + " small share of any sale. Good luck deal hunting!</em></p>"
            + products
            + "</div></div><div class=links><a href='/about'>About</a> <a href='/jobs'>Jobs</a>"
            + "</div><div id=rights><div class=rights>©2016 Example Media, Inc. All rights"
            + " reserved. Example® is a registered trademark owned by Example Media.</div></div>"
            + "</div></body></html>";
    Extraction got = new Extractor().extract(page, "https://news.example.com/deals/1");
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith("As a recurring feature").doesNotContain("All rights reserved");
    // The products are the text's own list (OffSiteLists).
    assertThat(body).contains("Wireless headphones model 1 ", "Wireless headphones model 12 ");
  }
}
