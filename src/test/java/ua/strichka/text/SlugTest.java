package ua.strichka.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

  /** The examples of resolution No. 55 (table column 4), lower-cased as slugs are. */
  @ParameterizedTest
  @CsvSource({
    "Алушта, alushta",
    "Андрій, andrii",
    "Борщагівка, borshchahivka",
    "Борисенко, borysenko",
    "Вінниця, vinnytsia",
    "Володимир, volodymyr",
    "Гадяч, hadiach",
    "Богдан, bohdan",
    "Згурський, zghurskyi",
    "Ґалаґан, galagan",
    "Ґорґани, gorgany",
    "Донецьк, donetsk",
    "Дмитро, dmytro",
    "Рівне, rivne",
    "Олег, oleh",
    "Есмань, esman",
    "Єнакієве, yenakiieve",
    "Гаєвич, haievych",
    "Короп'є, koropie",
    "Житомир, zhytomyr",
    "Жанна, zhanna",
    "Жежелів, zhezheliv",
    "Закарпаття, zakarpattia",
    "Казимирчук, kazymyrchuk",
    "Медвин, medvyn",
    "Михайленко, mykhailenko",
    "Іванків, ivankiv",
    "Іващенко, ivashchenko",
    "Їжакевич, yizhakevych",
    "Кадиївка, kadyivka",
    "Мар'їне, marine",
    "Йосипівка, yosypivka",
    "Стрий, stryi",
    "Олексій, oleksii",
    "Київ, kyiv",
    "Коваленко, kovalenko",
    "Лебедин, lebedyn",
    "Леонід, leonid",
    "Миколаїв, mykolaiv",
    "Маринич, marynych",
    "Ніжин, nizhyn",
    "Наталія, nataliia",
    "Одеса, odesa",
    "Онищенко, onyshchenko",
    "Полтава, poltava",
    "Петро, petro",
    "Решетилівка, reshetylivka",
    "Рибчинський, rybchynskyi",
    "Суми, sumy",
    "Соломія, solomiia",
    "Тернопіль, ternopil",
    "Троць, trots",
    "Ужгород, uzhhorod",
    "Уляна, uliana",
    "Фастів, fastiv",
    "Філіпчук, filipchuk",
    "Харків, kharkiv",
    "Христина, khrystyna",
    "Біла Церква, bila-tserkva",
    "Стеценко, stetsenko",
    "Чернівці, chernivtsi",
    "Шевченко, shevchenko",
    "Шостка, shostka",
    "Кишеньки, kyshenky",
    "Щербухи, shcherbukhy",
    "Гоща, hoshcha",
    "Гаращенко, harashchenko",
    "Юрій, yurii",
    "Корюківка, koriukivka",
    "Яготин, yahotyn",
    "Ярошенко, yaroshenko",
    "Костянтин, kostiantyn",
    "Знам'янка, znamianka",
    "Феодосія, feodosiia",
    "Згорани, zghorany",
    "Розгон, rozghon",
    "Зеленський, zelenskyi",
    "Харківська область, kharkivska-oblast",
  })
  void ukrainianByResolution55(String ukrainian, String slug) {
    assertThat(Slug.of(ukrainian)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Об’єднаних Націй | obiednanykh-natsii",
        "Пʼятихатки | piatykhatky",
        "«Нафтогаз України»: звіт за 2024 рік! | naftohaz-ukrainy-zvit-za-2024-rik",
        "  Індо-Тихоокеанський   регіон  | indo-tykhookeanskyi-rehion",
        "Apple iPhone 16 Pro | apple-iphone-16-pro",
        "Łódź, Zürich і Straße | lodz-zurich-i-strasse",
        "Подъезд, объём, эхо (рос.) | podezd-obyom-ekho-ros",
        "НАТО — ЄС | nato-yes",
        "北京 | ''",
        "--- | ''",
      })
  void mixedTextIsLowerCaseAsciiWithSingleHyphens(String text, String slug) {
    assertThat(Slug.of(text)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource({
    "Киев, kiev",
    "Харьковская область, kharkovskaya-oblast",
    "Подъезд, podezd",
    "Объём, obyom",
    "Щёлково, shchyolkovo",
    "Эрмитаж, ermitazh",
    "Юрий Гагарин, yuriy-gagarin",
  })
  void russianUsesTheRussianTable(String russian, String slug) {
    assertThat(Slug.of(russian, Language.RU)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource({
    "Харківська область, 12, kharkivska",
    "Харківська область, 17, kharkivska-oblast",
    "Харківська область, 5, khark",
  })
  void cutsAtAWordBoundary(String text, int max, String slug) {
    assertThat(Slug.of(text, Language.UK, max)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource({"0", "-3"})
  void rejectsAnImpossibleLength(int max) {
    assertThatThrownBy(() -> Slug.of("Київ", Language.UK, max))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLength");
  }
}
