package ua.strichka.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.strichka.entity.EntityTaggerTest.tagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

/**
 * Shapes of names met in unseen annotated text (session 9): bodies named by several abbreviations
 * or a clipped compound, republics' abbreviations, state services in lower case, rulers with their
 * numbers, several given names, a particle after initials, empires. Our own sentences; each rule
 * with rows where it must not fire.
 */
class BodiesAndRulersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // abbreviations in a row and a party's «(б)» name one body
        "Пленум ЦК КП(б)У засідав у квітні . | ORG ЦК КП(б)У=ЦК КП(б)У",
        "Делегати з'їзду РКП ( б ) голосували . | ORG РКП ( б )=РКП(б)",
        "Проєкт погодив комітет ТК СНТТ минулого року . | ORG ТК СНТТ=ТК СНТТ",
        // a lower-case «у» after the bracket is a preposition, not the republic's letter
        "Резолюцію РКП(б) у Москві ухвалили одноголосно . | ORG РКП(б)=РКП(б); LOC Москві=Москва",
        // bodies the gazetteer knows, or joined by a conjunction, stay apart
        "Представники НАТО і ЄС зустрілися . | ORG НАТО=НАТО; ORG ЄС=Європейський Союз",
        "Справу розслідує СБУ . | ORG СБУ=Служба безпеки України",
      })
  void abbreviationChains(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a republic's abbreviation is a state, a place
        "У 1923 році в УСРР почалася українізація . | LOC УСРР=УСРР",
        "Тоді ж проголосили УНР . | LOC УНР=УНР",
        "Делегація РСФРР прибула до Харкова . | LOC РСФРР=РСФРР; LOC Харкова=Харків",
        // other abbreviations stay bodies
        "Рятувальники ДСНС працювали всю ніч . | ORG ДСНС=Державна служба України з надзвичайних ситуацій",
      })
  void republics(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a clipped compound names a state body, with «України» or a republic after it
        "Норму затвердив Держстандарт України у 1995 році . | ORG Держстандарт України=Держстандарт України",
        "Плани видав Держплан УРСР . | ORG Держплан УРСР=Держплан УРСР",
        "Прогноз оприлюднив Мінекономіки вчора . | ORG Мінекономіки=Міністерство економіки України",
        // the state, a nation's words, adjectives and a city are no such compounds
        "Держава має платити пенсії . | ",
        "Депутати ухвалили Держбюджет на рік . | ",
        "Переможці Нацвідбору поїдуть на конкурс . | ",
        "Націоналізм тоді набирав силу . | ",
        "Це Державний бюджет на рік . | ",
        "Делегація поїхала до Мінська . | LOC Мінська=Мінськ",
      })
  void clippedCompounds(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a state service and a ministry with its field are one body in lower case too
        "Паспорт видає міграційна служба за місцем проживання . | ORG міграційна служба=Міграційна служба",
        "Декларацію подають до податкової служби щороку . | ORG податкової служби=Податкова служба",
        "Лист надіслали до міністерства культури . | ORG міністерства культури=Міністерство культури",
        // other services, a bare ministry and local councils in lower case are left alone
        "Служба доставки працює цілодобово . | ",
        "Вчора кур'єрська служба запізнилася . | ",
        "Рішення ухвалило міністерство . | ",
        // after an adjective the lower-case head is the adjective's rule's business
        "Кошти дало нове міністерство культури . | ",
        "Сесію провела обласна рада . | ",
      })
  void lowerCaseBodies(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // several given names before a surname are one person
        "Казку написав Ернст Теодор Амадей Гофман у 1816 році . | PER Ернст Теодор Амадей Гофман=Ернст Теодор Амадей Гофман",
        // a first name that is also a place or a common noun starts no run of given names
        "Голова Верховної Ради Руслан Стефанчук підписав закон . | ORG Верховної Ради=Верховна Рада України; PER Руслан Стефанчук=Руслан Стефанчук",
        "Каже водій з Ізмаїла Григорій Петреску . | LOC Ізмаїла=Ізмаїл; PER Григорій Петреску=Григорій Петреску",
        // a ruler's number belongs to the name, with the surname after it
        "Місто заснував король Казимир III . | PER Казимир III=Казимир III",
        "Хроніки згадують вартового короля Яна III Собеського . | PER Яна III Собеського=Ян III Собеський",
        // a particle between the initials and the surname
        "Метод описав А. де Барі у 1859 році . | PER А. де Барі=А. де Барі",
        // two first names joined by «та» are two people; one first name stays one
        "Анна та Марія жили в селі . | PER Анна=Анна; PER Марія=Марія",
        "Приїхала Марія Коваленко . | PER Марія Коваленко=Марія Коваленко",
        // two first names share the surname after them; a second surname stays in the name
        "Виставку відкрили Петро і Євген Шевчук . | PER Петро і Євген Шевчук=Петро і Євген Шевчук",
        "Сонети присвятили Емілії Бассано Ланьєр . | PER Емілії Бассано Ланьєр=Емілія Бассано Ланьєр",
        // a capitalised particle inside a sentence starts a surname; «Де» opening one asks where
        "Усі бачили картини Да Вінчі . | PER Да Вінчі=Да Вінчі",
        "Де Марія ? | PER Марія=Марія",
      })
  void people(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an empire with its adjective is a place; a lower-case one is not named
        "Край тоді входив до Російської імперії . | LOC Російської імперії=Російська імперія",
        "Кожна імперія колись розпадається . | ",
      })
  void empires(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }
}
