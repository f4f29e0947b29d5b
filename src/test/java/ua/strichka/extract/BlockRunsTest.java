package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Article text split over many short sibling blocks is kept whole; runs of blocks that are not the
 * article (teaser cards, comments, link lists, sidebar blurbs) next to it are not taken. Class
 * names of the runs are neutral, so what decides is the blocks' shape and text, not their names.
 */
class BlockRunsTest {
  static final String LEAD =
      "Рятувальники працювали до ранку, а міська влада відкрила пункт обігріву для мешканців"
          + " пошкоджених будинків, де можна зарядити телефон, випити чаю і поговорити з психологом."
          + " Як повідомив міський голова, всі служби міста працюють у посиленому режимі, а"
          + " комунальники вже почали закривати вікна плівкою і фанерою.";

  /** Short sentences, each too short to win the scoring alone. */
  static final List<String> STEPS =
      List.of(
          "Вимкніть воду на вході в квартиру.",
          "Відкрутіть стару змішувач ключем на двадцять два.",
          "Намотайте нову стрічку на різьбу труби.",
          "Закрутіть новий змішувач рукою, потім ключем.",
          "Відкрийте воду й перевірте, чи не тече.",
          "Протріть усе сухою ганчіркою та приберіть інструмент.");

  static String page(String article) {
    StringBuilder menu = new StringBuilder("<header><ul class=menu>");
    for (int i = 0; i < 8; i++)
      menu.append("<li><a href='/s").append(i).append("/'>Розділ ").append(i).append("</a>");
    menu.append("</ul></header>");
    return "<html><head><title>Як замінити змішувач</title></head><body>"
        + menu
        + "<main><article><h1>Як замінити змішувач</h1>"
        + article
        + "</article></main></body></html>";
  }

  static String repeat(int n, String template) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(template.replace("#", Integer.toString(i + 1)));
    return b.toString();
  }

  static String steps(String template) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < STEPS.size(); i++) {
      b.append(template.replace("#", Integer.toString(i + 1)).replace("$", STEPS.get(i)));
    }
    return b.toString();
  }

  /** As {@link #steps}, each block's kind ({@code %s}) text or photo by turns. */
  static String kinds(String template) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < STEPS.size(); i++) {
      String kind = i % 2 == 0 ? "text" : "photo";
      b.append(template.replace("%s", kind).replace("$", STEPS.get(i)));
    }
    return b.toString();
  }

  static final String INTRO =
      "Майстри радять не поспішати: стара різьба часто іржава, тому спершу змастіть її, зачекайте"
          + " кілька хвилин, а тоді беріться до ключа, тримаючи трубу другою рукою, щоб не"
          + " зірвати з'єднання всередині стіни, бо тоді ремонт обійдеться значно дорожче.";

  /** The lead block, long enough to win the scoring, with the short blocks after it. */
  static final String BODY =
      "<div class=article-body><p>" + LEAD + "</p><p>" + INTRO + "</p></div>";

  static final String TEASER_TEXT = "Ще одна новина дня про ремонт у місті.";
  static final String COMMENT_TEXT = "Дякую, все вийшло з першого разу, дуже корисно.";
  static final String LINK_TEXT = "Посилання розділу";
  static final String BLURB_TEXT = "Коротко про головне за тиждень.";

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of(
            "how-to steps in div.step after the lead",
            BODY
                + "<div class=steps>"
                + steps("<div class='step step-#'><p>$</p></div>")
                + "</div>",
            true),
        Arguments.of(
            "steps with a heading each",
            BODY + "<div>" + steps("<div class=step><h3>Крок #</h3><p>$</p></div>") + "</div>",
            true),
        Arguments.of(
            "one div per paragraph beside the lead block",
            BODY + steps("<div class=para>$</div>"),
            true),
        Arguments.of(
            "a section per subheading",
            BODY + steps("<section><h2>Крок #</h2><p>$</p></section>"),
            true),
        Arguments.of(
            "steps wrapped in layers, the lead one of them",
            "<div class=guide>"
                + "<span><span><div class='mod step'><div class='stepContent mod'><div class=content>"
                + "<span><p>"
                + LEAD
                + "</p></span></div><figure><img src='/0.jpg'></figure></div></div></span></span>"
                + steps(
                    "<span><span><div class='mod step'><div class='stepContent mod'>"
                        + "<div class=content><span><p>$</p></span></div>"
                        + "<figure><img src='/#.jpg'></figure></div></div></span></span>")
                + "</div>",
            true),
        Arguments.of(
            "the items of a long list", BODY + "<ul>" + steps("<li>$</li>") + "</ul>", true),
        Arguments.of(
            "items of several kinds, named by their kind after the name they share",
            "<div class=items><div class='item item-text text-hit'><p>"
                + LEAD
                + "</p></div>"
                + kinds("<div class='item item-%s %s-hit'><p>$</p></div>")
                + "</div>",
            true),
        Arguments.of(
            "items whose headings cite a source in their sentence",
            BODY
                + steps(
                    "<section class=item><h2>Крок #: так радить <a href='/src'>майстер</a> із"
                        + " двадцятирічним досвідом.</h2><p>$</p></section>"),
            true),
        Arguments.of(
            "related-article teaser cards",
            BODY
                + "<div class=grid>"
                + repeat(
                    4,
                    "<div class=item><a href='/n#'><img src='/i#.jpg'><h3>Новина #</h3></a><p>"
                        + TEASER_TEXT
                        + "</p></div>")
                + "</div>",
            false),
        Arguments.of(
            "a comment thread",
            BODY
                + "<h2>Коментарі</h2><div class=thread>"
                + repeat(
                    4,
                    "<div class=item><b>Читач #</b> <time datetime='2025-04-09T10:0#'>9 квітня"
                        + "</time><p>"
                        + COMMENT_TEXT
                        + "</p><a href='#r#'>Відповісти</a></div>")
                + "</div>",
            false),
        Arguments.of(
            "a footer of link lists",
            BODY
                + "<div class=bottom>"
                + repeat(
                    3,
                    "<div class=col><h4>Розділи #</h4><ul>"
                        + repeat(5, "<li><a href='/l#'>" + LINK_TEXT + "</a></li>")
                        + "</ul></div>")
                + "</div>",
            false),
        Arguments.of(
            "a sidebar of short blurbs next to the article",
            "<div class=row>"
                + BODY
                + "<div class=col>"
                + repeat(
                    5,
                    "<div class=blurb><h4><a href='/b#'>Тема #</a></h4><p>"
                        + BLURB_TEXT
                        + "</p></div>")
                + "</div></div>",
            false));
  }

  @ParameterizedTest(name = "{0} → taken {2}")
  @MethodSource("pages")
  void runsOfShortBlocks(String kind, String article, boolean taken) {
    Extraction got = new Extractor().extract(page(article), "https://example.com/news/1");

    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith(LEAD);
    if (taken) {
      assertThat(body).contains(STEPS);
    } else {
      assertThat(body)
          .doesNotContain(TEASER_TEXT)
          .doesNotContain(COMMENT_TEXT)
          .doesNotContain(LINK_TEXT)
          .doesNotContain(BLURB_TEXT)
          .doesNotContain("Коментарі");
    }
  }

  static final String NEEDS = "Розвідний ключ";
  static final String TAGS = "Сантехніка";

  /** A short item that reads as a sentence, too short to win or to be taken by its score. */
  static final String STANDFIRST = "Мати загиблої розповіла, як лікарі боролися до останнього.";

  static Stream<Arguments> around() {
    return Stream.of(
        Arguments.of(
            "steps with an empty ad slot after each",
            BODY
                + steps(
                    "<div class=step><p>$</p></div><div class=slot><script>ad()</script></div>"),
            List.of(STEPS.getFirst(), STEPS.getLast()),
            List.of()),
        Arguments.of(
            "steps with a picture after each, its caption gone",
            BODY
                + steps(
                    "<div class=step><p>$</p></div>"
                        + "<figure><img src='/#.jpg'><figcaption>Крок #</figcaption></figure>"),
            List.of(STEPS.getFirst(), STEPS.getLast()),
            List.of()),
        Arguments.of(
            "a list of what a how-to needs between the lead and its steps, each in two layers",
            "<div class=step><div class=inner><p>"
                + LEAD
                + "</p><p>"
                + INTRO
                + "</p></div></div><div class=step><div class=inner><b>Що знадобиться:</b><ul><li>"
                + NEEDS
                + "</li><li>Фумстрічка</li><li>Новий змішувач із гнучкими шлангами</li></ul>"
                + "</div></div>"
                + steps("<div class=step><div class=inner><b>Крок #</b><p>$</p></div></div>"),
            List.of(NEEDS, STEPS.getFirst(), STEPS.getLast()),
            List.of()),
        Arguments.of(
            "a run of three with the winner second: one item before it, one after",
            "<div class=items><div class=item><div class=inner><h2>"
                + STANDFIRST
                + "</h2></div></div><div class=item><div class=inner><p>"
                + LEAD
                + "</p><p>"
                + INTRO
                + "</p></div></div><div class=item><div class=inner><p>"
                + STEPS.getFirst()
                + "</p></div></div></div>",
            List.of(STANDFIRST, STEPS.getFirst()),
            List.of()),
        Arguments.of(
            "a block of the run's shape that is a row of tag links",
            BODY
                + steps("<div class=step><p>$</p></div>")
                + "<div class=step><a href='/t/1'>Ремонт</a> <a href='/t/2'>"
                + TAGS
                + "</a></div>",
            List.of(STEPS.getFirst(), STEPS.getLast()),
            List.of(TAGS)),
        Arguments.of(
            "two runs of one shape past two blocks that are no prose",
            BODY
                + steps("<div class=step><p>$</p></div>")
                + "<div class=step><b>Теги:</b></div><div class=step><b>Поділитися</b></div>"
                + repeat(3, "<div class=step><p>" + TEASER_TEXT + "</p></div>"),
            List.of(STEPS.getFirst(), STEPS.getLast()),
            List.of(TEASER_TEXT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("around")
  void whatStandsBetweenTheBlocksOfARun(
      String kind, String article, List<String> kept, List<String> left) {
    Extraction got = new Extractor().extract(page(article), "https://example.com/news/1");

    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).contains(LEAD).contains(kept);
    for (String text : left) assertThat(body).doesNotContain(text);
  }
}
