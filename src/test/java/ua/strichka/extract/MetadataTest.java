package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON-LD edge cases, title cleaning, author cleaning, feed hints and source credits. */
class MetadataTest {
  static final ZonedDateTime NOW = ZonedDateTime.parse("2025-04-09T16:00:00+03:00[Europe/Kyiv]");
  static final String TEXT =
      "<p>Перший абзац статті, у якому є достатньо слів, ком, і речень, щоб екстрактор визнав"
          + " його текстом, а не меню сайту чи підписом до фото.</p><p>Другий абзац продовжує"
          + " розповідь, додає подробиці, цитати та цифри, а також пояснює контекст події для"
          + " читачів.</p>";

  static Article article(String head, String body, String url) {
    return article(head, body, url, FeedHints.NONE);
  }

  static Article article(String head, String body, String url, FeedHints hints) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    Extraction x = new Extractor().extract(html, url, hints, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) x).article();
  }

  static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void graphWithAuthorByIdPublisherImageObjectAndLanguage() {
    Article a =
        article(
            ld(
                """
                {"@context":"https://schema.org","@graph":[
                 {"@type":"WebSite","name":"Сайт"},
                 {"@type":"NewsArticle","headline":"Заголовок","datePublished":"2025-04-09T04:03:00Z",
                  "author":{"@id":"#p1"},"publisher":{"@type":"Organization","name":"Видання"},
                  "image":{"@type":"ImageObject","url":"https://x.example/i.jpg"},
                  "inLanguage":"uk-UA","articleSection":["Політика","Світ"]},
                 {"@type":"Person","@id":"#p1","name":"Ірина Морозюк"}]}"""),
            "<h1>Заголовок</h1>" + TEXT,
            "https://x.example/news/1");
    assertThat(a.title()).isEqualTo("Заголовок");
    assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2025-04-09T04:03:00Z"));
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
    assertThat(a.siteName()).isEqualTo("Видання");
    assertThat(a.image()).isEqualTo("https://x.example/i.jpg");
    assertThat(a.language()).isEqualTo("uk");
    assertThat(a.section()).isEqualTo("Політика");
  }

  @Test
  void brokenJsonTrailingCommasControlCharactersAndSeveralScripts() {
    Article a =
        article(
            ld("{\"@type\":\"WebSite\",\"name\":\"Перший\",}")
                + ld(
                    "{\"@type\":\"Article\",\"headline\":\"Рядок\nз переносом\","
                        + "\"author\":[\"Анна Коваль\",\"Петро Бондар\",],"
                        + "\"datePublished\":\"2025-04-08 10:00\",}"),
            TEXT,
            "https://x.example/a/1");
    assertThat(a.title()).isEqualTo("Рядок з переносом");
    assertThat(a.authors()).containsExactly("Анна Коваль", "Петро Бондар");
    assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2025-04-08T10:00+03:00"));
  }

  @Test
  void htmlEscapedScriptAndEntitiesInValues() {
    Article a =
        article(
            ld(
                "{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:"
                    + "&quot;Уряд &amp;amp; бізнес&quot;,&quot;datePublished&quot;:"
                    + "&quot;2025-04-07T09:00:00+03:00&quot;}"),
            TEXT,
            "https://x.example/a/2");
    assertThat(a.title()).isEqualTo("Уряд & бізнес");
    assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2025-04-07T09:00+03:00"));
  }

  @Test
  void unparseableJsonLdFallsBackToOpenGraph() {
    Article a =
        article(
            ld("{this is not json")
                + "<meta property=\"og:title\" content=\"З OpenGraph\">"
                + "<meta property=\"article:published_time\" content=\"2025-04-01T12:00:00+03:00\">",
            TEXT,
            "https://x.example/a/3");
    assertThat(a.title()).isEqualTo("З OpenGraph");
    assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2025-04-01T12:00+03:00"));
  }

  @Test
  void feedHintsFillWhatThePageLacks() {
    FeedHints hints =
        new FeedHints(
            "Заголовок зі стрічки",
            OffsetDateTime.parse("2025-04-02T08:00+03:00"),
            "Олена Пчілка",
            "Культура");
    Article a = article("", TEXT, "https://x.example/a/4", hints);
    assertThat(a.title()).isEqualTo("Заголовок зі стрічки");
    assertThat(a.datePublished()).isEqualTo(hints.published());
    assertThat(a.authors()).containsExactly("Олена Пчілка");
    assertThat(a.section()).isEqualTo("Культура");
  }

  @Test
  void sourceLineBecomesCreditNotBody() {
    Article a =
        article(
            "<title>Новина</title>",
            "<div class=\"news-text\">"
                + TEXT
                + "<p>Джерело: <a href=\"https://ua-independent.com/x\">ua-independent.com</a>"
                + " (Політика)</p></div>",
            "https://agg.example/article/1");
    assertThat(a.credit())
        .isEqualTo(
            new SourceCredit("ua-independent.com", "Політика", "https://ua-independent.com/x"));
    assertThat(a.articleBody()).doesNotContain("Джерело");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Генсек НАТО подякував Японії — Українська правда | - | - | Українська правда | Генсек НАТО подякував Японії",
        "Курс гривні зміцнився | UNIAN | - | - | Курс гривні зміцнився",
        "Ремонт мосту завершили - Новини Київ | - | - | - | Ремонт мосту завершили",
        "Рютте — Японії: дякуємо за підтримку | - | Рютте — Японії: дякуємо за підтримку | - | Рютте — Японії: дякуємо за підтримку",
        "Крайова газета :: Відкрили нову школу в селі | - | Відкрили нову школу в селі | - | Відкрили нову школу в селі",
        "Talks resume in Geneva | The Kyiv Herald | - | The Kyiv Herald | Talks resume in Geneva",
        "УНІАН | Ціни на пальне зросли за тиждень | - | УНІАН | Ціни на пальне зросли за тиждень",
      })
  void titlesLoseTheSiteName(
      String metaTitle, String suffix, String h1, String siteName, String expected) {
    String title = suffix == null ? metaTitle : metaTitle + " | " + suffix;
    List<String> headings = h1 == null ? List.of() : List.of(h1);
    assertThat(Titles.clean(title, title, headings, siteName, "https://site.example/a/1"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Автор: Ірина Морозюк | Ірина Морозюк",
        "Анна Коваль, Петро Бондар та Ольга Мельник | Анна Коваль;Петро Бондар;Ольга Мельник",
        "By John Smith and Jane Doe | John Smith;Jane Doe",
        "Редакція | ",
        "Editorial | ",
        "https://facebook.com/someone | ",
        "ІРИНА МОРОЗЮК | Ірина Морозюк",
        "Фото: Олена Коваль | ",
        "Новини дня | ",
      })
  void authorsAreCleaned(String raw, String expected) {
    List<String> want =
        expected == null || expected.isBlank() ? List.of() : Arrays.asList(expected.split(";"));
    assertThat(Authors.clean(List.of(raw), "Новини дня")).isEqualTo(want);
  }
}
