package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a boilerplate name ({@link Hints}) must not drop the article's own words: a list that names
 * itself a list, an inline element inside a sentence. Checked on the rule and on whole pages.
 */
class BoilerplateNamesTest {
  private static final String BEFORE =
      "<p>Рятувальники працювали до ранку, а міська влада відкрила пункт обігріву для людей.</p>"
          + "<p>Як повідомив міський голова, директора підприємства відсторонено від посади.</p>";
  private static final String AFTER =
      "<p>Міллс підвівся на рахунок «сім» і дотягнув до гонгу, але потім оборонявся до кінця.</p>"
          + "<p>Синоптики обіцяють похолодання наприкінці тижня, тож варто подбати про теплий одяг.</p>";

  static String body(String html) {
    String page =
        "<html><body><article><h1>Заголовок новини</h1>"
            + BEFORE
            + html
            + AFTER
            + "</article></body></html>";
    Extraction got = new Extractor().extract(page, "https://example.com/news/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    String text = ((Extraction.Found) got).article().articleBody();
    assertThat(text).startsWith("Рятувальники").endsWith("теплий одяг.");
    return text;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<ul class='x'></ul> | 0",
        "<ul class='postList'></ul> | 25",
        "<ol class='steps-list'></ol> | 0",
        "<li class='list-item'></li> | 0",
        "<div class='postList'></div> | -25",
        "<div class='news-list'></div> | -25",
        "<ul class='related-list'></ul> | -25",
        "<ul class='share-list'></ul> | -25",
        "<ul class='tags'></ul> | -25",
        "<div class='field field-name-body field-label-hidden'></div> | 25",
        "<div class='field field-label-above'></div> | 0",
        "<div class='field-label'></div> | -25",
        "<div class='meta-label-hidden'></div> | -25",
        "<div class='field field-label-inline'></div> | 0",
        "<figure class='caption-below'></figure> | -25",
        "<div class='news-title-bottom'></div> | -25",
        "<div class='caption'></div> | -25",
        "<div class='label-inline share'></div> | -25",
        "<div class='item no_caption'></div> | 0",
        "<div class='noCaption'></div> | 0",
        "<div class='card-wrap no-thumb'></div> | -25",
        "<div class='post type-post has-post-thumbnail'></div> | 25",
        "<div class='layout with-sidebar'></div> | 0",
        "<div class='entry without-comments'></div> | 25",
        "<div class='caption has-credit'></div> | -25",
        "<div class='sidebar no-caption'></div> | -25",
        "<div class='no-print'></div> | -25",
        "<div class='entry-content entry-content-read-more'></div> | 25",
        "<div class='article-body-more'></div> | 25",
        "<div class='more-content'></div> | -25",
        "<div class='read-more'></div> | -25",
        "<div class='article-more'></div> | -25",
        "<div class='content-related'></div> | -25",
        "<div class='box article modal-enabled'></div> | 25",
        "<div class='has-sidebar'></div> | 0",
        "<div class='post no-comments'></div> | 25",
        "<div class='with-share-bar'></div> | 0",
        "<div class='comments-disabled'></div> | 0",
        "<div class='modal'></div> | -25",
        "<div class='sharedaddy sd-block sd-like'></div> | -25",
        "<div class='jp-relatedposts'></div> | -25",
        "<div class='comments-list'></div> | -25",
      })
  void aListNamedListOrAPlacementIsNotBoilerplateForIt(String html, int weight) {
    Element e = Jsoup.parseBodyFragment(html).body().child(0);
    assertThat(Hints.weight(e)).isEqualTo(weight);
  }

  @ParameterizedTest(name = "{0} → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<h3>Що змінилося</h3><ul class='postList'><li>Нові правила оренди для ФОП</li>"
            + "<li>Інший порядок подання звітів</li></ul> | true",
        "<ol class='numbered-list'><li>Нові правила оренди для ФОП</li>"
            + "<li>Інший порядок подання звітів</li></ol> | true",
        "<ul class='related-list'><li>Нові правила оренди для ФОП</li>"
            + "<li>Інший порядок подання звітів</li></ul> | false",
      })
  void theArticlesOwnListsStay(String list, boolean kept) {
    assertThat(body(list).contains("Інший порядок подання звітів")).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0} → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div class='story-item no_caption'><p>ПОВІДОМЛЕННЯ</p></div> | true",
        "<div class='story-item has-post-thumbnail'><p>ПОВІДОМЛЕННЯ</p></div> | true",
        "<div class='story-item with-sidebar'><p>ПОВІДОМЛЕННЯ</p></div> | true",
        "<div class='story-item caption'><p>ПОВІДОМЛЕННЯ</p></div> | false",
        "<div class='sidebar no-caption'><p>ПОВІДОМЛЕННЯ</p></div> | false",
        "<div class='story-item no-print'><p>ПОВІДОМЛЕННЯ</p></div> | false",
      })
  void aNameOfWhatABlockHasOrLacksIsNotItsName(String block, boolean kept) {
    String said = "Мати загиблої розповіла, що лікарі до останнього намагалися збити температуру.";
    assertThat(body(block.replace("ПОВІДОМЛЕННЯ", said)).contains(said)).isEqualTo(kept);
  }

  /**
   * The folded rest of a story, in a box named "more" as a box of links to more stories is, stays
   * when it holds prose without headline links; a box of teasers or a "Read more" link goes. The
   * name is judged by its other words too: "more" beside "comments" is still comments.
   */
  @ParameterizedTest(name = "{0} → kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "read-more-content | <div class='read-more-content'>{P}{Q}</div> | true",
        "collapse more | <div class='collapse more'>{P}{Q}</div> | true",
        "id more | <div class=collapse id=more>{P}{Q}</div> | true",
        "article-more | <div class='article-more'>{P}</div> | true",
        "more comments | <div class='more-comments'>{P}{Q}</div> | false",
        "more teasers | <div class='more-news'><h3><a href='/n/1'>Тепло повернули в Дарницю до"
            + " вечора</a></h3>{P}<h3><a href='/n/2'>Мер пообіцяв компенсації мешканцям</a></h3>{Q}"
            + "</div> | false",
        "more links | <div class='more-news'><p><a href='/n/1'>{T}</a></p><p><a href='/n/2'>{T}</a>"
            + "</p></div> | false",
      })
  void theFoldedRestOfAStoryStaysInABoxNamedMore(String name, String box, boolean kept) {
    String p =
        "Загалом без тепла залишалися сорок два будинки на лівому березі, повідомили в КМДА.";
    String q =
        "Комунальники обіцяють перевірити всі труби району до початку наступного опалювального"
            + " сезону.";
    String html =
        box.replace("{P}", "<p>" + p + "</p>").replace("{Q}", "<p>" + q + "</p>").replace("{T}", p);
    assertThat(body(html).contains("сорок два будинки")).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Він перетворився на <a class='popup' href='#'>соляний стовп</a> і стояв. | true",
        "Він перетворився на <span class='tooltip'>соляний стовп</span> і стояв. | true",
        "Опади, <a class='tag' href='/t/x'>соляний стовп</a> і вітер. | true",
        "Він стояв. <a class='popup' href='#'>соляний стовп</a> | false",
        "Він стояв. <a class='readmore' href='/n/2'>Read more</a> | false",
        "Він стояв біля <a class='readmore' href='/n/2'>Read more</a> | false",
        "<a class='popup' href='#'>соляний стовп</a> і стояв. | true",
        "<a class='popup' href='#'>Соляний стовп</a>, і стояв. | true",
        "<a class='popup' href='#'>соляний стовп</a> | false",
        "Він стояв. <a class='popup' href='#'>соляний стовп</a> І стояв. | false",
        "Він перетворився на <div class='popup'>соляний стовп</div> і стояв. | false",
        "Компанія «<a class='tag' href='/t/x'>Соляний стовп</a>» повідомила. | true",
        "\"<a class='popup' href='#'>Соляний стовп</a>,\" сказав він. | true",
        "Він стояв. «<a class='popup' href='#'>Соляний стовп</a>» | false",
        "Він стояв. \"<a class='readmore' href='/n/2'>Read more</a>\" | false",
        "Він стояв. <a class='popup' href='#'>Соляний стовп стояв там.</a> Він стояв. | true",
        "<a class='popup' href='#'>Соляний стовп стояв там</a>. Він стояв. | true",
        "Він стояв. <a class='popup' href='#'>Соляний стовп стояв там?</a> | false",
        "Він стояв. <a class='popup' href='#'>Соляний стовп.</a> Він стояв. | false",
        "Він стояв, <a class='tip' href='#'>Соляний стовп стояв там.</a> Він стояв. | true",
        "<a class='popup' href='#'>Соляний стовп</a>-- і він стояв. | true",
        "<span class='dateline'>Соляний стовп —</span> Він стояв. | true",
        "<span class='dateline'>Соляний стовп</span> – Він стояв. | true",
        "<span class='dateline'>Соляний стовп</span> Він стояв. | false",
        "<span class='dateline'>Соляний стовп —</span> | false",
        "<a class='crumb' href='/'>Соляний стовп</a> — <a class='crumb' href='/n'>Він</a> | false",
        "<a class='crumb' href='/'>Соляний стовп —</a> <a class='crumb' href='/n'>Він</a> | false",
      })
  void anInlineElementInsideASentenceIsTheSentences(String p, boolean midSentence) {
    Element para = Jsoup.parseBodyFragment("<p>" + p + "</p>").body().child(0);
    Element named = para.children().isEmpty() ? para : para.child(0);
    if (!named.nameIs("div")) {
      assertThat(MainText.midSentence(named)).isEqualTo(midSentence);
    }
    String text = body("<p>" + p + "</p>");
    assertThat(text.toLowerCase(Locale.ROOT).contains("соляний стовп")).isEqualTo(midSentence);
  }

  @ParameterizedTest(name = "{0} → label kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div class=step><span class='headline2 head'>Крок перший</span><p>РЕЧЕННЯ</p></div> | true",
        "<div class=step><b class='step-title'>Крок перший</b><ul><li>РЕЧЕННЯ</li></ul></div> | true",
        "<div class=step><span class='title'><a href='/n/2'>Крок перший</a></span><p>РЕЧЕННЯ</p>"
            + "</div> | false",
        "<div class=step><p>РЕЧЕННЯ</p><span class='title'>Крок перший</span></div> | false",
        "<div class=step><span class='title'>Крок перший</span></div><p>РЕЧЕННЯ</p> | false",
        "<div class=step><span class='related-title'>Крок перший</span><p>РЕЧЕННЯ</p></div> | false",
        "<div class=step><span class='date'>Крок перший</span><p>РЕЧЕННЯ</p></div> | false",
      })
  void aHeadingSetAsAStyledSpanAtTheHeadOfItsBlockIsItsSubheading(String block, boolean kept) {
    String said = "Виміряйте трубу й відріжте шматок на два сантиметри коротший за неї.";
    String text = body(block.replace("РЕЧЕННЯ", said));
    assertThat(text).contains(said);
    assertThat(text.contains("Крок перший")).isEqualTo(kept);
  }

  /**
   * A sign-up window in the page (a lightbox, a membership or paywall prompt) is no part of the
   * text it stands beside; a box named for nothing is.
   */
  @ParameterizedTest(name = "{0} → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div class='lightbox full-screen'> | false",
        "<div id='membership'> | false",
        "<div class='paywall-prompt'> | false",
        "<div class='box'> | true",
      })
  void aSignUpWindowBesideTheTextGoes(String open, boolean kept) {
    String text =
        body(
            open
                + "<div><p>Хочете бути серед своїх?<br>Отримуйте новини про улюблених зірок"
                + " першими, щоранку.</p><p>Уже з нами? Увійдіть <a href='/login'>тут</a>.</p>"
                + "</div></div>");
    assertThat(text.contains("Отримуйте новини")).isEqualTo(kept);
  }

  /**
   * A quotation in the text stays whatever weak word names it, and so does a social post the text
   * quotes ({@code twitter-tweet}: {@link Hints#quotedPost}); a strong word still drops it.
   */
  @ParameterizedTest(name = "<blockquote class={0}> → kept {1}")
  @CsvSource({
    "edTag, true",
    "note-info, true",
    "twitter-tweet, true",
    "related-quote, false",
  })
  void aQuotationNamedByAWeakWordStays(String cls, boolean kept) {
    String text =
        body(
            "<blockquote class='"
                + cls
                + "'><div><p>«Ми не знали, що робити далі, тож просто чекали до ранку»,"
                + " — розповіла мешканка будинку.</p></div></blockquote>");
    assertThat(text.contains("просто чекали до ранку")).isEqualTo(kept);
  }
}
