package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A subheading whose first word is a teaser label's: between the text's paragraphs and with no
 * link, it is the text's when the word opens a phrase of its own; a call to read, a box's label or
 * a linked teaser goes.
 */
class TeaserHeadingsTest {
  static final List<String> PARAGRAPHS =
      List.of(
          "Енергетики попередили, що у зимові місяці навантаження на мережу зросте через морози й"
              + " нові атаки.",
          "За даними «Укренерго», минулого тижня в окремих областях уже застосовували графіки"
              + " відключень світла.",
          "Фахівці радять мешканцям заздалегідь подбати про павербанки, ліхтарики й запас питної"
              + " води вдома.",
          "У міській адміністрації додали, що пункти незламності працюватимуть цілодобово до кінця"
              + " березня.");

  static String page(String heading) {
    return "<html><head><title>Енергетики попередили про навантаження</title></head><body>"
        + "<article><h1>Енергетики попередили про навантаження</h1><p>"
        + PARAGRAPHS.get(0)
        + "</p><p>"
        + PARAGRAPHS.get(1)
        + "</p>"
        + heading
        + "<p>"
        + PARAGRAPHS.get(2)
        + "</p><p>"
        + PARAGRAPHS.get(3)
        + "</p></article></body></html>";
  }

  @ParameterizedTest(name = "{0} → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<h2>Рекомендації для мешканців</h2> | true",
        "<h2>Рекомендуємо мешканцям</h2> | true",
        "<h2>Популярне серед мешканців: павербанки</h2> | true",
        "<h3>На тему безпеки в укриттях</h3> | true",
        "<h2>Related risks for the grid</h2> | true",
        "<h2>Recommended steps for households</h2> | true",
        "<h2>Читайте також про ризики для мережі</h2> | false",
        "<h3>Більше новин про енергетику</h3> | false",
        "<h3>По темі</h3> | false",
        "<h3>Related:</h3> | false",
        "<h2>Читайте також: <a href='/x'>Як підготуватися до відключень</a></h2> | false",
        "<h2><a href='/x'>Related risks for the grid</a></h2> | false",
      })
  void aTeaserWordOpeningASubheading(String heading, boolean kept) {
    String body = ChosenBlocksTest.body(page(heading));
    String text = org.jsoup.Jsoup.parse(heading).text();
    assertThat(body.contains(text)).isEqualTo(kept);
    assertThat(body).contains(PARAGRAPHS.get(1)).contains(PARAGRAPHS.get(2));
  }
}
