package ua.strichka.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

class ContestCategoryTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // weather forecasts and horoscopes are `other`, whatever section the words lean to
        "Синоптики попередили про мокрий сніг і ожеледь у вихідні | uk | society | other",
        "Прогноз погоди на тиждень: у Києві потеплішає до плюс п'яти | uk | society | other",
        "Какая погода ждет москвичей в выходные | ru | society | other",
        "Дожди и град: жителей юга предупредили о резком ухудшении погодных условий | ru | society"
            + " | other",
        "Гороскоп на неделю для всех знаков зодиака | ru | culture | other",
        "Weather forecast: heavy rain and gales expected across the north | en | society | other",
        "What the stars say: your horoscope for the week | en | culture | other",
        "10 порад, як зекономити на опаленні взимку | uk | economy | other",
        "Яке сьогодні свято: 14 жовтня українці відзначають Покрову | uk | culture | other",
        "Именины 3 марта: кого поздравить сегодня | ru | culture | other",
        // the same words in other senses, or none: the section's category
        "Прогноз МВФ: экономика вырастет на три процента | ru | economy | economy",
        "Economic forecasters cut their growth outlook for next year | en | economy | economy",
        "Dynamo beat Shakhtar 2-1 to go top of the league | en | sport | sports",
        "Уряд ухвалив постанову про підвищення пенсій | uk | politics | society",
        "Учені розшифрували геном древнього ячменю | uk | science-health | science",
      })
  void aForecastOrAHoroscopeIsOtherElseTheSectionsCategory(
      String title, String language, String section, String category) {
    assertThat(
            ContestCategory.of(
                title, null, Language.ofCode(language), Section.bySlug(section).orElseThrow()))
        .isEqualTo(category);
  }

  @Test
  void anEmptyHeadlineOrAnotherLanguageLeavesTheSectionsCategory() {
    assertThat(ContestCategory.of("", "", Language.RU, Section.WORLD)).isEqualTo("society");
    assertThat(ContestCategory.of(null, null, Language.EN, Section.SPORT)).isEqualTo("sports");
    assertThat(
            ContestCategory.of("Prognoza pogody na weekend", null, Language.OTHER, Section.SOCIETY))
        .isEqualTo("society");
  }
}
