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
