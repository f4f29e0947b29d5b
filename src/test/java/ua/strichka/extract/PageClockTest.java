package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time a page gives without its zone is read in the page's zone: Kyiv for a Ukrainian page and
 * any page that says nothing, the zone of its locale's country where it names one, and the zone the
 * page states for the same clock in another tag.
 */
class PageClockTest {
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2025, 4, 9, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"));

  private static final String TEXT =
      "<p>Перший абзац статті, у якому є достатньо слів, ком, і речень, щоб екстрактор визнав"
          + " його текстом, а не меню сайту чи підписом до фото.</p><p>Другий абзац продовжує"
          + " розповідь, додає подробиці, цитати та цифри, а також пояснює контекст події для"
          + " читачів.</p>";

  @ParameterizedTest(name = "{0} at {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "uk_UA | https://www.pravda.com.ua/news/2025/04/09/1/ | Europe/Kyiv",
        "ru_RU | https://censor.net/ru/news/1 | Europe/Kyiv",
        "uk | - | Europe/Kyiv",
        "en | https://kyivindependent.com/a | Europe/Kyiv",
        "- | https://x.example/a | Europe/Kyiv",
        "en_US | https://www.pravda.com.ua/eng/news/1/ | Europe/Kyiv",
        "en-US | https://news.example.com.ua:8080/a | Europe/Kyiv",
        "en_US | https://gothamist.example/2017/03/09/a.php | America/New_York",
        "en-us | - | America/New_York",
        "en-Latn-US | - | America/New_York",
        "en-GB | https://x.example.co.uk/a | Europe/London",
        "fr-CA | - | America/Toronto",
        "zh-CN | - | Asia/Shanghai",
        "es-ES | - | Europe/Kyiv",
        "ru-US | - | Europe/Kyiv",
      })
  void aPagesZoneByItsHostAndLocale(String locale, String url, String zone) {
    assertThat(PageClock.zoneOf(locale, url)).isEqualTo(ZoneId.of(zone));
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A Ukrainian page in Kyiv time, whatever else it says.
        "<html lang=uk> | https://x.example/a | <p class=date>09 квітня 2025 р. 07:03</p>"
            + " | 2025-04-09T04:03:00Z",
        "<html lang=en-US> | https://x.example.ua/a | <p class=date>April 9, 2025 7:03 am</p>"
            + " | 2025-04-09T04:03:00Z",
        "<html lang=en> | https://x.example/a | <p class=date>April 9, 2025 7:03 am</p>"
            + " | 2025-04-09T04:03:00Z",
        // An og:locale copied from Facebook's examples does not move a Ukrainian page.
        "<html lang=uk><meta property=og:locale content=en_US> | https://x.example/a"
            + " | <p class=date>9 квітня 2025 р. 07:03</p> | 2025-04-09T04:03:00Z",
        "<html><title>Новина дня про події</title><meta property=og:locale content=en_US>"
            + " | https://x.example/a | <p class=date>9 квітня 2025 р. 07:03</p>"
            + " | 2025-04-09T04:03:00Z",
        // An American page in Eastern time, daylight saving included.
        "<html lang=en-US> | https://x.example/a | <p class=date>April 9, 2025 7:03 am</p>"
            + " | 2025-04-09T11:03:00Z",
        "<html lang=en-US> | https://x.example/a | <p class=date>Mar 9, 2017 10:15 am</p>"
            + " | 2017-03-09T15:15:00Z",
        "<html lang=en-US> | https://x.example/a | <p class=date>12/13/2016 4:51 PM</p>"
            + " | 2016-12-13T21:51:00Z",
        // A zone the clock names wins over the page's.
        "<html lang=en-US> | https://x.example/a | <p class=date>Nov 28, 2016 11:00 AM PST</p>"
            + " | 2016-11-28T19:00:00Z",
        "<html lang=uk> | https://x.example/a | <p class=date>9 квітня 2025, 07:03 UTC</p>"
            + " | 2025-04-09T07:03:00Z",
        // A day alone starts at the page's midnight.
        "<html><meta property=og:locale content=en_US>"
            + "<meta property=article:published_time content=2016-11-18> | https://x.example/a |"
            + " | 2016-11-18T05:00:00Z",
        "<html lang=uk><meta property=article:published_time content=2016-11-18>"
            + " | https://x.example/a | | 2016-11-17T22:00:00Z",
        // Parse.ly's date is UTC by its specification, written with a zone or without.
        "<html lang=uk><meta name=parsely-pub-date content=2016-12-16T18:38:14>"
            + " | https://x.example/a | | 2016-12-16T18:38:14Z",
        "<html lang=en-US><meta name=parsely-pub-date content=2016-12-16T18:38:14>"
            + " | https://x.example/a | | 2016-12-16T18:38:14Z",
        "<html lang=uk><meta name=parsely-pub-date content=2016-12-16T18:38:14+02:00>"
            + " | https://x.example/a | | 2016-12-16T16:38:14Z",
      })
  void aZonelessTimeInThePagesZone(String head, String url, String dateLine, String instant) {
    // A page titled in Cyrillic is Ukrainian whatever its tags say: English pages get an English
    // one.
    boolean english = head.contains("=en") || head.contains("en_US");
    String page =
        head
            + (english
                ? "<body><h1>News of the day about events</h1>"
                : "<body><h1>Новина дня</h1>")
            + (dateLine == null ? "" : dateLine)
            + TEXT
            + "</body></html>";
    assertThat(published(page, url)).isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Новина дня — Українська правда | true",
        "Новость дня | true",
        "Зеленський: саміт NATO у Вільнюсі | true",
        "NATO summit in Vilnius: Зеленський | false",
        "Breaking news | false",
        "2025 | false",
      })
  void aTitleInCyrillic(String title, boolean cyrillic) {
    assertThat(PageClock.cyrillic(title)).isEqualTo(cyrillic);
  }

  @ParameterizedTest(name = "{0} beside {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The same clock stated with its zone in another tag gives its zone.
        "<meta itemprop=datePublished content='2016-12-19 19:19:00'>"
            + " | <time datetime='2016-12-19 19:19:00 UTC'>22h ago</time> | 2016-12-19T19:19:00Z",
        "<meta name=sailthru.date content='2016-12-12 06:00:00'>"
            + " | <meta name=publication_date content='2016-12-12T06:00:00 PST'>"
            + " | 2016-12-12T14:00:00Z",
        "<meta name=date content='2025-04-08 10:00'>"
            + " | <meta name=dcterms.modified content='2025-04-08T10:00:00+03:00'>"
            + " | 2025-04-08T07:00:00Z",
        // Another clock stated elsewhere says nothing of this one's zone: Kyiv.
        "<meta name=date content='2025-04-08 10:00'>"
            + " | <meta name=dcterms.modified content='2025-04-08T12:30:00Z'>"
            + " | 2025-04-08T07:00:00Z",
        // A day alone states no clock.
        "<meta name=date content='2025-04-08 00:00'>"
            + " | <meta name=dcterms.modified content='2025-04-08T00:00:00Z'>"
            + " | 2025-04-07T21:00:00Z",
      })
  void aClockTheSameTagStatesWithItsZone(String zoneless, String stated, String instant) {
    String page =
        "<html lang=uk><head>"
            + zoneless
            + (stated.startsWith("<meta") ? stated : "")
            + "</head><body><h1>Новина дня про події</h1>"
            + (stated.startsWith("<meta") ? "" : stated)
            + TEXT
            + "</body></html>";
    assertThat(published(page, "https://x.example/a")).isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2016-12-19 19:19:00 UTC | 2016-12-19T19:19:00Z",
        "2016-12-12T06:00:00 PST | 2016-12-12T14:00:00Z",
        "2016-12-13T12:31:48.000Z | 2016-12-13T12:31:48Z",
        "2025-04-09T07:03:00+03:00 | 2025-04-09T04:03:00Z",
        "2016-12-12 06:00:00 | -",
        "2016-12-12T06:00 | -",
        "сьогодні о 10:00 UTC | -",
        "5 хвилин тому | -",
      })
  void onlyAZoneTheValueStatesCounts(String value, String instant) {
    assertThat(UkrainianDates.parseStated(value).map(OffsetDateTime::toInstant))
        .isEqualTo(Optional.ofNullable(instant).map(Instant::parse));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2018-10-29T10:15-500, 2018-10-29T15:15:00Z",
    "2018-10-29T10:15+530, 2018-10-29T04:45:00Z",
    "2018-10-29T10:15-0500, 2018-10-29T15:15:00Z",
    "2018-10-29T10:15:00-05, 2018-10-29T15:15:00Z",
  })
  void anOffsetWithoutItsHoursLeadingZero(String value, String instant) {
    assertThat(UkrainianDates.parseMachine(value).orElseThrow().toInstant())
        .isEqualTo(Instant.parse(instant));
  }

  private static Instant published(String page, String url) {
    Extraction x = new Extractor().extract(page, url, FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) x).article().datePublished().toInstant();
  }
}
