package ua.strichka.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.strichka.entity.EntityTaggerTest.tagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

/** Organisations on the shapes real Ukrainian news gives them, one rule a row. */
class OrganisationRulesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a number names a school whose head is written in lower case; a kind alone names none
        "Урок провели у ліцеї № 12 біля річки. | ORG ліцеї № 12=Ліцей № 12",
        "Реєстрацію ЗОШ № 7 завершили. | ORG ЗОШ № 7=ЗОШ № 7",
        "Реєстрацію ДНЗ та ЗОШ завершать до осені. | ",
        // an ordinal numbers a school and is part of its name
        "Вона вчилася в третій Харківській гімназії. | ORG третій Харківській гімназії=Третя Харківська гімназія",
        // an outlet named after a region: the cue word says it is an organisation
        "Інтерв'ю вийшло в газеті «Полтавщина» у четвер. | ORG Полтавщина=Полтавщина",
        "Внесок до статутного фонду редакції газети «Волинь» повернули. | ORG Волинь=Волинь",
        // a place's name in quotation marks names an outlet or a club, unless a place's
        // designation says it is a place; «канал» is a cue like «телеканал»
        "Статтю надрукували в тижневику для фермерів «Херсонщина». | ORG Херсонщина=Херсонщина",
        "Вболівальники «Карпат» чекали на гол. | ORG Карпат=Карпати Львів",
        "Потяг зупинився на станції «Київ» о восьмій. | LOC станції «Київ»=станція «Київ»",
        "Сюжет показав канал «Прямий» у вівторок. | ORG Прямий=Прямий",
        // a second head joined by «та» shares the adjectives: one name; a genitive after it
        // makes another body of its own
        "Нарада з головами Бучанської районної ради та адміністрації тривала годину. | ORG Бучанської районної ради та адміністрації=Бучанська районна рада та адміністрації",
        "Голова Бучанської районної ради та управління освіти виступили. | ORG Бучанської районної ради=Бучанська районна рада",
        // a surname that is also a place's adjective («Хмельницький») goes on into the body's
        // name when its noun follows
        "Прокуратура Хмельницької області відкрила провадження. | ORG Прокуратура Хмельницької області=Прокуратура Хмельницької області",
        "Управління освіти Луцької міської ради оголосило конкурс. | ORG Управління освіти Луцької міської ради=Управління освіти Луцької міської ради",
        // a military unit is named by its number, in any case, with its quoted name; a unit
        // without a number and a numbered kilometre are no names
        "Бійці 47-ї окремої механізованої бригади «Магура» відбили атаку. | ORG 47-ї окремої механізованої бригади «Магура»=47 окрема механізована бригада «Магура»",
        "Командир 3-го полку заявив про втрати. | ORG 3-го полку=3 полк",
        "Ремонтні бригади працюють цілодобово. | ",
        "На 5-му кілометрі траси сталася аварія. | ",
        // a police department with its field; a lower-case department alone is no name
        "Затриманого доставили до Ковельського відділу поліції. | ORG Ковельського відділу поліції=Ковельський відділ поліції",
        "Він працює у відділі інформації редакції. | ",
        // an abbreviation before a quoted name is part of it, as a legal form is; a place's
        // abbreviation or a common one is not
        "За закон проголосувала фракція БПП «Солідарність» у четвер. | ORG БПП «Солідарність»=БПП «Солідарність»",
        "Будинок у ЖК «Сонячний» здали. | ",
        // a number after the genitives still names the school
        "Учні Коростенської загальноосвітньої школи І-ІІІ ступенів № 5 перемогли. | ORG Коростенської загальноосвітньої школи І-ІІІ ступенів № 5=Коростенська загальноосвітня школа І-ІІІ ступенів № 5",
        // a one-word name introduced in quotation marks is the same organisation without them;
        // a place's name typed so elsewhere stays a place where the text says so
        "Компанія «Ліктрав» звітувала. Раніше Ліктрав купив завод. | ORG Ліктрав=Ліктрав; ORG Ліктрав=Ліктрав",
        "Газета «Волинь» пише, що у Волині тепло. | ORG Волинь=Волинь; LOC Волині=Волинська область",
        // the country in a law's title is part of the title, not a place
        "Згідно із Законом України «Про освіту» школи перейдуть на новий стандарт. | ",
        "Про це йдеться в Конституції України. | ",
        "Депутати діють згідно із Законом «Про місцеве самоврядування в Україні». | ",
        "Закон ухвалили в Україні минулого року. | LOC Україні=Україна",
        // a shouted surname after initials signs a document
        "Розпорядження підписав О. П. КОВАЛЕНКО у понеділок. | PER О. П. КОВАЛЕНКО=О. П. Коваленко",
        // shouted words are no abbreviations
        "НОВИНИ ДНЯ | ",
        "ЩО БУДЕ ДАЛІ | ",
        // district and regional administrations, cells, faculties with their university
        "Голова Броварської райдержадміністрації провів нараду. | ORG Броварської райдержадміністрації=Броварська райдержадміністрація",
        "Кошти виділила Рівненська облдержадміністрація. | ORG Рівненська облдержадміністрація=Рівненська облдержадміністрація",
        "Про це заявив голова Сумського осередку Пласту. | ORG Сумського осередку Пласту=Сумський осередок Пласту",
        "Він закінчив факультет кібернетики Київського національного університету імені Тараса Шевченка. | ORG факультет кібернетики Київського національного університету імені Тараса Шевченка=Факультет кібернетики Київського національного університету імені Тараса Шевченка",
        // a capitalised head after capitalised adjectives is a whole name: lower-case words go on
        // only with a head that takes a complement
        "Умови Пенсійного Фонду нарахування пенсій змінилися. | ORG Пенсійного Фонду=Пенсійний фонд України",
        // a bracketed abbreviation belongs to the mention, not to the canonical name
        "Грант надав Дитячий фонд ООН (ЮНІСЕФ) минулого року. | ORG Дитячий фонд ООН (ЮНІСЕФ)=ЮНІСЕФ",
        "Про обшук повідомила Служба безпеки України ( СБУ ) у суботу. | ORG Служба безпеки України ( СБУ )=Служба безпеки України",
        // the gazetteer: city councils, universities, the weather service; a legal form with a
        // quoted name
        "Депутати Київради та КНЕУ підписали меморандум. | ORG Київради=Київська міська рада; ORG КНЕУ=Київський національний економічний університет імені Вадима Гетьмана",
        "Мітинг організувала ВО «Свобода» біля парламенту. | ORG ВО «Свобода»=ВО «Свобода»",
        "Дані оприлюднив Гідрометцентр у п'ятницю. | ORG Гідрометцентр=Український гідрометеорологічний центр",
      })
  void organisations(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }
}
