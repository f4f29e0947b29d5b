package ua.strichka.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionLabelsTest {
  static final SectionLabels DEFAULTS = SectionLabels.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Політика | politics",
        "ЕКОНОМІКА | economy",
        "Бізнес | economy",
        "Экономика | economy",
        "Происшествия | incidents",
        "Наука і здоров'я | science-health",
        "Наука і здоров’я | science-health",
        "Science & Health | science-health",
        "Шоу-бізнес | culture",
        "shou-biznes | culture",
        "Новини › Суспільство | society",
        "Головна / Світ | world",
        "Спорт | sport",
        "sports | sport",
        "Війна | war",
        "Technology | technology",
      })
  void labelsInThreeLanguagesAndTransliteration(String label, String section) {
    assertThat(DEFAULTS.section(label)).map(Section::slug).contains(section);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://kv.ua/ekonomika/2025/04/09/article-slug, economy",
    "https://www.example.com/world/europe/, world",
    "https://site.ua/ua/news/sport/12345-match, sport",
    "https://site.ua/rubric.php?r=culture, culture",
    "https://site.ua/category/science-health/x, science-health",
  })
  void urlPathSegments(String url, String section) {
    assertThat(DEFAULTS.fromUrl(url)).map(Section::slug).contains(section);
  }

  @Test
  void unknownLabelsAndTheArticlesOwnSlugNameNothing() {
    assertThat(DEFAULTS.section("Новини дня")).isEmpty();
    assertThat(DEFAULTS.section("")).isEmpty();
    assertThat(DEFAULTS.section(null)).isEmpty();
    assertThat(DEFAULTS.fromUrl("https://site.ua/news/sport")).isEmpty(); // the page's own slug
    assertThat(DEFAULTS.fromUrl("not a url at all ::")).isEmpty();
  }

  @Test
  void overridesForEveryOutletAndForOne() {
    SectionLabels labels =
        SectionLabels.withOverrides(
            List.of(
                "Лайфстайл=culture", "zaxid.net novyny-lvova=society", "www.kv.ua Політика=world"));
    assertThat(labels.section("лайфстайл")).contains(Section.CULTURE);
    assertThat(labels.fromUrl("https://zaxid.net/novyny-lvova/a")).contains(Section.SOCIETY);
    assertThat(labels.fromUrl("https://other.net/novyny-lvova/a")).isEmpty();
    assertThat(labels.section("kv.ua", "Політика")).contains(Section.WORLD);
    assertThat(labels.section("other.ua", "Політика")).contains(Section.POLITICS);
  }

  @Test
  void aBadOverrideSaysWhatIsWrong() {
    assertThatThrownBy(() -> SectionLabels.withOverrides(List.of("Лайфстайл")))
        .hasMessageContaining("'Лайфстайл'")
        .hasMessageContaining("LABEL=SECTION");
    assertThatThrownBy(() -> SectionLabels.withOverrides(List.of("Лайфстайл=lifestyle")))
        .hasMessageContaining("no section 'lifestyle'");
  }
}
