package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A numeric date is read by the page's locale: month first on an American English page ({@code
 * <html lang="en-US">}, {@code og:locale en_US}), day first on every other (uk, ru, en-GB, en) and
 * on a page tagged Ukrainian or titled in Cyrillic that copied {@code og:locale en_US}.
 */
class LocaleDatesTest {
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2025, 4, 9, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"));

  private static final String TEXT =
      "<p>Перший абзац статті, у якому є достатньо слів, ком, і речень, щоб екстрактор визнав"
          + " його текстом, а не меню сайту чи підписом до фото.</p><p>Другий абзац продовжує"
          + " розповідь, додає подробиці, цитати та цифри, а також пояснює контекст події для"
          + " читачів.</p>";

  @ParameterizedTest(name = "{0}, {1}: {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<html lang=uk> | | 12/10/16 | 2016-10-12",
        "<html lang=uk-UA> | | 12.10.2016 | 2016-10-12",
        "<html lang=ru> | | 12.10.16 | 2016-10-12",
        "<html lang=en-GB> | | 12/10/16 | 2016-10-12",
        "<html lang=en> | | 12/10/16 | 2016-10-12",
        "<html> | | 12/10/16 | 2016-10-12",
        "<html lang=en-US> | | 12/10/16 | 2016-12-10",
        "<html lang=EN-us> | | 12/10/2016 | 2016-12-10",
        "<html> | en_US | 12/10/16 | 2016-12-10",
        "<html lang=en-US> | en_GB | 12/10/16 | 2016-10-12",
        "<html lang=uk> | en_US | 12/10/16 | 2016-10-12",
        "<html><title>Новини Києва</title> | en_US | 09.04.2025 | 2025-04-09",
        "<html lang=en-US> | | 19/10/2016 | 2016-10-19",
        "<html lang=es-US> | | 12/10/16 | 2016-10-12",
      })
  void aNumericDateByThePagesLocale(String html, String ogLocale, String printed, String day) {
    String head = ogLocale == null ? "" : "<meta property=og:locale content=" + ogLocale + ">";
    String page =
        html
            + "<head>"
            + head
            + "</head><body><h1>News of the day</h1><p class=date>Published "
            + printed
            + "</p>"
            + TEXT
            + "</body></html>";
    Extraction x = new Extractor().extract(page, "https://x.example/news/a", FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    OffsetDateTime d = ((Extraction.Found) x).article().datePublished();
    assertThat(d).isNotNull();
    assertThat(d.toLocalDate()).hasToString(day);
  }

  @ParameterizedTest(name = "{0}, lang {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<meta name=date content='12/10/16'> | en-US | 2016-12-10",
        "<meta name=date content='12/10/16'> | uk | 2016-10-12",
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Новина дня\","
            + "\"datePublished\":\"12/10/2016\"}</script> | en-US | 2016-12-10",
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Новина дня\","
            + "\"datePublished\":\"12/10/2016\"}</script> | uk | 2016-10-12",
      })
  void metadataDatesByThePagesLocaleToo(String head, String lang, String day) {
    String page =
        "<html lang="
            + lang
            + "><head>"
            + head
            + "</head><body><h1>News of the day</h1>"
            + TEXT
            + "</body></html>";
    Extraction x = new Extractor().extract(page, "https://x.example/news/a", FeedHints.NONE, NOW);
    OffsetDateTime d = ((Extraction.Found) x).article().datePublished();
    assertThat(d).isNotNull();
    assertThat(d.toLocalDate()).hasToString(day);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "en-US, true",
    "en_US, true",
    "en-Latn-US, true",
    "' en-us ', true",
    "en, false",
    "en-GB, false",
    "en_CA, false",
    "uk-UA, false",
    "ru_RU, false",
    "es-US, false",
    "'', false",
  })
  void whichLocalesWriteTheMonthFirst(String tag, boolean monthFirst) {
    assertThat(UkrainianDates.monthFirst(tag)).isEqualTo(monthFirst);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/10/16 | false | 2016-10-12",
        "12/10/16 | true | 2016-12-10",
        "19/10/16 | true | 2016-10-19",
        "10/04/16 05:07 AM EDT | false | 2016-10-04",
        "09.04.2025 07:03 | false | 2025-04-09",
      })
  void theParserIsToldTheOrderNotThePage(String text, boolean monthFirst, String day) {
    assertThat(UkrainianDates.parse(text, NOW, monthFirst).orElseThrow().toLocalDate())
        .hasToString(day);
  }
}
