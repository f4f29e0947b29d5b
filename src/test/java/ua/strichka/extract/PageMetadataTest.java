package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Metadata as real sites lay it out around the article: layout classes on the whole page, teasers
 * with their own bylines and dates, the outlet named as author, a social title beside the printed
 * headline, the day in one tag and the time in another.
 */
class PageMetadataTest {
  private static final String URL = "https://x.example/news/1";
  private static final String TEXT = MetadataTest.TEXT;

  /** A page whose {@code <body>} has {@code bodyClass}. */
  private static Article page(String bodyClass, String head, String body) {
    String html =
        "<html><head>"
            + head
            + "</head><body class=\""
            + bodyClass
            + "\">"
            + body
            + "</body></html>";
    Extraction x = new Extractor().extract(html, URL, FeedHints.NONE, MetadataTest.NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) x).article();
  }

  private static List<String> names(String expected) {
    return expected.equals("-") ? List.of() : List.of(expected.split(";"));
  }

  /**
   * Layouts name the page or its main column after the sidebars it has or lacks (Drupal's {@code
   * <body class="no-sidebars">}); a container that also holds the headline is no sidebar.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no-sidebars | ",
        "layout--with-sidebar | ",
        "single | right_sidebar",
        "post | page-left-right-sidebar",
      })
  void aBylineInAPageNamedAfterItsSidebarsIsRead(String bodyClass, String columnClass) {
    String column = columnClass == null ? "" : columnClass;
    Article a =
        page(
            bodyClass,
            "<title>Новина</title>",
            "<div class=\""
                + column
                + "\"><h1>Новина</h1><div class=\"post-author\">Автор: <a href=\"/a/1\">Ірина"
                + " Морозюк</a></div><div class=\"content\">"
                + TEXT
                + "</div></div>");
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  @Test
  void aBylineInARealSidebarIsAnotherTexts() {
    Article a =
        page(
            "no-sidebars",
            "<title>Новина</title>",
            "<div class=\"main\"><h1>Новина</h1><div class=\"content\">"
                + TEXT
                + "</div></div><div class=\"sidebar\"><div class=\"author\"><a href=\"/a/2\">"
                + "Олег Петренко</a></div></div>");
    assertThat(a.authors()).isEmpty();
  }

  /** The outlet named as author («ABC News», «Редакція») names nobody: the byline does. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Новини Одеси", "Редакція", "НОВИНИ ОДЕСИ"})
  void theOutletAsAuthorDoesNotHideTheByline(String metaAuthor) {
    Article a =
        page(
            "",
            "<meta property=\"og:site_name\" content=\"Новини Одеси\"><meta name=\"author\""
                + " content=\""
                + metaAuthor
                + "\">",
            "<h1>Новина</h1><p class=\"byline\">Ірина Морозюк</p><div class=\"content\">"
                + TEXT
                + "</div>");
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  /** What byline boxes hold beside names: buttons, credits, a label whose name is elsewhere. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "twitter | -",
        "facebook | -",
        "Follow on Twitter | -",
        "More from Josh | -",
        "Стежте за нами | -",
        "Ariel Pierre-Louis at MSA Models | -",
        "Paul Warren for Amika | -",
        "By | -",
        "Автор: | -",
        "By By | -",
        "danah boyd | -",
        "谢若含 | 谢若含",
        "Ludwig van Beethoven | Ludwig van Beethoven",
        "Ірина Морозюк | Ірина Морозюк",
      })
  void wordsThatAreNoNames(String raw, String expected) {
    assertThat(Authors.clean(List.of(raw), "Новини Одеси")).isEqualTo(names(expected));
  }

  /** Teaser cards, before or after the article, carry their own bylines. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // teasers above the headline: the first byline from the headline on
        "teasers first | <ul class=\"popular\"><li><h4><a href=\"/n/2\">Інша новина дня</a></h4>"
            + "<p class=\"byline\">By <a href=\"/a/2\">Олег Петренко</a></p></li><li><h4><a"
            + " href=\"/n/3\">Ще одна новина дня</a></h4><p class=\"byline\">By <a href=\"/a/3\">"
            + "Марія Коваль</a></p></li></ul> | ",
        // teaser <article>s after the article's own <article>
        "teaser articles | | <article class=\"card\"><p class=\"byline\"><a href=\"/a/2\">Олег"
            + " Петренко</a></p></article>",
      })
  void teasersBylinesAreNotTheArticles(String name, String before, String after) {
    Article a =
        page(
            "",
            "<title>Новина</title>",
            (before == null ? "" : before)
                + "<article><h1>Новина</h1><p class=\"byline\">By <a href=\"/a/1\">Ірина"
                + " Морозюк</a></p><div class=\"content\">"
                + TEXT
                + "</div></article>"
                + (after == null ? "" : after));
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  @Test
  void aTeaserListFarBelowTheBylineAddsNoAuthors() {
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < 30; i++) filler.append("<div><span>").append(i).append("</span></div>");
    Article a =
        page(
            "",
            "<title>Новина</title>",
            "<h1>Новина</h1><div class=\"author\">Ірина Морозюк</div><div class=\"content\">"
                + TEXT
                + "</div>"
                + filler
                + "<div class=\"more\"><div class=\"author\">Олег Петренко</div></div>");
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  @Test
  void severalAuthorsSideBySideEachWithAButtonAreAllTaken() {
    String one =
        "<li><div rel=\"author\" class=\"author\">By %s</div><div class=\"author-meta\"><a"
            + " href=\"https://twitter.com/x\">Follow on Twitter</a></div></li>";
    Article a =
        page(
            "",
            "<title>News</title>",
            "<h1>News</h1><ul class=\"authors\">"
                + one.formatted("Josh Smith")
                + one.formatted("David Brown")
                + one.formatted("PATRICK GREEN")
                + "</ul><div class=\"content\">"
                + TEXT
                + "</div>");
    assertThat(a.authors()).containsExactly("Josh Smith", "David Brown", "Patrick Green");
  }

  /** A logo set as {@code <h1>} above the article is not the headline bylines are read from. */
  @Test
  void theSitesNameInAnH1IsNotTheHeadline() {
    Article a =
        page(
            "",
            "<meta property=\"og:site_name\" content=\"Укрінформ\"><title>Новина</title>",
            "<h1><a href=\"/\">Укрінформ</a></h1><ul><li><p class=\"byline\"><a href=\"/a/2\">"
                + "Олег Петренко</a></p></li></ul><h1>Новина</h1><p class=\"byline\"><a"
                + " href=\"/a/1\">Ірина Морозюк</a></p><div class=\"content\">"
                + TEXT
                + "</div>");
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  /** A byline no class marks: its word alone in an element, the name linked beside it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "<span class=\"info\">By <a href=\"/author/kathy\">Kathy Wise</a></span> | Kathy Wise",
        "<span class=\"info\">Автор: <a href=\"/avtor/1\">Ірина Морозюк</a></span>"
            + " | Ірина Морозюк",
        "<div class=\"date\"><time>9 квітня 2025</time><span> • від <span><a href=\"/u/1\">Олег"
            + " Петренко</a></span></span></div> | Олег Петренко",
        "<div class=\"info\">Читайте також <a href=\"/n/2\">Інша Новина</a></div> | -",
      })
  void aBylineWordWithALinkedName(String line, String expected) {
    Article a =
        page(
            "",
            "<title>Новина</title>",
            "<h1>Новина</h1>" + line + "<div class=\"content\">" + TEXT + "</div>");
    assertThat(a.authors()).isEqualTo(names(expected));
  }

  @Test
  void aMetaLinesNameAfterItsLabel() {
    Article a =
        page(
            "",
            "<title>News</title>",
            "<h1>News</h1><div class=\"info\">December 21, 2016 | by Lauren Briggs</div>"
                + "<div class=\"content\">"
                + TEXT
                + "</div>");
    assertThat(a.authors()).containsExactly("Lauren Briggs");
  }

  /** Microdata teasers are items of their own, each with an author. */
  @Test
  void microdataAuthorsOfTheFirstItemOnly() {
    String teaser =
        "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><a href=\"/n/%d\""
            + " itemprop=\"headline\">Інша новина</a><span itemprop=\"author\">%s</span></div>";
    Article a =
        page(
            "",
            "<title>Новина</title>",
            "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1"
                + " itemprop=\"headline\">Новина</h1><span itemprop=\"author\">Ірина"
                + " Морозюк</span><span itemprop=\"author\">Олег Петренко</span><div"
                + " class=\"content\">"
                + TEXT
                + "</div></div>"
                + teaser.formatted(2, "Марія Коваль")
                + teaser.formatted(3, "Ірина Морозюк"));
    assertThat(a.authors()).containsExactly("Ірина Морозюк", "Олег Петренко");
  }

  /** Teaser {@code <article>}s whose author links say {@code itemprop=author}, no item around. */
  @Test
  void microdataAuthorsOfTheFirstArticleOnly() {
    String teaser =
        "<article><a href=\"/n/%d\">Інша новина</a><a itemprop=\"author\" href=\"/a/%d\">%s</a>"
            + "</article>";
    Article a =
        page(
            "",
            "<title>Новина</title>",
            "<article><h1>Новина</h1><a itemprop=\"author\" href=\"/a/1\">Ірина Морозюк</a><div"
                + " class=\"content\">"
                + TEXT
                + "</div></article>"
                + teaser.formatted(2, 2, "Марія Коваль")
                + teaser.formatted(3, 3, "Олег Петренко"));
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  /** {@code <meta name=author>} holds one name where the byline's microdata lists co-authors. */
  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ірина Морозюк | Ірина Морозюк;Олег Петренко | Ірина Морозюк;Олег Петренко",
        "Ірина Морозюк | Олег Петренко;Марія Коваль | Ірина Морозюк",
        "Ірина Морозюк | Ірина Морозюк | Ірина Морозюк",
      })
  void aLaterSourceNamingTheSameAuthorAndMoreGivesTheFullerList(
      String metaAuthor, String itemAuthors, String expected) {
    StringBuilder items = new StringBuilder();
    for (String n : itemAuthors.split(";")) {
      items.append("<span itemprop=\"author\">").append(n).append("</span> ");
    }
    Article a =
        page(
            "",
            "<title>Новина</title><meta name=\"author\" content=\"" + metaAuthor + "\">",
            "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>Новина</h1><p>"
                + items
                + "</p><div class=\"content\">"
                + TEXT
                + "</div></div>");
    assertThat(a.authors()).isEqualTo(names(expected));
  }

  /**
   * The day in one tag, the time in a later source: the time of that day is taken; a time on
   * another day (a teaser's, an update's) is not.
   */
  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "<meta name=\"date\" content=\"2025-04-08\"> | <time datetime=\"2025-04-08T21:05:00+03:00\">"
            + "</time> | 2025-04-08T21:05+03:00",
        "<meta name=\"date\" content=\"2025-04-08\"> | <div class=\"date\">08 квітня 2025 р."
            + " 21:05</div> | 2025-04-08T21:05+03:00",
        "<meta property=\"article:published_time\" content=\"2016-12-16\"> | <div"
            + " class=\"timestamp\">Dec 16, 2016, 12:37 PM ET</div> | 2016-12-16T12:37-05:00",
        "<meta name=\"date\" content=\"2025-04-08\"><meta itemprop=\"datePublished\""
            + " content=\"2025-04-08T13:45:00-0800\"> | | 2025-04-08T13:45-08:00",
        "<meta name=\"date\" content=\"2025-04-08\"> | <div class=\"date\">07 квітня 2025 р."
            + " 21:05</div> | 2025-04-08T00:00+03:00",
        "<meta name=\"date\" content=\"2025-04-08T10:00:00+03:00\"> | <div class=\"date\">08"
            + " квітня 2025 р. 21:05</div> | 2025-04-08T10:00+03:00",
      })
  void aDayOnlyDateTakesTheTimeALaterSourceGivesThatDay(
      String head, String visible, String expected) {
    Article a =
        page(
            "",
            "<title>Новина</title>" + head,
            "<h1>Новина</h1>"
                + (visible == null ? "" : visible)
                + "<div class=\"content\">"
                + TEXT
                + "</div>");
    assertThat(a.datePublished().toInstant()).isEqualTo(OffsetDateTime.parse(expected).toInstant());
  }

  @Test
  void anEmbeddedPostsTimeIsNotTheArticles() {
    Article a =
        page(
            "",
            "<title>Новина</title>",
            "<h1>Новина</h1><div class=\"date\">09 квітня 2025 р. 07:03</div><div"
                + " class=\"content\">"
                + TEXT
                + "<blockquote class=\"instagram-media\"><p>A photo posted on <time"
                + " datetime=\"2025-04-05T17:10:10+00:00\">Apr 5, 2025</time></p></blockquote>"
                + "</div>");
    assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2025-04-09T07:03:00+03:00"));
  }

  /** Byline classes sites use besides «author» and «byline». */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"writer-name", "authorname-txt", "post-writer"})
  void bylineClassNames(String cls) {
    Article a =
        page(
            "",
            "<title>Новина</title>",
            "<h1>Новина</h1><h4 class=\""
                + cls
                + "\"><a href=\"/lauren/\">Лариса Коваль</a></h4><div class=\"content\">"
                + TEXT
                + "</div>");
    assertThat(a.authors()).containsExactly("Лариса Коваль");
  }

  /** The site's logo in og:image, or among the text's images, is not the story's picture. */
  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://x.example/i/CNBC_Logo_PS.gif | <img src=\"/i/photo.jpg\"> | https://x.example/i/photo.jpg",
        "https://x.example/css/decoration/logo_white.gif | | ",
        "https://x.example/assets/ornament-78dc6d.gif | | ",
        "https://x.example/sprites/icons.png?v=2 | | ",
        "https://x.example/i/fbappicon1_1020.jpg | | https://x.example/i/fbappicon1_1020.jpg",
        "https://pixel.x.example/imgs/ailes.w1200.jpg | | https://pixel.x.example/imgs/ailes.w1200.jpg",
        " | <img src=\"/i/logo.png\"><img src=\"/i/photo.jpg\"> | https://x.example/i/photo.jpg",
      })
  void aLogoIsNoLeadImage(String ogImage, String inText, String expected) {
    Article a =
        page(
            "",
            "<title>Новина</title>"
                + (ogImage == null
                    ? ""
                    : "<meta property=\"og:image\" content=\"" + ogImage + "\">"),
            "<h1>Новина</h1><div class=\"content\">"
                + (inText == null ? "" : "<p>" + inText + "</p>")
                + TEXT
                + "</div>");
    assertThat(a.image()).isEqualTo(expected);
  }

  /** Sites print a social headline in og:title and a longer or reworded one above the text. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Уряд ухвалив нові правила для громад | Уряд ухвалив нові правила для громад: що зміниться"
            + " з травня | Уряд ухвалив нові правила для громад: що зміниться з травня",
        "Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom | Lady Gaga Shares Photo of Ex"
            + " Taylor Kinney Hanging With Her Mom | Lady Gaga Shares Photo of Ex Taylor Kinney"
            + " Hanging With Her Mom",
        // another story's headline, or a section's, is no rewording
        "Уряд ухвалив нові правила для громад | Погода на вихідні: дощі та похолодання | Уряд"
            + " ухвалив нові правила для громад",
        "Уряд ухвалив нові правила для громад | Новини | Уряд ухвалив нові правила для громад",
        "Уряд ухвалив нові правила для громад | Уряд ухвалив нові правила для громад. Кабмін"
            + " змінив порядок, за яким громади отримують гроші з бюджету на ремонт шкіл і"
            + " лікарень | Уряд ухвалив нові правила для громад",
        "Уряд ухвалив нові правила для громад | Уряд | Уряд ухвалив нові правила для громад",
      })
  void anH1RewordingTheSocialTitleIsTheHeadline(String ogTitle, String h1, String expected) {
    Article a =
        page(
            "",
            "<meta property=\"og:title\" content=\""
                + ogTitle
                + "\"><title>"
                + ogTitle
                + "</title>",
            "<h1>" + h1 + "</h1><div class=\"content\">" + TEXT + "</div>");
    assertThat(a.title()).isEqualTo(expected);
  }

  @Test
  void twitterTitleThatIsTheH1ChoosesIt() {
    Article a =
        page(
            "",
            "<meta property=\"og:title\" content=\"Найбільший вугільний регіон втрачає"
                + " позиції\"><meta name=\"twitter:title\" content=\"Вугілля здає: Донбас"
                + " втрачає шахти\"><title>Вугілля</title>",
            "<h1>Вугілля здає: Донбас втрачає шахти</h1><div class=\"content\">" + TEXT + "</div>");
    assertThat(a.title()).isEqualTo("Вугілля здає: Донбас втрачає шахти");
  }

  @Test
  void aDescriptionThatIsTheSitesNameGivesWayToTheNext() {
    Article a =
        page(
            "",
            "<meta property=\"og:site_name\" content=\"Engadget\"><meta property=\"og:description\""
                + " content=\"Engadget\"><meta name=\"description\" content=\"Verizon's set-top"
                + " boxes get a new guide.\"><title>News</title>",
            "<h1>News</h1><div class=\"content\">" + TEXT + "</div>");
    assertThat(a.description()).isEqualTo("Verizon's set-top boxes get a new guide.");
  }
}
