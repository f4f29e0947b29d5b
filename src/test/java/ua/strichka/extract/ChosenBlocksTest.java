package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which blocks make the chosen text: paragraphs set in bare {@code <div>}s are read together, not
 * one by one, and a boilerplate name cannot empty the text it wraps. Checked on the rules and on
 * whole pages of our own.
 */
class ChosenBlocksTest {
  static final List<String> PARAGRAPHS =
      List.of(
          "Рятувальники працювали до ранку, а міська влада відкрила пункт обігріву для мешканців.",
          "Як повідомив міський голова, всі служби міста працюють у посиленому режимі, без вихідних.",
          "Комунальники вже почали закривати вікна плівкою і фанерою, щоб люди не мерзли вночі.",
          "Синоптики обіцяють похолодання наприкінці тижня, тож варто подбати про теплий одяг.",
          "У лікарнях, за словами медиків, усе необхідне є, а запаси ліків поповнили ще восени.");

  static String body(String page) {
    Extraction got = new Extractor().extract(page, "https://example.com/news/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) got).article().articleBody();
  }

  static String page(String article) {
    return "<html><head><title>Ніч після обстрілу</title></head><body><header><ul class=menu>"
        + "<li><a href='/a/'>Новини</a><li><a href='/b/'>Економіка</a><li><a href='/c/'>Спорт</a>"
        + "</ul></header><main><article><h1>Ніч після обстрілу</h1>"
        + article
        + "</article></main><footer>© Новини міста</footer></body></html>";
  }

  @ParameterizedTest(name = "{0} → one paragraph {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div>Рятувальники працювали до ранку, а влада відкрила пункт обігріву.</div> | true",
        "<div>Рятувальники працювали <a href='/x'>до ранку</a>, <b>а влада</b> відкрила.</div>"
            + " | true",
        "<div>Рятувальники працювали до ранку.<br><br>А влада відкрила пункт обігріву.</div>"
            + " | false",
        "<div><p>Рятувальники працювали до ранку, а влада відкрила пункт обігріву.</p></div>"
            + " | false",
        "<section>Рятувальники працювали до ранку, а влада відкрила пункт обігріву.</section>"
            + " | false",
      })
  void aDivOfInlineTextIsOneParagraph(String html, boolean paragraph) {
    Element root = Jsoup.parseBodyFragment(html).body();
    Element e = root.child(0);
    assertThat(MainText.paragraphDiv(e, new TextStats(root).of(e))).isEqualTo(paragraph);
  }

  @ParameterizedTest(name = "paragraphs in {0}, a picture between: all kept")
  @CsvSource({"div", "p"})
  void paragraphsEachInItsOwnBoxAreReadTogether(String tag) {
    StringBuilder a = new StringBuilder("<section class=body>");
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      a.append("<div class=section-container><div><")
          .append(tag)
          .append(" class=section-text>")
          .append(PARAGRAPHS.get(i))
          .append("</")
          .append(tag)
          .append("></div></div>");
      if (i == 1) {
        a.append("<div class=section-container><div class=section-image><img src='/i.jpg'>")
            .append("<a href='/pin'>Pin it</a></div></div>");
      }
    }
    String text = body(page(a.append("</section>").toString()));
    assertThat(text).isEqualTo(String.join("\n\n", PARAGRAPHS));
  }

  @ParameterizedTest(name = "<div class={0}> around {1} of the text → kept {2}")
  @CsvSource({
    "story-card, all, true",
    "field-label, all, true",
    "comments, all, true",
    "story-card, the last paragraph, false",
    "comments, the last paragraph, false",
  })
  void aNamedBlockHoldingMostOfTheChosenTextStays(String cls, String wraps, boolean kept) {
    boolean all = wraps.equals("all");
    StringBuilder a = new StringBuilder("<div class=article-body>");
    // Nested a level down, as CMS fields are: the name is on the wrapper of the paragraphs' box.
    if (all) a.append("<div class=").append(cls).append("><div>");
    for (int i = 0; i < PARAGRAPHS.size() - 1; i++) {
      a.append("<p>").append(PARAGRAPHS.get(i)).append("</p>");
    }
    if (!all) a.append("<div class=").append(cls).append("><div>");
    a.append("<p>").append(PARAGRAPHS.getLast()).append("</p></div></div></div>");
    String text = body(page(a.toString()));
    assertThat(text).startsWith(all ? PARAGRAPHS.getFirst() : "");
    assertThat(text.contains(PARAGRAPHS.getLast())).isEqualTo(kept);
  }

  /**
   * The story's first paragraphs each boxed apart, a related box between them and the rest: a box
   * holding one paragraph alone is judged as that paragraph, and goes with the text when the
   * paragraph would; a box of a link does not, nor a box of one short line (a disclaimer).
   */
  @ParameterizedTest(name = "{0}…{1} → first paragraphs kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div class=firstPar><p> | </p></div> | true",
        "<div class=lead-box><div><p> | </p></div></div> | true",
        "<div class=firstPar><p><a href='/other-story'> | </a></p></div> | false",
      })
  void aBoxHoldingOneParagraphAloneIsJudgedAsThatParagraph(
      String open, String close, boolean kept) {
    String a =
        open
            + PARAGRAPHS.get(0)
            + close
            + open.replace("first", "second")
            + PARAGRAPHS.get(1)
            + close.replace("first", "second")
            + "<div class=related-links><h2>Related Articles</h2><ul><li><a href='/x'>Тепла"
            + " зима</a><li><a href='/y'>Нові тарифи</a></ul></div><div class=body><p>"
            + String.join("</p><p>", PARAGRAPHS.subList(2, PARAGRAPHS.size()))
            + "</p></div><div class=disclaimer><p>Редакція може не поділяти думку автора.</p></div>";
    String text = body(page(a));
    assertThat(text).endsWith(PARAGRAPHS.getLast()).doesNotContain("Related", "Тепла", "Редакція");
    if (kept) assertThat(text).isEqualTo(String.join("\n\n", PARAGRAPHS));
    else assertThat(text).doesNotContain(PARAGRAPHS.get(0));
  }

  /**
   * Steps set one per box of the text's own class, the first long and the rest one short line each:
   * a short step in a box of that class is the text's, as a short paragraph would be; boxes named
   * related beside them are not.
   */
  @ParameterizedTest(name = "short steps in <div class=''{0}''> → kept {1}")
  @CsvSource({"mod step, true", "mod related, false"})
  void aShortLineInABoxOfTheTextsClassIsTaken(String cls, boolean kept) {
    String a =
        "<div class=col><div class='mod step'><div class=content><span class=head>Крок 1</span><p>"
            + String.join("</p><p>", PARAGRAPHS)
            + "</p></div></div><div class='"
            + cls
            + "'><div class=content><span class=head>Крок 2</span><p>Вставте рослину в отвір.</p>"
            + "</div></div><div class='"
            + cls
            + "'><div class=content><span class=head>Крок 3</span><p>Полийте її теплою водою.</p>"
            + "</div></div></div>";
    String text = body(page(a));
    assertThat(text).startsWith("Крок 1\n\n" + PARAGRAPHS.getFirst());
    assertThat(text.contains("Вставте рослину в отвір.")).isEqualTo(kept);
    assertThat(text.contains("Полийте її теплою водою.")).isEqualTo(kept);
  }

  /** Words beside the text's block in no block of their own are not taken with it. */
  @ParameterizedTest(name = "{0} beside the text → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<b>Warning: session_start(): open(/tmp/sess_b5) failed: Disk quota exceeded (122) in"
            + " /home/site/public_html/wp-content/plugins/lib/class-lib.php on line 145</b> | false",
        "<p>Warning: a paragraph of its own is the article's, as any paragraph beside it is,"
            + " and is taken with the text.</p> | true",
      })
  void wordsInNoBlockBesideTheTextAreNotItsParagraph(String beside, boolean kept) {
    String text =
        body(
            "<html><head><title>Ніч після обстрілу</title></head><body>"
                + beside
                + "<div id=outer><div id=main><article class='post has-post-thumbnail'><h1>Ніч"
                + " після обстрілу</h1><p>"
                + String.join("</p><p>", PARAGRAPHS)
                + "</p></article></div></div></body></html>");
    assertThat(text).endsWith(PARAGRAPHS.getLast());
    assertThat(text.contains("Warning")).isEqualTo(kept);
  }

  static final List<String> NEXT_STORY =
      List.of(
          "Футбольний клуб оголосив про підписання контракту з молодим нападником, який минулого"
              + " сезону забив дванадцять голів у першій лізі, а тепер отримає шанс в основі.",
          "Тренер команди сказав журналістам, що бачить у гравцеві великий потенціал, хоча йому ще"
              + " бракує досвіду, і пообіцяв давати йому ігровий час уже з першого туру.",
          "Уболівальники зустріли новину стримано: клуб уже кілька років купує молодих гравців,"
              + " але мало хто з них закріпився в складі, тож скептиків вистачає.",
          "Президент клубу пояснив, що трансферна політика не зміниться, бо бюджет клубу обмежений,"
              + " а вихованці академії коштують дешевше за досвідчених легіонерів.",
          "Наступний матч команда проведе в неділю на своєму полі, квитки вже у продажу, а перед"
              + " грою відбудеться презентація новачків сезону для всіх охочих.");

  /**
   * A page that loads the next stories under its own (infinite scroll), each an {@code <article>}
   * with its headline in a header box: the page's title says which is its own, though a longer one
   * follows. Without a heading of the title, or with no text under it, the best text stays.
   */
  @ParameterizedTest(name = "own story headed {0}, holding {1} paragraphs → own chosen {2}")
  @CsvSource({
    "Ніч після обстрілу, 2, true",
    "Ніч після обстрілу, 0, false",
    "Інша новина дня, 2, false",
  })
  void ofSeveralArticlesThePageTitleChoosesItsOwn(String heading, int own, boolean chosen) {
    String page =
        "<html><head><title>Ніч після обстрілу</title></head><body><div class=stream>"
            + "<article class=story><div class=story-header><h1>"
            + heading
            + "</h1><span>Ірина Морозюк</span></div><div class=story-body><p>"
            + String.join("</p><p>", PARAGRAPHS.subList(0, own))
            + "</p></div></article><article class=story><div class=story-header><h1>Клуб"
            + " підписав нападника</h1></div><div class=story-body><p>"
            + String.join("</p><p>", NEXT_STORY)
            + "</p></div></article></div></body></html>";
    String text = body(page);
    if (chosen) assertThat(text).isEqualTo(String.join("\n\n", PARAGRAPHS.subList(0, own)));
    else assertThat(text).endsWith(String.join("\n\n", NEXT_STORY));
  }

  /**
   * A page that sets its headline and lead in one {@code <article>} and its text, with subheadings,
   * in the next: the text has no headline of its own, and stays the page's text.
   */
  @Test
  void aTextWithoutItsOwnHeadlineStaysBesideTheArticleOfTheTitle() {
    String page =
        "<html><head><title>Ніч після обстрілу</title></head><body><div class=top><article"
            + " class=hero><h1>Ніч"
            + " після обстрілу</h1><p>"
            + String.join("</p><p>", PARAGRAPHS.subList(0, 3))
            + "</p></article></div><div class=main><article class=story-body><div class=text><p>"
            + String.join("</p><p>", NEXT_STORY.subList(0, 3))
            + "</p><h2>Що далі</h2><p>"
            + String.join("</p><p>", NEXT_STORY.subList(3, NEXT_STORY.size()))
            + "</p></div><div class=picture><img src='/a.jpg'></div></article></div>"
            + "</body></html>";
    assertThat(body(page)).contains(NEXT_STORY.getFirst(), NEXT_STORY.getLast());
  }

  /**
   * jsoup caches an element's child elements; a copy made of shallow clones must not answer with
   * the original's (ProseMass, BlockRuns and the sibling pass read {@code children()} on the copy).
   */
  @ParameterizedTest(name = "children of the copy, all of them dropped: {0}")
  @CsvSource({"share-buttons", "related"})
  void theStrippedCopyAnswersWithItsOwnChildren(String cls) {
    String page =
        page(
            "<div id=box><div class="
                + cls
                + "><a href='/a'>Посилання</a></div><div class="
                + cls
                + "><a href='/b'>Ще</a></div></div><p>"
                + String.join("</p><p>", PARAGRAPHS)
                + "</p>");
    org.jsoup.nodes.Document doc = Jsoup.parse(page);
    for (Element e : doc.getAllElements()) assertThat(e.children()).isNotNull(); // fills caches
    assertThat(doc.getElementById("box").children()).hasSize(2);
    Element box = MainText.stripped(doc).getElementById("box");
    assertThat(box.children()).isEmpty();
    assertThat(box.childrenSize()).isZero();
  }

  static final String WARNING =
      "<br> <b>Warning</b>: session_start(): open(/tmp/sess_5910bf, O_RDWR) failed: Disk quota"
          + " exceeded (122) in <b>/home/news/public_html/example.com/wp-content/plugins/"
          + "custom-sidebars/inc/class-lib.php</b> on line <b>145</b><br> ";

  static final String AFTER =
      "Синоптики обіцяють похолодання наприкінці тижня, тож варто подбати про теплий одяг і взуття.";

  @ParameterizedTest(name = "{0} → kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a server's warning before the doctype | WARNING<!DOCTYPE html><html> | false",
        "a bold line set straight in the body | <!DOCTYPE html><html> | false",
        "a paragraph set straight in the body | <!DOCTYPE html><html> | true",
      })
  void textOutsideThePagesLayoutBesideAWholePageWrapper(String kind, String start, boolean kept) {
    StringBuilder article = new StringBuilder();
    for (String p : PARAGRAPHS.subList(0, 3)) article.append("<p>").append(p).append("</p>");
    String outside =
        kind.startsWith("a bold")
            ? "<b>" + AFTER + "</b>"
            : kind.startsWith("a para") ? "<p>" + AFTER + "</p>" : "";
    String page =
        start.replace("WARNING", WARNING)
            + "<head><title>Ніч після обстрілу</title></head><body><div id=outer>"
            + "<div class=container><article class='post hentry'><h1>Ніч після обстрілу</h1>"
            + article
            + "</article></div></div>"
            + outside
            + "</body></html>";
    String text = body(page);
    assertThat(text).startsWith(PARAGRAPHS.getFirst());
    assertThat(text.contains("class-lib") || text.contains(AFTER)).isEqualTo(kept);
  }

  /**
   * A short subheading boxed as the paragraphs around it are ({@code <div class=par><h3>…</h3>
   * </div>}) is the text's; a short box of words that is no heading, without a sentence's end, is a
   * fragment and goes.
   */
  @ParameterizedTest(name = "{0} between paragraphs → kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a boxed h3 | <div class=par><h3>Що далі</h3></div> | true",
        "a doubly boxed h2 | <div class=par><div><h2>What next</h2></div></div> | true",
        "a bare h3 | <h3>Що далі</h3> | true",
        "a boxed bold line | <div class=par><strong>Що далі</strong></div> | true",
        "a boxed heading and a link | <div class=par><h3>Що далі</h3><a href='/x'>Ще</a></div>"
            + " | false",
        "a boxed linked heading | <div class=par><h3><a href='/x'>Що далі</a></h3></div> | false",
        "a boxed fragment | <div class=par><i>Що далі</i></div> | false",
        "a boxed bold fragment of a line | <div class=par><b>Що</b> далі</div> | false",
      })
  void aShortSubheadingInABoxOfItsOwnStays(String kind, String box, boolean kept) {
    StringBuilder a = new StringBuilder("<div class=story>");
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      a.append("<div class=par>").append(PARAGRAPHS.get(i)).append("</div>");
      if (i == 2) a.append(box);
    }
    String text = body(page(a.append("</div>").toString()));
    assertThat(text).startsWith(PARAGRAPHS.getFirst()).endsWith(PARAGRAPHS.getLast());
    assertThat(text.contains("Що далі") || text.contains("What next")).isEqualTo(kept);
  }

  /**
   * In text set a {@code div} per paragraph, a sentence without a link that opens with a teaser's
   * word («Рекомендуємо…», «Реклама…», "Related…") is a paragraph of the text; a teaser that links
   * what it teases, or a label standing alone, goes.
   */
  @ParameterizedTest(name = "<div>{0}</div> among the paragraphs → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Рекомендуємо мешканцям не виходити з укриттів до відбою тривоги, наголосили в ДСНС. | true",
        "Реклама на зупинках тепер показує адреси найближчих укриттів, повідомили в КМДА. | true",
        "Related research shows that such shelters halve the number of casualties, experts say."
            + " | true",
        "Читайте також: <a href='/news/2'>Як школи працюють під час тривог</a> | false",
        "Рекомендуємо: <a href='/news/3'>Де купити генератор і не переплатити.</a> | false",
        "Реклама | false",
      })
  void aSentenceOpeningWithATeasersWordIsText(String block, boolean kept) {
    StringBuilder a = new StringBuilder("<div class=story>");
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      a.append("<div class=par>").append(PARAGRAPHS.get(i)).append("</div>");
      if (i == 2) a.append("<div class=par>").append(block).append("</div>");
    }
    String text = body(page(a.append("</div>").toString()));
    String words = Jsoup.parseBodyFragment(block).text();
    assertThat(text).startsWith(PARAGRAPHS.getFirst()).endsWith(PARAGRAPHS.getLast());
    assertThat(text.contains(words)).isEqualTo(kept);
  }

  /**
   * A short list or table without links after the paragraph that introduces it is the text's own
   * facts, item by item; a short row of links (a menu, tags) in the text's box still goes.
   */
  @ParameterizedTest(name = "{0} → kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a list of towns | <p>Тривогу оголосили в містах:</p><ul><li>Київ</li><li>Суми</li>"
            + "<li>Львів</li></ul> | true",
        "an ordered list | <p>Порядок дій:</p><ol><li>Вимкнути газ</li><li>Вийти</li></ol> | true",
        "a score table | <p>Рахунок матчу:</p><table><tr><td>Динамо</td><td>2</td></tr>"
            + "<tr><td>Шахтар</td><td>1</td></tr></table> | true",
        "a row of links | <p>Тривогу оголосили в містах:</p><ul><li><a href='/k'>Київ</a></li>"
            + "<li><a href='/s'>Суми</a></li></ul> | false",
        "a list of one word | <p>Тривогу оголосили в містах:</p><ul><li>Київ Суми</li></ul> | false",
      })
  void aShortListOfTheTextsFactsStays(String kind, String block, boolean kept) {
    String html =
        "<div class=text><p>"
            + PARAGRAPHS.get(0)
            + "</p>"
            + block
            + "<p>"
            + PARAGRAPHS.get(1)
            + "</p><p>"
            + PARAGRAPHS.get(2)
            + "</p></div>";
    String text = body(page(html));
    assertThat(text).startsWith(PARAGRAPHS.getFirst()).endsWith(PARAGRAPHS.get(2));
    assertThat(text.contains("Суми") || text.contains("Вийти") || text.contains("Шахтар"))
        .isEqualTo(kept);
  }

  /**
   * In text set a {@code div} per paragraph, a sentence running through its links is a paragraph as
   * the same {@code <p>} is; a teaser card (its headline's link first) and a box of links go.
   */
  @ParameterizedTest(name = "{0} → kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a cited sentence | Про це повідомили в <a href='/d'>Державній службі з надзвичайних"
            + " ситуацій</a> та в <a href='/p'>Національній поліції України</a>. | true | поліції",
        "a teaser card | <a href='/n/2'>Уряд ухвалив нові правила оренди житла</a> Що зміниться"
            + " для орендарів. | false | орендарів",
        "links without a sentence | <a href='/d'>Державна служба з надзвичайних ситуацій</a>,"
            + " <a href='/p'>Національна поліція</a> | false | поліція",
      })
  void aSentenceThroughItsLinksInADivIsAParagraph(
      String kind, String block, boolean kept, String word) {
    StringBuilder a = new StringBuilder("<div class=story>");
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      a.append("<div class=par>").append(PARAGRAPHS.get(i)).append("</div>");
      if (i == 1) a.append("<div class=par>").append(block).append("</div>");
    }
    String text = body(page(a.append("</div>").toString()));
    assertThat(text).startsWith(PARAGRAPHS.getFirst()).endsWith(PARAGRAPHS.getLast());
    assertThat(text.contains(word)).isEqualTo(kept);
  }
}
