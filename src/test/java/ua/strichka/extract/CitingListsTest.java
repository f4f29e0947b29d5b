package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list inside the article whose items are sentences citing links (release notes, digests) is kept
 * whole, its all-link items too; lists of bare links, of headlines with times, or of bare links
 * with one sentence among them are not. The lists carry no class names: what decides is the items'
 * own words around their links.
 */
class CitingListsTest {
  static final List<String> CITING =
      List.of(
          "Олена <a href='/b1'>виправила збій</a> у стрічці новин після оновлення",
          "Тарас <a href='/b2'>додав пошук за датою</a>, тож архів тепер відкривається швидше",
          "<a href='/b3'>Нова версія застосунку для телефонів</a>",
          "Марія <a href='/b4'>прибрала зайві запити до сервера</a>");

  static final List<String> BARE =
      List.of(
          "<a href='/n1'>Уряд ухвалив новий бюджет на наступний рік</a>",
          "<a href='/n2'>У Києві відкрили ще один пункт незламності</a>",
          "<a href='/n3'>Синоптики попередили про сильний вітер у горах</a>",
          "<a href='/n4'>Збірна України зіграє товариський матч у Львові</a>");

  static final List<String> TIMED =
      List.of(
          "<a href='/t1'>Уряд ухвалив новий бюджет на наступний рік</a> <span>12:31</span>",
          "<a href='/t2'>У Києві відкрили ще один пункт незламності</a> <span>12:32</span>",
          "<a href='/t3'>Синоптики попередили про сильний вітер у горах</a> <span>12:33</span>");

  static final List<String> ONE_SENTENCE =
      List.of(
          "Читачі просили зібрати найважливіше за тиждень в одному місці, тож ось добірка",
          "<a href='/n1'>Уряд ухвалив новий бюджет на наступний рік</a>",
          "<a href='/n2'>У Києві відкрили ще один пункт незламності</a>",
          "<a href='/n3'>Синоптики попередили про сильний вітер у горах</a>");

  static String list(List<String> items) {
    StringBuilder b = new StringBuilder("<ul>");
    for (String item : items) b.append("<li>").append(item).append("</li>");
    return b.append("</ul>").toString();
  }

  /** What a reader sees of an item. */
  static String shown(String item) {
    return Jsoup.parseBodyFragment(item).text();
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("names citing what they fixed, one item all link", CITING, true),
        Arguments.of("bare links to other news", BARE, false),
        Arguments.of("headlines with their times", TIMED, false),
        Arguments.of("bare links under one sentence", ONE_SENTENCE, false));
  }

  @ParameterizedTest(name = "{0} → kept {2}")
  @MethodSource("lists")
  void listsInsideTheArticle(String kind, List<String> items, boolean kept) {
    String article =
        "<div class=article-body><p>"
            + BlockRunsTest.LEAD
            + "</p>"
            + list(items)
            + "<p>"
            + BlockRunsTest.INTRO
            + "</p></div>";
    Extraction got =
        new Extractor().extract(BlockRunsTest.page(article), "https://example.com/news/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith(BlockRunsTest.LEAD);
    for (String item : items) {
      if (kept) assertThat(body).contains(shown(item));
      else if (item.contains("<a ")) assertThat(body).doesNotContain(shown(item));
    }
  }

  @ParameterizedTest(name = "{0} chars, {1} in links → prose {2}")
  @CsvSource({
    "60, 20, true", // a sentence citing a link
    "25, 0, true", // a short sentence, no link
    "15, 0, false", // a label («In progress:»)
    "60, 45, false", // a headline link with a source's name
    "100, 72, false", // two links joined by a few words
    "40, 20, false" // half link: not less than half
  })
  void proseItems(int text, int links, boolean prose) {
    assertThat(CitingLists.proseItem(text, links)).isEqualTo(prose);
  }

  @ParameterizedTest(name = "an item «{0}» heading bare links → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "У роботі: | true",
        "Олена показала три нові варіанти графіка для панелі | true",
        "<a href='/s/'>Новини</a> | false",
        "Розділи | false",
        "<a href='/s/'>Усі новини нашого сайту за тиждень</a> | false",
      })
  void bareLinksNestedInAnItemThatIntroducesThem(String item, boolean kept) {
    String nested =
        "<ul><li>Олена <a href='/b1'>виправила збій</a> у стрічці новин після оновлення</li><li>"
            + item
            + list(BARE)
            + "</li></ul>";
    String article =
        "<div class=article-body><p>"
            + BlockRunsTest.LEAD
            + "</p>"
            + nested
            + "<p>"
            + BlockRunsTest.INTRO
            + "</p></div>";
    Extraction got =
        new Extractor().extract(BlockRunsTest.page(article), "https://example.com/news/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith(BlockRunsTest.LEAD).endsWith(BlockRunsTest.INTRO);
    for (String link : BARE) assertThat(body.contains(shown(link))).isEqualTo(kept);
  }

  @ParameterizedTest(name = "«{1}», {0} own chars → introduces {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12 | У роботі: | true",
        "45 | Олена показала три варіанти графіка | true",
        "0 | Новини | false",
        "7 | Розділи | false",
        "5 | Меню: | false",
        "9 | У роботі: | true",
        "20 | Категорії та розділи | false",
      })
  void ownWordsThatIntroduceAList(int ownChars, String text, boolean introduces) {
    assertThat(CitingLists.introduces(ownChars, text)).isEqualTo(introduces);
  }

  /** Names of programs, one link each: an author's own list, bare as a menu. */
  static final List<String> TOOLS =
      List.of(
          "<a href='https://editor.example/'>Нотатник Кобза</a>",
          "<a href='https://photos.example/'>Фоторедактор Світлина</a>",
          "<a href='https://backup.example/'>Резервні копії Схрон</a>");

  @ParameterizedTest(name = "{0} → kept {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a heading before, prose after | <h2>Програми, якими я користуюся</h2> | true | true",
        "a paragraph with a colon before, prose after | <p>Ось чим я користуюся щодня:</p>"
            + " | true | true",
        "a heading before, nothing after | <h2>Програми, якими я користуюся</h2> | false | false",
        "a teaser label before, prose after | <h2>Читайте також</h2> | true | false",
        "an English teaser label before | <h3>Related</h3> | true | false",
        "a heading of a box of links before | <h3>More from our site</h3> | true | false",
        "a heading of popular links before | <h2>Popular now</h2> | true | false",
        "nothing before, prose after | | true | false",
        "a paragraph without a colon before | <p>" + BlockRunsTest.LEAD + "</p> | true | false",
      })
  void aListOfLinksTheTextFrames(String kind, String before, boolean proseAfter, boolean kept) {
    String article =
        "<div class=article-body><p>"
            + BlockRunsTest.LEAD
            + "</p><p>"
            + BlockRunsTest.INTRO
            + "</p>"
            + (before == null ? "" : before)
            + list(TOOLS)
            + (proseAfter
                ? "<p>" + BlockRunsTest.INTRO.replace("Майстри", "Сантехніки") + "</p>"
                : "")
            + "</div>";
    Extraction got =
        new Extractor().extract(BlockRunsTest.page(article), "https://example.com/news/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith(BlockRunsTest.LEAD);
    for (String item : TOOLS) assertThat(body.contains(shown(item))).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0} → framed {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<h2>Зміст</h2><ul><li><a href='#a'>Перше</a><li><a href='#b'>Друге</a></ul> | false",
        "<h2>Джерела</h2><ul><li><a href='/a'>Перше</a><li><a href='#b'>Друге</a></ul> | true",
      })
  void aTableOfContentsIsNotTheText(String html, boolean framed) {
    String page = html + "<p>" + BlockRunsTest.INTRO + "</p>";
    var list = Jsoup.parseBodyFragment(page).selectFirst("ul");
    assertThat(CitingLists.framed(list)).isEqualTo(framed);
  }
}
