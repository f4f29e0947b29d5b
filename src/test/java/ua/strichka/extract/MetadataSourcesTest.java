package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every metadata source of issue 5, alone on a page: each gives the title, the date and the author
 * (where it can carry them); then sources together, merged field by field in order of trust.
 */
class MetadataSourcesTest {
  static final String TITLE = "Уряд ухвалив нові правила для громад";
  static final String DATE = "2025-04-09T07:03:00+03:00";
  static final String AUTHOR = "Ірина Морозюк";

  static String ld(String json) {
    return MetadataTest.ld(json);
  }

  static String meta(String attr, String key, String value) {
    return "<meta " + attr + "=\"" + key + "\" content=\"" + value + "\">";
  }

  static final String LD_FIELDS =
      "\"headline\":\""
          + TITLE
          + "\",\"datePublished\":\""
          + DATE
          + "\",\"author\":{\"name\":\""
          + AUTHOR
          + "\"}";

  /** name, {@code <head>} markup, markup before the text, feed hints, what the source gives. */
  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(
            "JSON-LD NewsArticle", ld("{\"@type\":\"NewsArticle\"," + LD_FIELDS + "}"), "", null),
        Arguments.of("JSON-LD Article", ld("{\"@type\":\"Article\"," + LD_FIELDS + "}"), "", null),
        Arguments.of(
            "JSON-LD ReportageNewsArticle",
            ld("{\"@type\":\"ReportageNewsArticle\"," + LD_FIELDS + "}"),
            "",
            null),
        Arguments.of(
            "JSON-LD @graph",
            ld(
                "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
                    + "{\"@type\":\"NewsArticle\","
                    + LD_FIELDS
                    + "}]}"),
            "",
            null),
        Arguments.of(
            "JSON-LD array",
            ld(
                "[{\"@type\":\"Organization\",\"name\":\"X\"},{\"@type\":[\"NewsArticle\"],"
                    + LD_FIELDS
                    + "}]"),
            "",
            null),
        Arguments.of(
            "JSON-LD broken (trailing comma)",
            ld("{\"@type\":\"NewsArticle\"," + LD_FIELDS + ",}"),
            "",
            null),
        Arguments.of(
            "OpenGraph and article:*",
            meta("property", "og:title", TITLE)
                + meta("property", "article:published_time", DATE)
                + meta("property", "article:author", AUTHOR),
            "",
            null),
        Arguments.of(
            "OpenGraph with the value in value= (a saved page)",
            "<meta name=\"og:title\" value=\""
                + TITLE
                + "\"><meta name=\"article:published_time\" value=\""
                + DATE
                + "\"><meta name=\"author\" value=\""
                + AUTHOR
                + "\">",
            "",
            null),
        Arguments.of(
            "<meta name>",
            meta("name", "title", TITLE)
                + meta("name", "pubdate", DATE)
                + meta("name", "author", AUTHOR),
            "",
            null),
        Arguments.of(
            "microdata",
            "",
            "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h2 itemprop=headline>"
                + TITLE
                + "</h2><meta itemprop=datePublished content=\""
                + DATE
                + "\"><span itemprop=author itemscope><span itemprop=name>"
                + AUTHOR
                + "</span></span></div>",
            null),
        Arguments.of(
            "<time datetime> and visible byline",
            "<title>" + TITLE + "</title>",
            "<h1>"
                + TITLE
                + "</h1><time datetime=\""
                + DATE
                + "\">9 квітня</time><span class=byline>"
                + AUTHOR
                + "</span>",
            null),
        Arguments.of(
            "feed item", "", "", new FeedHints(TITLE, OffsetDateTime.parse(DATE), AUTHOR, null)),
        Arguments.of(
            "visible page (date line, labelled author)",
            "<title>" + TITLE + "</title>",
            "<h1>"
                + TITLE
                + "</h1><div class=article-meta>09 квітня 2025 р. 07:03 | Автор: "
                + AUTHOR
                + "</div>",
            null),
        Arguments.of(
            "visible page (meta line in an element named for nothing)",
            "<title>" + TITLE + "</title>",
            "<h1>"
                + TITLE
                + "</h1><div class=post-info>09 квітня 2025 р. 07:03 · "
                + AUTHOR
                + " · Політика</div>",
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void eachSourceAloneGivesTitleDateAndAuthor(
      String name, String head, String before, FeedHints hints) {
    Article a =
        MetadataTest.article(
            head,
            before + MetadataTest.TEXT,
            "https://x.example/news/2025/04/09/1",
            hints == null ? FeedHints.NONE : hints);
    assertThat(a.title()).as(name + " title").isEqualTo(TITLE);
    assertThat(a.datePublished()).as(name + " date").isNotNull();
    assertThat(a.datePublished().toInstant())
        .as(name + " date")
        .isEqualTo(OffsetDateTime.parse(DATE).toInstant());
    assertThat(a.authors()).as(name + " authors").containsExactly(AUTHOR);
  }

  /** name, {@code <head>}, feed hints, the title, date and author that must win. */
  static Stream<Arguments> conflicts() {
    FeedHints feed =
        new FeedHints(
            "Зі стрічки", OffsetDateTime.parse("2025-04-01T10:00+03:00"), "Стрічка", null);
    return Stream.of(
        Arguments.of(
            "JSON-LD over OpenGraph over meta name over feed",
            ld("{\"@type\":\"NewsArticle\"," + LD_FIELDS + "}")
                + meta("property", "og:title", "З OpenGraph")
                + meta("property", "article:published_time", "2025-04-02T10:00:00+03:00")
                + meta("name", "author", "Мета Автор"),
            feed,
            TITLE,
            DATE,
            AUTHOR),
        Arguments.of(
            "field by field: JSON-LD without a date takes OpenGraph's",
            ld("{\"@type\":\"NewsArticle\",\"headline\":\"" + TITLE + "\"}")
                + meta("property", "article:published_time", DATE)
                + meta("name", "author", AUTHOR),
            feed,
            TITLE,
            DATE,
            AUTHOR),
        Arguments.of(
            "an article:author that is a profile link names no one: meta name author wins",
            meta("property", "og:title", TITLE)
                + meta("property", "article:published_time", DATE)
                + meta("property", "article:author", "https://www.facebook.com/kyivvisnyk")
                + meta("name", "author", AUTHOR),
            feed,
            TITLE,
            DATE,
            AUTHOR),
        Arguments.of(
            "the feed fills only what the page lacks",
            meta("property", "og:title", TITLE),
            feed,
            TITLE,
            "2025-04-01T10:00:00+03:00",
            "Стрічка"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conflicts")
  void sourcesMergeFieldByFieldInOrderOfTrust(
      String name, String head, FeedHints hints, String title, String date, String author) {
    Article a = MetadataTest.article(head, MetadataTest.TEXT, "https://x.example/news/7", hints);
    assertThat(a.title()).as(name + " title").isEqualTo(title);
    assertThat(a.datePublished().toInstant())
        .as(name + " date")
        .isEqualTo(OffsetDateTime.parse(date).toInstant());
    assertThat(a.authors()).as(name + " authors").containsExactly(author);
  }
}
