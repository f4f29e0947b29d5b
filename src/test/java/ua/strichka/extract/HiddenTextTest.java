package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text a reader never sees is no article text, in every form pages hide it by; text the page shows
 * on a click (a {@code <details>} body, the folded rest of the story) or from a screen width on is.
 */
class HiddenTextTest {
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2025, 4, 9, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"));

  /** A story of three paragraphs with {@code #X#} between the first and the others. */
  private static final String PAGE =
      "<html lang=uk><head><title>Обстріл Харкова</title></head><body><header><a href=/>Головна</a>"
          + "</header><article><h1>Обстріл Харкова</h1><p>Уночі росіяни обстріляли Харків"
          + " керованими авіабомбами, пошкоджено житлові будинки та школу, повідомив голова"
          + " обласної адміністрації.</p>#X#<p>Рятувальники працювали на місці до ранку, вони"
          + " деблокували трьох людей, а медики надали допомогу ще сімом постраждалим.</p><p>Міська"
          + " влада відкрила пункти незламності, де мешканці можуть зігрітися, зарядити телефони"
          + " й отримати воду.</p></article></body></html>";

  /** The paragraph the rows put in their block: prose, as a reader would take for text. */
  private static final String SENTENCE =
      "<p>Цей абзац сторінка ховає від читача, хоча в ньому досить слів, ком і речень,"
          + " щоб скидатися на текст статті.</p>";

  private static String body(String block) {
    String html = PAGE.replace("#X#", block.replace("#P#", SENTENCE));
    Extraction x = new Extractor().extract(html, "https://news.example/a/1", FeedHints.NONE, NOW);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) x).article().articleBody();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the hidden attribute | <div hidden>#P#</div>",
        "display:none | <div style='display:none'>#P#</div>",
        "DISPLAY : NONE with !important | <div style='color:red; DISPLAY : NONE !important'>#P#</div>",
        "visibility:hidden | <div style='visibility: hidden'>#P#</div>",
        "visibility:collapse | <section style='Visibility:Collapse'>#P#</section>",
        "aria-hidden on a block (a ticker's copy) | <div aria-hidden='true'>#P#</div>",
        "Bootstrap d-none | <div class='box d-none'>#P#</div>",
        "Tailwind hidden | <div class='hidden text-sm'>#P#</div>",
        "Bulma is-hidden | <div class=is-hidden>#P#</div>",
        "Bootstrap invisible | <div class=invisible>#P#</div>",
        "Bootstrap 3 hide | <div class=hide>#P#</div>",
        "visually-hidden | <div class=visually-hidden>#P#</div>",
        "sr-only | <div class=sr-only>#P#</div>",
        "WordPress screen-reader-text | <div class=screen-reader-text>#P#</div>",
        "hidden inside a paragraph | <p>Речення, яке читач бачить повністю.<span"
            + " style='display:none'> Цей абзац сторінка ховає від читача.</span></p>",
      })
  void hiddenTextIsNoText(String form, String block) {
    String body = body(block);
    assertThat(body).as(form).doesNotContain("ховає від читача");
    assertThat(body).as(form).contains("Рятувальники працювали").contains("Уночі росіяни");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a <details> body | <details><summary>Подробиці</summary>#P#</details>",
        "the folded rest behind «Читати далі» | <div class=read-more-content"
            + " style='display:none'>#P#</div><button>Читати далі</button>",
        "hidden=until-found opens on a search | <div hidden=until-found>#P#</div>",
        "d-none shown from a tablet on | <div class='d-none d-md-block'>#P#</div>",
        "Tailwind hidden shown on a desktop | <div class='hidden lg:block'>#P#</div>",
        "a class named only like hidden | <div class='hidden-xs'>#P#</div>",
        "aria-hidden=false | <div aria-hidden=false>#P#</div>",
        "display:block | <div style='display:block'>#P#</div>",
      })
  void shownTextStays(String form, String block) {
    assertThat(body(block)).as(form).contains("ховає від читача");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a site's class 'hidden' around the whole page | <div class=hidden>",
        "a page its script shows | <div id=page style='display:none'>",
      })
  void aBlockHoldingTheHeadlineIsShown(String form, String wrapper) {
    String html =
        PAGE.replace("<article>", wrapper + "<article>")
            .replace("</article>", "</article></div>")
            .replace("#X#", SENTENCE);
    Extraction x = new Extractor().extract(html, "https://news.example/a/1", FeedHints.NONE, NOW);
    assertThat(x).as(form).isInstanceOf(Extraction.Found.class);
    assertThat(((Extraction.Found) x).article().articleBody())
        .as(form)
        .contains("Уночі росіяни")
        .contains("ховає від читача")
        .contains("Рятувальники працювали");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an aria-hidden figure beside its screen reader's words | <p>Квиток коштує <span"
            + " aria-hidden=true>250 грн</span><span class=sr-only>двісті п'ятдесят гривень</span>,"
            + " повідомив перевізник у понеділок вранці.</p> | коштує 250 грн, повідомив",
        "an aria-hidden word inside a sentence | <p>Зарплати зросли на <b aria-hidden=true>"
            + "12 відсотків</b> за рік, повідомила Державна служба статистики у звіті.</p>"
            + " | на 12 відсотків за рік",
      })
  void anAriaHiddenSignInASentenceIsRead(String form, String block, String want) {
    assertThat(body(block)).as(form).contains(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a hidden date before the shown one | <h1>Новина дня</h1><p class=date"
            + " style='display:none'>1 січня 2020, 10:00</p><p class=date>9 квітня 2025, 07:03</p>"
            + " | 2025-04-09T07:03+03:00",
        "a date in a hidden block | <h1>Новина дня</h1><div hidden><span class=date>1 січня 2020,"
            + " 10:00</span></div><p class=date>9 квітня 2025, 07:03</p> | 2025-04-09T07:03+03:00",
        "a screen reader's <h1> is no headline | <h1 class=visually-hidden>Стрічка новин</h1><div"
            + " class=teaser><span class=date>1 січня 2020, 10:00</span></div><h1>Новина дня</h1>"
            + "<p class=date>9 квітня 2025, 07:03</p> | 2025-04-09T07:03+03:00",
        "a hidden meta line before the shown one | <h1>Новина дня</h1><div class=d-none>Іван"
            + " Петренко · 1 січня 2020, 10:00</div><div>Олена Коваль · 9 квітня 2025, 07:03</div>"
            + " | 2025-04-09T07:03+03:00",
      })
  void theVisiblePagesDateIsAShownOne(String form, String top, String want) {
    String html = "<html lang=uk><body>" + top + MetadataTest.TEXT + "</body></html>";
    Extraction x = new Extractor().extract(html, "https://news.example/a/1", FeedHints.NONE, NOW);
    assertThat(((Extraction.Found) x).article().datePublished())
        .as(form)
        .isEqualTo(OffsetDateTime.parse(want));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a hidden <h1> before the shown one | <h1 style='display:none'>Синоптики обіцяють"
            + " заморозки</h1><h1>Уряд ухвалив нові правила оренди</h1>",
        "a screen reader's <h1> before the shown one | <h1 class=sr-only>Стрічка новин"
            + " Києва</h1><h1>Уряд ухвалив нові правила оренди</h1>",
        "a page of hidden <h1>s only names its story by them | <h1 class=sr-only>Уряд ухвалив"
            + " нові правила оренди</h1>",
        "no <h1>, a hidden heading first | <h2 hidden>Синоптики обіцяють заморозки на"
            + " вихідних</h2><h2>Уряд ухвалив нові правила оренди</h2>",
      })
  void theTitleIsAShownHeadline(String form, String top) {
    String html = "<html lang=uk><body>" + top + MetadataTest.TEXT + "</body></html>";
    Extraction x = new Extractor().extract(html, "https://news.example/a/1", FeedHints.NONE, NOW);
    assertThat(((Extraction.Found) x).article().title())
        .as(form)
        .isEqualTo("Уряд ухвалив нові правила оренди");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a hidden byline before the shown one | <div class='byline d-none'><a href=/a/1>Іван"
            + " Петренко</a></div><div class=byline><a href=/a/2>Олена Коваль</a></div>",
        "a byline in a hidden block | <div style='visibility:hidden'><span class=author>Іван"
            + " Петренко</span></div><span class=author>Олена Коваль</span>",
        "a hidden «Автор:» label before the shown one | <div style='display:none'>Автор: Іван"
            + " Петренко</div><div>Автор: Олена Коваль</div>",
        "a hidden «Від» link before the shown one | <div hidden>Від <a href=/author/ivan>Іван"
            + " Петренко</a></div><div>Від <a href=/author/olena>Олена Коваль</a></div>",
        "a hidden meta line before the shown one | <div class=d-none>Іван Петренко · 1 січня"
            + " 2020</div><div>Олена Коваль · 9 квітня 2025</div>",
      })
  void theVisiblePagesAuthorIsAShownOne(String form, String bylines) {
    String html =
        "<html lang=uk><body><h1>Новина дня</h1>" + bylines + MetadataTest.TEXT + "</body></html>";
    Extraction x = new Extractor().extract(html, "https://news.example/a/1", FeedHints.NONE, NOW);
    assertThat(((Extraction.Found) x).article().authors()).as(form).containsExactly("Олена Коваль");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a heading's permalink sign | <h2>Що відомо<a href='#a' class=anchor aria-hidden=true>#</a>"
            + "</h2> | Що відомо | #",
        "a byline's separator | <p>Уночі було гучно <span aria-hidden=true>·</span> повідомили"
            + " мешканці Салтівки, які чули вибухи й бачили пожежу біля школи.</p>"
            + " | гучно повідомили | ·",
      })
  void anAriaHiddenSignAloneIsNoText(String form, String block, String kept, String gone) {
    String body = body(block);
    assertThat(body).as(form).contains(kept).doesNotContain(gone);
  }
}
