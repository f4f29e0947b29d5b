package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readers' comments under a short story, with no class name that says "comment": the heading that
 * names them or the signatures of their entries end the text; a story's own expert comment, a live
 * blog's timed entries and a story set outside its {@code <article>} stay.
 */
class CommentThreadsTest {
  static final String TITLE = "У Києві відновили рух трамваїв на Подолі";

  static final List<String> STORY =
      List.of(
          "У понеділок у Києві відновили рух трамваїв на Подолі після ремонту колій, який тривав"
              + " майже два місяці, повідомили в КП «Київпастранс».",
          "За словами перевізника, трамваї маршрутів №12 і №19 курсуватимуть за звичним графіком,"
              + " з інтервалом у вісім-десять хвилин у години пік.",
          "Ремонт колій на вулиці Набережно-Хрещатицькій почали у вересні. Роботи коштували"
              + " міському бюджету понад 40 мільйонів гривень.",
          "У «Київпастрансі» просять пасажирів зважати на зміни в розкладі вечірніх рейсів до кінця"
              + " місяця.");

  static final List<String[]> COMMENTS =
      List.of(
          new String[] {
            "Олександр",
            "12:31",
            "Нарешті! Два місяці добиратися на роботу маршрутками було справжнім випробуванням,"
                + " особливо у дощ, коли всі їдуть одночасно."
          },
          new String[] {
            "Марина К.",
            "12:45",
            "А чому ремонт коштував сорок мільйонів? Хотілося б побачити кошторис, бо в інших"
                + " містах такі роботи обходяться значно дешевше."
          },
          new String[] {
            "Петро",
            "13:02",
            "Цікаво, скільки простоять ці колії цього разу. Минулого разу через рік знову все"
                + " розкопали, і ніхто за це не відповів."
          },
          new String[] {
            "Ірина",
            "13:10",
            "Дякую ремонтникам, працювали навіть уночі, я живу поруч і бачила, як вони старалися,"
                + " незважаючи на погоду й тривоги."
          },
          new String[] {
            "Гість",
            "13:27",
            "Інтервал вісім хвилин у години пік — це казка. Насправді трамвая доводиться чекати по"
                + " двадцять хвилин, і ніхто нічого не робить."
          },
          new String[] {
            "Андрій В.",
            "14:05",
            "Сорок мільйонів за кілометр колії, а на зупинках досі немає навісів. Пасажири мокнуть"
                + " під дощем, а гроші йдуть невідомо куди."
          },
          new String[] {
            "Тетяна",
            "14:40",
            "Подол без трамваїв — це не Поділ. Дуже рада, що рух відновили, тепер можна знову"
                + " їздити до Контрактової без пересадок."
          },
          new String[] {
            "Василь",
            "15:12",
            "Не розумію, чому не можна було ремонтувати по черзі, щоб хоч один маршрут працював."
                + " Планування, як завжди, на рівні."
          });

  static String article() {
    return "<article><h1>"
        + TITLE
        + "</h1>"
        + STORY.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining())
        + "</article>";
  }

  /** The comments, each entry written by {@code entry} from (name, time, text). */
  static String comments(String entry) {
    return COMMENTS.stream()
        .map(c -> entry.replace("NAME", c[0]).replace("TIME", c[1]).replace("TEXT", c[2]))
        .collect(Collectors.joining());
  }

  static String page(String body) {
    return "<html><head><title>"
        + TITLE
        + "</title></head><body><header><a href='/'>Головна</a> <a href='/kyiv/'>Київ</a>"
        + "</header>"
        + body
        + "<footer>© Новини столиці</footer></body></html>";
  }

  static String story() {
    return String.join("\n\n", STORY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A heading names the thread; the entries sit in the article's box or in one of their own.
        "<main>ARTICLE<section><h2>Коментарі (8)</h2>COMMENTS</section></main>"
            + " | <div class=c-item><div class=c-head><b>NAME</b> <span>TIME</span></div><p>TEXT</p>"
            + "</div>",
        "ARTICLE<div><h3>Коментарі</h3>COMMENTS</div> | <div><strong>NAME</strong>, TIME<br>TEXT</div>",
        "<div class=wrap>ARTICLE</div><div class=wrap><h2>Відгуки читачів</h2>COMMENTS</div>"
            + " | <div class=item><p><b>NAME</b> | 9 квітня 2025, TIME</p><p>TEXT</p></div>",
        "<div id=content>ARTICLE<h2>Комментарии</h2>COMMENTS</div> | <p><b>NAME</b> (TIME): TEXT</p>",
        "ARTICLE<div class=box><div class=box-head><h4>Обговорення: 8</h4></div><div>COMMENTS</div>"
            + "</div> | <div><p>TEXT</p><small>NAME</small></div>",
        "ARTICLE<section><h2>5 Comments</h2>COMMENTS</section> | <div><p>TEXT</p></div>",
        // No heading: the signatures (a name, then the time it was posted) tell the thread.
        "<main>ARTICLE<section>COMMENTS</section></main>"
            + " | <div class=c-item><div class=c-head><b>NAME</b> <span>TIME</span></div><p>TEXT</p>"
            + "</div>",
        "ARTICLE<div>COMMENTS</div> | <div><strong>NAME</strong>, TIME<br>TEXT</div>",
        "<div class=wrap>ARTICLE</div><div class=wrap>COMMENTS</div>"
            + " | <div class=item><p><b>NAME</b> | 09.04.2025 TIME</p><p>TEXT</p></div>",
        "<div id=content>ARTICLE COMMENTS</div> | <p><b>NAME</b> (TIME): TEXT</p>",
      })
  void aThreadUnderAShortStoryIsNoPartOfIt(String body, String entry) {
    String html = page(body.replace("ARTICLE", article()).replace("COMMENTS", comments(entry)));
    assertThat(ChosenBlocksTest.body(html)).isEqualTo(story());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Коментарі",
        "Коментарі (12)",
        "Коментарі читачів",
        "12 коментарів",
        "Відгуки",
        "Комментарии: 4",
        "Отзывы",
        "Залишити коментар",
        "Comments",
        "5 Comments",
        "Leave a comment",
      })
  void headingsThatNameAThread(String heading) {
    assertThat(CommentThreads.HEADING.matcher(heading).matches()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Коментар експерта",
        "Коментар",
        "Коментарі міністра енергетики",
        "Відгуки пацієнтів про нову лікарню",
        "Comments from the minister",
      })
  void headingsOfTheStorysOwnComments(String heading) {
    assertThat(CommentThreads.HEADING.matcher(heading).matches()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An expert's comment is the story's, under its singular heading.
        "<h2>Коментар експерта</h2>",
        // A live blog's entries open with the time and no name.
        "<div><p>12:31 — Рятувальники повідомили, що завершили розбирати завали на вулиці.</p></div>"
            + "<div><p>12:45 — Мер міста заявив, що пункти незламності працюють цілодобово.</p></div>"
            + "<div><p>13:02 — Енергетики відновили живлення для половини споживачів району.</p></div>",
        // A regional roundup: a region and a time inside each paragraph's sentence.
        "<p><b>Харківщина.</b> О 12:30 ворог обстріляв околиці міста, поранено двох людей.</p>"
            + "<p><b>Сумщина.</b> Близько 14:00 окупанти скинули дві керовані авіабомби на село.</p>"
            + "<p><b>Дніпропетровщина.</b> Уночі о 03:15 збито шість ударних дронів над областю.</p>",
      })
  void theStorysOwnPartsStay(String inside) {
    String html =
        page(
            "<article><h1>"
                + TITLE
                + "</h1><p>"
                + STORY.get(0)
                + "</p><p>"
                + STORY.get(1)
                + "</p>"
                + inside
                + "<p>"
                + STORY.get(2)
                + "</p><p>"
                + STORY.get(3)
                + "</p></article>");
    String got = ChosenBlocksTest.body(html);
    assertThat(got).contains(STORY.get(0)).contains(STORY.get(3));
    org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(inside);
    for (org.jsoup.nodes.Element e : d.select("h2, p")) assertThat(got).contains(e.text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Коментарі", "Комментарии (3)"})
  void aStoryOutsideItsArticleStaysAboveItsThread(String heading) {
    // The site sets only its header in <article>: the story and the thread follow it.
    String html =
        page(
            "<article><h1>"
                + TITLE
                + "</h1><time>9 квітня 2025</time></article><div class=text>"
                + IntStream.range(0, STORY.size())
                    .mapToObj(i -> "<p>" + STORY.get(i) + "</p>")
                    .collect(Collectors.joining())
                + "</div><div><h3>"
                + heading
                + "</h3>"
                + comments("<div><b>NAME</b> TIME<p>TEXT</p></div>")
                + "</div>");
    assertThat(ChosenBlocksTest.body(html)).isEqualTo(story());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The heading's own box is named boilerplate ("header") and goes in the strip pass, which
        // the walk for signed runs passes over: the heading still starts the thread after its box.
        "ARTICLE<div><div class=section-header><h3>Коментарі</h3></div>COMMENTS</div>"
            + " | <div><p>TEXT</p></div>",
        "ARTICLE<section><header class=comments-header><h2>Відгуки читачів</h2></header>COMMENTS"
            + "</section> | <div class=entry><p>TEXT</p></div>",
        // Signed entries beside a dropped menu in the same box are still a run.
        "ARTICLE<div><nav><a href=/a>Новини</a> <a href=/b>Київ</a></nav>COMMENTS</div>"
            + " | <div><strong>NAME</strong>, TIME<br>TEXT</div>",
      })
  void aThreadBesideWhatTheStripPassDropsStillGoes(String body, String entry) {
    String html = page(body.replace("ARTICLE", article()).replace("COMMENTS", comments(entry)));
    assertThat(ChosenBlocksTest.body(html)).isEqualTo(story());
  }
}
