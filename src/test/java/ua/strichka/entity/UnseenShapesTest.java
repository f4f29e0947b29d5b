package ua.strichka.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.strichka.entity.EntityTaggerTest.tagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

/**
 * Shapes of names met in unseen annotated text: the quarters of the world as regions, coined Latin
 * names, initials after a place's or an institution's head, a settlement's short form across a line
 * break, a contest's name that holds its place, a publisher before a quoted name. Our own
 * sentences; each rule with rows where it must not fire.
 */
class UnseenShapesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a quarter of the world with a capital inside a sentence is a region
        "Інвестори на Заході чекають рішення . | LOC Заході=Захід",
        "Між Заходом і Сходом немає згоди . | LOC Заходом=Захід; LOC Сходом=Схід",
        "Ціни на Півдні зросли. | LOC Півдні=Південь",
        // at a sentence start, in lower case or inside a quoted name it is none
        "Захід відбувся в неділю . | ",
        "Вітер дув зі сходу , а потім із заходу . | ",
        "Компанія « Нафтотрейд Південь » звітувала . | ORG Нафтотрейд Південь=Нафтотрейд Південь",
      })
  void quartersOfTheWorld(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // one Latin word in capitals or with a capital inside is a name
        "Відео виклали на YouTube вчора . | ORG YouTube=YouTube",
        "Звіт оприлюднила NASA минулого тижня . | ORG NASA=NASA",
        // a Cyrillic outlet's name with a Latin ending
        "Про це пише ЛігаBiz з посиланням на джерела . | ORG ЛігаBiz=ЛігаBiz",
        // roman numerals, common abbreviations and one capital letter are not
        "У XXI столітті все інакше . | ",
        "Увімкніть GPS і VPN на телефоні . | ",
        "Сектор B закрили на ремонт . | ",
      })
  void coinedLatinNames(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a person's initials and surname after a street's or a park's designation name the place
        "Кафе відкрили на вулиці Т. Шевченка минулого року. | LOC вулиці Т. Шевченка=вулиця Т. Шевченка",
        "Турнір пройшов у парку Т . Шевченка . | LOC парку Т . Шевченка=парк Т. Шевченка",
        // the same initials without a designation are a person
        "Вірш написав Т. Шевченко у засланні. | PER Т. Шевченко=Т. Шевченко",
        // after an institution named after a person, with or without «імені»
        "Книги подарувала бібліотека Д. Чижевського . | ORG бібліотека Д. Чижевського=Бібліотека Д. Чижевського",
        "Учні відвідали Музей космонавтики ім . С . П . Корольова . | ORG Музей космонавтики ім . С . П . Корольова=Музей космонавтики ім. С. П. Корольова",
      })
  void initialsAfterAHead(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a person's full name after a settlement is no part of it
        "Виступив учасник з м . Житомира Юрій Нечай . | LOC м . Житомира=Житомир; PER Юрій Нечай=Юрій Нечай",
        // a contest's name holds its place: no place inside it
        "Вона виграла Кубок України з боксу . | ",
        "Стартував чемпіонат України з футзалу . | LOC України=Україна",
        // a publisher before a quoted name: the name alone, as after a company
        "Книгу випустило видавництво « Час » . | ORG Час=Час",
        "Видавництво почало роботу . | ",
        // the Soviet Union was a state
        "Після розпаду Радянського Союзу настали злидні . | LOC Радянського Союзу=СРСР",
      })
  void settlementsContestsAndPublishers(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a list of oblasts after their designation: each its own place, named in full
        "Міністр відвідав три області : Одеську , Херсонську і Сумську . | LOC Одеську=Одеська область; LOC Херсонську=Херсонська область; LOC Сумську=Сумська область",
        // the designation after the list, as before
        "Сніг пройде в Одеській і Херсонській областях . | LOC Одеській=Одеська область; LOC Херсонській областях=Херсонська область",
        // without a designation the adjectives are no places
        "Прийшли Ковальська і Петрівська . | PER Ковальська=Ковальська; PER Петрівська=Петрівська",
      })
  void listsOfPlaceAdjectives(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a state body's regional office is named with its region
        "Заяву прийняли в УДМС України в Одеській області . | ORG УДМС України в Одеській області=УДМС України в Одеській області",
        // a city after it is where the body is, not part of its name
        "Заяву прийняли в УДМС у Києві . | ORG УДМС=УДМС; LOC Києві=Київ",
        // the field after an administration is the deputy's; a committee is named by its field
        "Сказав заступник голови Сумської облдержадміністрації з питань АПК Сергій Слизький . | ORG Сумської облдержадміністрації=Сумська облдержадміністрація; PER Сергій Слизький=Сергій Слизький",
        "Про це повідомив Комітет з питань освіти . | ORG Комітет з питань освіти=Комітет з питань освіти",
        // a club that plays in a league is named alone; an association keeps its head
        "У вищій лізі « Медик » переміг . | ORG Медик=Медик",
        "Звіт оприлюднила асоціація «IT Ukraine». | ORG асоціація «IT Ukraine»=Асоціація «IT Ukraine»",
        // a state enterprise is named whole, its quoted name inside
        "Бланки друкує Державне підприємство «Документ». | ORG Державне підприємство «Документ»=Державне підприємство «Документ»",
      })
  void bodiesAndTheirComplements(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @org.junit.jupiter.api.Test
  void aSettlementsNameIsAPlaceWhereverItStandsUnquoted() {
    assertThat(
            tagged(
                "Ми приїхали в селище Петриківка . Там працює центр « Петриківка » . Туристи"
                    + " люблять Петриківку .",
                Language.UK))
        .doesNotContain("ORG Петриківку")
        .contains("LOC Петриківка=Петриківка");
    // a company's quoted name stays the company's unquoted when no place is named so
    assertThat(tagged("Компанія « Фармак » звітувала . Потім Фармак додав .", Language.UK))
        .isEqualTo("ORG Фармак=Фармак; ORG Фармак=Фармак");
  }

  @org.junit.jupiter.api.Test
  void aLineBreakAfterASettlementsShortFormLeavesItOut() {
    assertThat(tagged("Ділянку дали у межах с .\nМихалкове .", Language.UK))
        .isEqualTo("LOC Михалкове=Михалкове");
    assertThat(tagged("Ділянку дали у межах с . Михалкове .", Language.UK))
        .isEqualTo("LOC с . Михалкове=Михалкове");
  }
}
