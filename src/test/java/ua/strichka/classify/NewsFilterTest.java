package ua.strichka.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsFilterTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Гороскоп на тиждень: Овнам — сміливість, Рибам — відпочинок | Весняний тиждень принесе нові можливості. | false",
        "Бички в томаті по-одеськи: рецепт, який передають у родинах | Бички — невеликі рибки. | false",
        "Здорова усмішка без болю | На правах реклами. Клініка запрошує на консультацію. | false",
        "Меблі від виробника зі знижкою до 30% | Фабрика оголосила весняний розпродаж. | false",
        "10 порад, як пережити відключення світла | Павербанк і ліхтарик. | false",
        "7 книжок для весняних вечорів: добірка від редакції | Зібрали сім книжок. | false",
        "Как приготовить идеальный омлет | Секрет в молоке. | false",
        "5 ways to save on your energy bill | Simple steps. | false",
        "How to choose a laptop in 2025 | A buyer's guide. | false",
        "Your horoscope for Sunday | What the stars say. | false",
        "Нічна атака на Одесу: пошкоджено багатоповерхівку і порт | Двоє людей загинули. | true",
        "5 людей загинули внаслідок ДТП на трасі Київ — Чоп | Аварія сталася вранці. | true",
        "Як Україна відповіла на заяву Кремля | МЗС оприлюднило заяву. | true",
        "Рада ухвалила бюджет на 2026 рік | За проголосували 257 депутатів. | true",
        "Путин провел совещание с Совбезом | Обсуждались вопросы безопасности. | true",
        "Apple unveils new iPhone with satellite messaging | The company said on Tuesday. | true",
        "12 тисяч абонентів залишилися без світла після атаки | Енергетики обіцяють відновити. | true",
      })
  void tellsNewsFromHoroscopesRecipesAdsListiclesAndHowTos(
      String title, String lead, boolean news) {
    assertThat(NewsFilter.isNews(title, lead)).isEqualTo(news);
  }
}
