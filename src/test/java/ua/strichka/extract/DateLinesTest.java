package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The visible page's last resort for the date, a short date line anywhere: one that shares its
 * element with a byline's other texts counts above the article's text, and teasers' below it do
 * not.
 */
class DateLinesTest {
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2025, 4, 9, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"));

  private static final String PROSE =
      "<p>Перший абзац статті, у якому є достатньо слів, ком, і речень, щоб екстрактор визнав"
          + " його текстом, а не меню сайту чи підписом до фото, і ще кілька слів про те, що"
          + " сталося вчора ввечері в центрі міста.</p><p>Другий абзац продовжує розповідь, додає"
          + " подробиці, цитати та цифри, а також пояснює контекст події для читачів.</p>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "by Duncan Bell / January 19, 2017 / | 2017-01-19",
        "Ірина Коваль / 9 квітня 2025 р. / | 2025-04-09",
      })
  void aDateLineAmongTheBylinesOtherTexts(String line, String day) {
    String page =
        "<html lang=uk><body><div class=header><h1 class=site-title>Видання</h1></div>"
            + "<h2 class=page-title>Нова стаття про події тижня</h2>"
            + "<div class=post-info><h3>Підзаголовок, що пояснює, про що ця стаття і чому вона"
            + " важлива</h3>"
            + line
            + " <a href=#respond>Leave a comment</a><br>Published in <a href=/issues/1>the"
            + " February issue</a> of the magazine</div>"
            + PROSE
            + "<div class=more><div class=title3><a href=/author/x>Інший Автор</a> / December 18,"
            + " 2004</div></div></body></html>";
    Extraction x = new Extractor().extract(page, "https://x.example/a", FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    assertThat(((Extraction.Found) x).article().datePublished().toLocalDate()).hasToString(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Suggested reads | by Rick Stoeckel (5/17/2007)",
        "Читайте також | Ірина Коваль, 17.05.2007",
      })
  void noTeasersDateLineBelowTheText(String heading, String line) {
    String page =
        "<html lang=uk><body><h1>Нова стаття про події тижня</h1>"
            + PROSE
            + "<div class=next><h2>"
            + heading
            + "</h2><a href=/a/1>Одна інша стаття про щось</a><br>"
            + line
            + "<br><br><a href=/a/2>Друга інша стаття</a><br>by Someone Else, who writes about the city</div></body></html>";
    Extraction x = new Extractor().extract(page, "https://x.example/a", FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    OffsetDateTime d = ((Extraction.Found) x).article().datePublished();
    assertThat(d).isNull();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uk | <span class=date>9 квітня 2025</span> <span class=time>07:03</span>"
            + " | 2025-04-09T04:03:00Z",
        "uk | <span class=time>07:03</span>, <span class=date>9 квітня 2025</span>"
            + " | 2025-04-09T04:03:00Z",
        "uk | <span class=date>9 квітня 2025</span> <time>о 07:03</time> | 2025-04-09T04:03:00Z",
        "en | <span class=info-item>December 14, 2016</span> <span class=info-item>2:24 pm</span>"
            + " | 2016-12-14T12:24:00Z",
        "en-US | <span class=info-item>December 14, 2016</span>"
            + " <span class=info-item>2:24 pm</span> | 2016-12-14T19:24:00Z",
        // A clock in another box is no hour: a video's length.
        "uk | <span class=date>9 квітня 2025</span> <span class=duration>1:20</span>"
            + " | 2025-04-08T21:00:00Z",
        // An edit's date is no publication date; a post never edited is marked both.
        "uk | <p class=updated>10 квітня 2025 12:00</p><p class=date>9 квітня 2025 07:03</p>"
            + " | 2025-04-09T04:03:00Z",
        "uk | <time class='entry-date published updated'>9 квітня 2025 07:03</time>"
            + "<p class=date>10 квітня 2025 12:00</p> | 2025-04-09T04:03:00Z",
        "uk | <span class=date-modified>10 квітня 2025 12:00</span> | 2025-04-10T09:00:00Z",
        // A meta line split by a spaced slash, read whole: the zone its link leaves out.
        "uk | <span class=firma>Ірина Коваль / <a href=/d>9 квітня 2025 - 07:03 <abbr>CET</abbr>"
            + "</a></span> | 2025-04-09T06:03:00Z",
        "uk | <p class=date>Оновлено: 10 квітня 2025, 12:00</p><p class=date>9 квітня 2025, 07:03</p>"
            + " | 2025-04-09T04:03:00Z",
        "ru | <p class=date>Обновлено 10 апреля 2025, 12:00</p> | 2025-04-10T09:00:00Z",
        "en | <p class=date>Updated Dec 13 2016, 1:06 pm</p><p class=date>Dec 13 2016, 7:31 am</p>"
            + " | 2016-12-13T05:31:00Z",
      })
  void aDayAndItsClockAndAnEditsDate(String lang, String line, String instant) {
    String page =
        "<html lang="
            + lang
            + (lang.startsWith("en")
                ? "><body><h1>News of the week about events</h1><div class=head>"
                : "><body><h1>Нова стаття про події тижня</h1><div class=head>")
            + line
            + "</div>"
            + PROSE
            + "</body></html>";
    Extraction x = new Extractor().extract(page, "https://x.example/a", FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    assertThat(((Extraction.Found) x).article().datePublished().toInstant())
        .isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "by Duncan Bell / January 19, 2017 / | Duncan Bell",
        "Ірина Коваль / 9 квітня 2025 р. / | Ірина Коваль",
        "Ірина Коваль · 9 квітня 2025 р. | Ірина Коваль",
      })
  void aMetaLineAmongTheBoxsOtherTexts(String line, String author) {
    String page =
        "<html lang=uk><body><h1>Нова стаття про події тижня</h1>"
            + "<div class=post-info><h3>Підзаголовок, що пояснює, про що ця стаття, чому вона"
            + " важлива і що з неї варто запам'ятати читачеві, який поспішає</h3>"
            + line
            + " <a href=#respond>Leave a comment</a><br>Published in <a href=/issues/1>the"
            + " February issue</a> of the magazine</div>"
            + PROSE
            + "</body></html>";
    Extraction x = new Extractor().extract(page, "https://x.example/a", FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    assertThat(((Extraction.Found) x).article().authors()).containsExactly(author);
  }
}
