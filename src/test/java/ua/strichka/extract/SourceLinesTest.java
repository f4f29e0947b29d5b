package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «Джерело: …» lines: the text's own sourcing stays in the body; only the line that ends the text
 * and names an outlet or a domain is the page's credit.
 */
class SourceLinesTest {
  static final String MORE =
      "<p>Третій абзац розповідає, що було далі: рятувальники працювали до ранку, а міська влада"
          + " пообіцяла допомогу всім, хто втратив житло, і відкрила пункт обігріву.</p>";

  static Article page(String textHtml, String after) {
    return MetadataTest.article(
        "<title>Новина</title>",
        "<div class=\"news-text\">" + textHtml + "</div>" + after,
        "https://agg.example/article/1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      nullValues = "-",
      value = {
        // line | outlet of the credit | section
        "Джерело: Reuters | Reuters | -",
        "Джерело: ua-independent.com (Політика) | ua-independent.com | Політика",
        "Источник: Страна новостей | Страна новостей | -",
        "Source: The Kyiv Herald (World) | The Kyiv Herald | World",
        "Джерело: «Суспільне Одеса» | «Суспільне Одеса» | -",
        "Джерело: дані Міністерства охорони здоров'я | - | -",
        "Джерело: за словами очевидців, вибух пролунав о п'ятій ранку. | - | -",
        "Джерело: Reuters, AFP | - | -",
        // hyphenation plugins set soft hyphens in every long word, the source word too
        "Дже&shy;ре&shy;ло: Reuters | Reuters | -",
      })
  void aSourceLineEndingTheTextIsTheCreditOnlyWhenItNamesAnOutlet(
      String line, String outlet, String section) {
    Article a = page(MetadataTest.TEXT + MORE + "<p>" + line + "</p>", "");
    if (outlet == null) {
      assertThat(a.credit()).isNull();
      assertThat(a.articleBody()).endsWith(line);
    } else {
      assertThat(a.credit()).isEqualTo(new SourceCredit(outlet, section, null));
      assertThat(a.articleBody()).doesNotContain(outlet).endsWith("пункт обігріву.");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Джерело: Reuters",
        "Джерело: ua-independent.com (Політика)",
        "Источник: Страна новостей",
      })
  void aSourceLineInsideTheTextStaysText(String line) {
    Article a = page(MetadataTest.TEXT + "<p>" + line + "</p>" + MORE, "");
    assertThat(a.credit()).isNull();
    assertThat(a.articleBody().split("\n\n")).contains(line).hasSize(4);
  }

  @Test
  void aLinkedNameInLowerCaseIsAnOutletAndTheLinkIsKept() {
    Article a =
        page(
            MetadataTest.TEXT
                + MORE
                + "<p>Джерело: <a href=\"https://hromadske.example/news/1\">hromadske</a></p>",
            "");
    assertThat(a.credit())
        .isEqualTo(new SourceCredit("hromadske", null, "https://hromadske.example/news/1"));
  }

  @Test
  void theAttributionAfterTheTextContainerIsTheCreditAndAMidTextLineStaysText() {
    Article a =
        page(
            MetadataTest.TEXT + "<p>Джерело: Reuters</p>" + MORE,
            "<div class=\"source\">Джерело: <a href=\"https://ua-independent.example/p/1\">"
                + "ua-independent.com</a> (Політика)</div>");
    assertThat(a.articleBody()).contains("Джерело: Reuters").doesNotContain("ua-independent");
    assertThat(a.credit())
        .isEqualTo(
            new SourceCredit(
                "ua-independent.com", "Політика", "https://ua-independent.example/p/1"));
  }

  /** Hyphenation plugins set soft hyphens in every long word of a page, the source word too. */
  @Test
  void aSoftHyphenatedAttributionAfterTheTextIsTheCredit() {
    Article a =
        page(
            MetadataTest.TEXT + MORE,
            "<div class=\"source\">Дже&shy;ре&shy;ло: <a href=\"https://ua-independent.example/p/1\">"
                + "ua-independent.com</a> (Полі&shy;тика)</div>");
    assertThat(a.articleBody()).doesNotContain("ua-independent");
    assertThat(a.credit())
        .isEqualTo(
            new SourceCredit(
                "ua-independent.com", "Політика", "https://ua-independent.example/p/1"));
  }

  /**
   * The page walk notes only text nodes that start with a source word (after what a block's text
   * does not show), since only a block whose text starts with one is a source line.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Джерело: Reuters | true",
        "'  \\n\\t ДЖЕРЕЛО' | true",
        "\\u00a0\\u200bsource: BBC | true",
        "\\u0001\\u0007Джерело: УНІАН | true",
        "Першоджерело: УНІАН | true",
        "Дже\\u00adре\\u00adло: Reuters | true",
        "\\u00adДже\\u00adрело: Reuters | true",
        "оригінал статті | true",
        "Фото: AP. Джерело: Reuters | false",
        "Open source news | false",
        "«Джерело»: роман | false",
        "Джер | false",
      })
  void onlyTextStartingWithASourceWordMayBeACredit(String text, boolean may) {
    String t = unescape(text);
    assertThat(Credits.mayBeCredit(t.toCharArray(), t.length())).isEqualTo(may);
  }

  /**
   * {@code \n}, {@code \t} and {@code \}{@code uXXXX} escapes, which CSV sources keep as written.
   */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  @Test
  void anAttributionAfterWhitespaceInItsTextIsTheCredit() {
    Article a =
        page(
            MetadataTest.TEXT + MORE,
            "<div class=\"source\">\n  Джерело: <a href=\"https://ua-independent.example/p/1\">"
                + "ua-independent.com</a></div>");
    assertThat(a.credit())
        .isEqualTo(
            new SourceCredit("ua-independent.com", null, "https://ua-independent.example/p/1"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ua-independent.com | false | true",
        "https://www.pravda.com.ua/ | false | true",
        "Укрінформ | false | true",
        "BBC News Україна | false | true",
        "«Суспільне» | false | true",
        "24 Канал | false | true",
        "hromadske | true | true",
        "hromadske | false | false",
        "дані МОЗ | false | false",
        "Reuters, AFP | false | false",
        "Міністерство охорони здоров'я повідомило. | false | false",
        "Офіс генерального прокурора та Національна поліція України | false | false",
      })
  void outletNames(String name, boolean linked, boolean outlet) {
    assertThat(Credits.namesOutlet(name, linked)).isEqualTo(outlet);
  }
}
