package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date a page shows near its headline, when it has no structured one: the instant a date
 * element keeps for scripts beats its relative text, a zone printed after the clock counts, and the
 * dates of comments and teasers are not the article's.
 */
class VisibleDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a year-less visible date yields to the URL's day"
            + " | <p class=date>August 3</p> | https://x.example/2015/08/03/news.html"
            + " | 2015-08-03T00:00+03:00",
        "no date on the page: the URL's | <p>Без дати</p> | https://x.example/news/2016-12-09-coal"
            + " | 2016-12-09T00:00+02:00",
        "a day apart is the same date in another zone: the page's time stays"
            + " | <p class=date>9 квітня 2025, 01:30</p> | https://x.example/2025/04/08/a/"
            + " | 2025-04-09T01:30+03:00",
        "a structured date outranks the URL"
            + " | <meta itemprop=datePublished content='2020-01-05T10:00:00+02:00'>"
            + " | https://x.example/2019/12/31/a | 2020-01-05T10:00+02:00",
      })
  void theUrlsDayOverTheVisiblePage(String name, String afterHeadline, String url, String want) {
    Article a =
        MetadataTest.article("", "<h1>Новина дня</h1>" + afterHeadline + MetadataTest.TEXT, url);
    assertThat(a.datePublished()).as(name).isEqualTo(OffsetDateTime.parse(want));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "data attribute over «4 hours ago"
            + " | <p class=byline>Travis Haney - <time data-published='2016-12-09 09:13:00Z'> 4"
            + " hours ago </time></p>"
            + " | 2016-12-09T09:13:00Z",
        "Unix time in a data attribute"
            + " | <span class=date data-timestamp='1744171380'>сьогодні</span>"
            + " | 2025-04-09T04:03:00Z",
        "a byline with the date and its zone; the comments' dates come later"
            + " | <div class=byline>Wednesday January 18, 2017 11:44 am PST by <a href=/a>Jo"
            + " Ross</a></div>#TEXT#<div id=comments><div class=comment><div class=date>3 hours"
            + " ago at 11:46 am</div><p>First!</p></div></div>"
            + " | 2017-01-18T19:44:00Z",
        "a related teaser's date after the headline is not the article's"
            + " | <div class=post-meta>9 квітня 2025, 07:03</div>#TEXT#<ul class=related-posts><li>"
            + "<span class=date>10 квітня 2025, 12:00</span> <a href=/b>Інша новина</a></li></ul>"
            + " | 2025-04-09T04:03:00Z",
      })
  void theArticlesOwnDate(String name, String afterHeadline, String instant) {
    String body = "<h1>Новина дня</h1>" + afterHeadline.replace("#TEXT#", MetadataTest.TEXT);
    if (!afterHeadline.contains("#TEXT#")) body += MetadataTest.TEXT;
    Article a = MetadataTest.article("", body, "https://x.example/news/1");
    assertThat(a.datePublished()).as(name).isNotNull();
    assertThat(a.datePublished().toInstant())
        .as(name)
        .isEqualTo(OffsetDateTime.parse(instant).toInstant());
  }
}
