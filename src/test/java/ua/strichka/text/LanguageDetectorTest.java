package ua.strichka.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        // short titles, several without letters unique to either language
        "Погода на завтра: дощ # UK",
        "Нічна атака на Одесу # UK",
        "Уряд ухвалив бюджет # UK",
        "Погиб рабочий харьковского завода, пострадавшего от удара КАБом # RU",
        "В Одессе объявлен день траура # RU",
        "На границе с Молдовой введут совместный контроль # RU",
        "Что известно о новом законе # RU",
        "Сегодня в Киеве # RU",
        "Ukraine hits record electricity imports # EN",
        "Zelensky meets Rutte in Kyiv # EN",
        "Diia # EN",
        // mixed: the majority language wins
        "Він сказав: «Мы будем стоять до конца», і додав, що переговори тривають. # UK",
        "Компанія Apple представила новий iPhone у Києві # UK",
        "Apple iPhone 16 Pro Max: огляд # UK",
        "Генсек NATO Марк Рютте подякував Японії # UK",
        "The mayor of Odesa wrote on Telegram: «Місто вистояло» # EN",
        "«Слава Україні», — сказал он на встрече с журналистами в Москве # RU",
        // surzhyk: Ukrainian letters and grammar with Russian words
        "Шо ти там робиш, вообще нічо не понятно, їй-богу # UK",
        "Короче, я щас приїду і всьо порішаємо # UK",
        // other languages
        "Der Bundestag hat heute über die Ukraine abgestimmt # OTHER",
        "Wojna w Ukrainie: Rosja zaatakowała Odessę w nocy # OTHER",
        "Le président français est arrivé à Kyiv # OTHER",
        "Гэта беларуская мова, якую ўсе разумеюць # OTHER",
        "Това е новина от България, която са публикували # OTHER",
        "北京今天下雨 # OTHER",
        "Η Ελλάδα και η Ουκρανία # OTHER",
        "12:45 — 2024 # OTHER",
        "'' # OTHER",
      })
  void detects(String text, Language expected) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"uk, UK", "RU, RU", " en , EN", "be, OTHER", "other, OTHER", "'', OTHER"})
  void codesRoundTrip(String code, Language language) {
    assertThat(Language.ofCode(code)).isEqualTo(language);
    if (language != Language.OTHER)
      assertThat(language.code()).isEqualTo(code.strip().toLowerCase());
  }
}
