package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A weak boilerplate word in a name ({@code list}, {@code card}) must not outweigh a mass of prose:
 * an article set as a run of "list items" is an article, not a page of headline links. A real
 * listing — headline links, each with a line of teaser — stays a listing, and a strong name
 * (comments) still drops its prose.
 */
class ProseMassTest {
  private static final String[] PARAGRAPHS = {
    "Рятувальники працювали всю ніч, а міська влада відкрила пункти обігріву для мешканців"
        + " знеструмлених будинків на лівому березі.",
    "Як повідомив міський голова, директора підприємства відсторонено від посади до кінця"
        + " службового розслідування, яке триватиме місяць.",
    "Енергетики обіцяють повернути світло до ранку, проте попереджають про можливі нові"
        + " відключення через пошкоджені підстанції.",
    "Синоптики прогнозують похолодання наприкінці тижня, тож мешканцям радять подбати про"
        + " теплий одяг і запас питної води.",
    "Волонтери розвозять гарячу їжу літнім людям, які не можуть самостійно дістатися до"
        + " пунктів незламності в центрі міста.",
  };

  /** A page: an article in {@code article}, then {@code 12} headline links with teasers. */
  static String page(String article) {
    return "<html><body><h1>Місто без світла: що відомо</h1>"
        + article
        + "<div class='more-box'>"
        + PageKindsAndInputTest.teasers(12)
        + "</div></body></html>";
  }

  @ParameterizedTest(name = "{0} / {1} → article {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Weak names ("list", "card", "meta") on the box and on each part: still the article.
        "story-list | story-list-item | true",
        "superlist_show | superlist_item_wide | true",
        "cards | card | true",
        "story | story-list-item | true",
        "story-list | part | true",
        // Strong names: comments and related teasers are never the article.
        "comments | comment | false",
        "related-list | related-item | false",
      })
  void weakNamesDoNotOutweighProse(String box, String item, boolean article) {
    Extraction x = new Extractor().extract(page(oneBlockPerParagraph(box, item)), URL);
    if (article) {
      assertThat(x).isInstanceOf(Extraction.Found.class);
      String body = ((Extraction.Found) x).article().articleBody();
      for (String p : PARAGRAPHS) assertThat(body).contains(p);
      assertThat(body).doesNotContain("Новина номер");
    } else if (x instanceof Extraction.Found found) {
      assertThat(found.article().articleBody()).doesNotContain(PARAGRAPHS[2]);
    }
  }

  /**
   * The whole story in its header box (weakly named, its links — headline, share bar, a box of
   * related links — above the share a prose mass allows), the text in a block named for it inside,
   * and other text on the page.
   */
  @ParameterizedTest(name = "<div class={0}> around <div class={1}> → article text {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "article-header | entry-content | true",
        "article-header | entry-content entry-content-read-more | true",
        "post-meta | story-text | true",
        "comments | entry-content | false",
        "comments-header | comment-body | false",
      })
  void aWeakBoxAroundTheNamedTextIsNoBoilerplate(String box, String text, boolean kept) {
    StringBuilder b =
        new StringBuilder("<div class='")
            .append(box)
            .append("'><h1><a href='/2025/04/09/misto-bez-svitla'>Місто без світла: що відомо")
            .append("</a></h1><div class=share><a href='/s/f'>Facebook</a> <a href='/s/t'>Twitter")
            .append("</a> <a href='/s/m'>Email</a> <a href='/s/c'>Copy link</a></div>")
            .append("<div class=inline-box><b>Більше на тему:</b>");
    for (int i = 0; i < 4; i++) {
      b.append("<h5><a href='/news/")
          .append(i)
          .append("'>Енергетики знову відключили світло у ")
          .append(i + 2)
          .append(" районах міста</a></h5>");
    }
    b.append("</div><div class='").append(text).append("'>");
    for (String p : PARAGRAPHS) b.append("<p>").append(p).append("</p>");
    for (String p : PARAGRAPHS) b.append("<p>").append(p.replace("ніч", "день")).append("</p>");
    // Other text on the page, so the box is no bulk of it that any name would keep.
    b.append("</div></div><div class=site-about>")
        .append("Ми пишемо про місто щодня і відповідаємо на листи читачів. ".repeat(40))
        .append("</div>");
    Extraction x = new Extractor().extract(page(b.toString()), URL);
    String body = x instanceof Extraction.Found f ? f.article().articleBody() : "";
    assertThat(body.contains(PARAGRAPHS[2])).isEqualTo(kept);
  }

  private static final String URL = "https://news.example/2025/04/09/misto-bez-svitla";

  /** Each paragraph in its own {@code <div class=ITEM>}, all in {@code <div class=BOX>}. */
  static String oneBlockPerParagraph(String box, String item) {
    StringBuilder b = new StringBuilder("<div><div class='" + box + "'>");
    for (String p : PARAGRAPHS) {
      b.append("<div class='").append(item).append("'><p>").append(p).append("</p></div>");
    }
    return b.append("</div></div>").toString();
  }

  @ParameterizedTest(name = "teasers in {0} → listing")
  @CsvSource({"news-list", "cards", "story-list", "list"})
  void listingsOfHeadlinesWithTeasersStayListings(String box) {
    StringBuilder b = new StringBuilder("<html><body><h1>Новини</h1><div class='" + box + "'>");
    for (int i = 0; i < 12; i++) {
      b.append("<div class='item'><h3><a href='/news/")
          .append(i)
          .append("'>Новина номер ")
          .append(i)
          .append(": уряд ухвалив рішення</a></h3><p>")
          .append(PARAGRAPHS[i % PARAGRAPHS.length])
          .append("</p></div>");
    }
    Extraction x = new Extractor().extract(b.append("</div></body></html>").toString(), URL);
    assertThat(x)
        .isInstanceOfSatisfying(
            Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.LISTING));
  }

  @ParameterizedTest(name = "{0} → strong {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div class='story-list'></div> | false",
        "<div class='card meta'></div> | false",
        "<div class='article'></div> | false",
        "<div class='comments'></div> | true",
        "<div class='story related-list'></div> | true",
        "<div id='share-box'></div> | true",
        "<div role='navigation'></div> | true",
      })
  void onlyStrongNamesMarkProseAsBoilerplate(String html, boolean strong) {
    Element e = Jsoup.parseBodyFragment(html).body().child(0);
    assertThat(Hints.stronglyNegative(e)).isEqualTo(strong);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Речення закінчилось.",
        "Речення закінчилось.  \n",
        "Він сказав: «Досить».",
        "Він сказав: «Досить.»",
        "Чи так?)",
        "Так!\u2028",
        "Так!\u00a0\u3000",
        "Три крапки…",
        "Одна літера а.",
        "Число 42.",
        "Підкреслення a_.",
        "крапки..",
        "Без кінця",
        ".",
        "",
        "   ",
        "»",
        "Лапка\".",
        "Emoji 👍.",
        "Математика 𝕏𝕏.",
        "Знак e\u0301.",
        "Join x\u200d.",
        "比赛开始后，双方都非常谨慎。",
        "真的吗？",
        "谨。",
        "هل هذا صحيح؟",
      })
  void endsSentenceAsTheRegexItReplaces(String s) {
    boolean regex =
        java.util.regex.Pattern.compile("(?U)\\w{2,}[.!?…。！？؟।][»\"”)]?\\s*$").matcher(s).find();
    assertThat(ProseMass.endsSentence(s)).as("%s", s).isEqualTo(regex);
  }
}
