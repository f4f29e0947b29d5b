package ua.strichka.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

class EntityTaggerTest {
  static final EntityTagger TAGGER = new EntityTagger();

  /** The mentions as {@code TYPE surface=canonical}, joined by {@code ; }. */
  static String tagged(String text, Language language) {
    return TAGGER.tag(text, language).stream()
        .map(m -> m.type() + " " + m.text() + "=" + m.lemma())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the examples: any inflected form to the canonical nominative
        "Генсек НАТО Марк Рютте подякував Японії. | ORG НАТО=НАТО; PER Марк Рютте=Марк Рютте; LOC Японії=Японія",
        "Зустріч із Марком Рютте відбулася у Брюсселі. | PER Марком Рютте=Марк Рютте; LOC Брюсселі=Брюссель",
        "Про це заявили в Міністерстві оборони Японії. | ORG Міністерстві оборони Японії=Міністерство оборони Японії",
        // titles and roles stay outside a person's name; initials are inside
        "Президент Франції Еммануель Макрон прибув до Києва. | LOC Франції=Франція; PER Еммануель Макрон=Еммануель Макрон; LOC Києва=Київ",
        "Станцію назвали на честь академіка В. І. Вернадського. | PER В. І. Вернадського=В. І. Вернадський",
        // places with their designation when it is part of the name, not otherwise
        "Обстріл Харківської області тривав усю ніч. | LOC Харківської області=Харківська область",
        "У Луцькому районі відновили світло. | LOC Луцькому районі=Луцький район",
        // a short designation is part of the name («с. Комарів»), as the issue spells it; a full
        // word stays outside («села Мачухи»); after a number «м.» is metres
        "Жителі с. Комарів отримали допомогу. | LOC с. Комарів=Комарів",
        "Жителі села Мачухи отримали допомогу. | LOC Мачухи=Мачухи",
        "Концерт пройде в смт Ворохта. | LOC смт Ворохта=Ворохта",
        "Вона стрибнула на 2,01 м. Друге місце посіла полька. | ",
        "Трамвай зійшов з рейок на вулиці Городоцькій. | LOC вулиці Городоцькій=вулиця Городоцька",
        "ДТП сталася на вул. Сумській у м. Харків. | LOC вул. Сумській=вулиця Сумська; LOC м. Харків=Харків",
        "Пожежа сталася в Миколаївській та Херсонській областях. | LOC Миколаївській=Миколаївська область; LOC Херсонській областях=Херсонська область",
        "Дощі пройшли на Харківщині. | LOC Харківщині=Харківська область",
        "Концерт відбувся в Будинку офіцерів. | LOC Будинку офіцерів=Будинок офіцерів",
        "Світло зникло в Ізюмському, Куп'янському та Золочівському районах. | LOC Ізюмському=Ізюмський район; LOC Куп'янському=Куп'янський район; LOC Золочівському районах=Золочівський район",
        // organisations whole: legal form and quoted name, head and its genitives; a bare quoted
        // name is the words inside its marks (in tokenised text too)
        "Тендер виграло ТОВ «Версаль Груп». | ORG ТОВ «Версаль Груп»=ТОВ «Версаль Груп»",
        "Закон ухвалила Верховна Рада України. | ORG Верховна Рада України=Верховна Рада України",
        "Голова Харківської обласної військової адміністрації відвідав лікарню. | ORG Харківської обласної військової адміністрації=Харківська обласна військова адміністрація",
        "Лекцію прочитав професор Львівського національного університету імені Івана Франка. | ORG Львівського національного університету імені Івана Франка=Львівський національний університет імені Івана Франка",
        "На концерті виступив гурт «Полинь». | ORG Полинь=Полинь",
        "На концерті виступив гурт « Полинь » . | ORG Полинь=Полинь",
        "Журналісти «Прозорого контролю» подали позов. | ORG Прозорого контролю=Прозорий контроль",
        // aliases: abbreviations and short names to the full name
        "ЗСУ відбили атаку, повідомили в ДСНС. | ORG ЗСУ=Збройні сили України; ORG ДСНС=Державна служба України з надзвичайних ситуацій",
        "Рішення ухвалили в Нацбанку. | ORG Нацбанку=Національний банк України",
        "Посол США відвідав Об'єднані Арабські Емірати. | LOC США=США; LOC Об'єднані Арабські Емірати=Об'єднані Арабські Емірати",
        "Харківської ОВА голова сказав. | ORG Харківської ОВА=Харківська обласна військова адміністрація",
        // a surname alone is the person named in full in the same text
        "Тренер Сергій Ребров назвав склад. Ребров задоволений. | PER Сергій Ребров=Сергій Ребров; PER Ребров=Сергій Ребров",
        // common words with capitals are no names; adjectives are no entities
        "Вибухи лунали всю ніч. Українські військові відбили атаку. | ",
        "Кількість поранених зросла, повідомила ППО. | ",
      })
  void ukrainianMentionsAndCanonicalNames(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Владимир Зеленский встретился с Эммануэлем Макроном в Париже. | PER Владимир Зеленский=Володимир Зеленський; PER Эммануэлем Макроном=Еммануель Макрон; LOC Париже=Париж",
        "Генсек НАТО заявил о поддержке Украины. | ORG НАТО=НАТО; LOC Украины=Україна",
        "President Zelensky met NATO Secretary General Mark Rutte in Brussels. | PER Zelensky=Володимир Зеленський; ORG NATO=НАТО; PER Mark Rutte=Марк Рютте; LOC Brussels=Брюссель",
        "The Ministry of Defence said Joe Harrison visited Kharkiv. | ORG Ministry of Defence=Ministry of Defence; PER Joe Harrison=Joe Harrison; LOC Kharkiv=Харків",
        // «Ukraine's X» and «Ukrainian X» are the gazetteer's «X of Ukraine»; not a bare «Supreme
        // Court» of another country
        "Ukraine's State Emergency Service said the Ukrainian Security Service came. | ORG Ukraine's State Emergency Service=Державна служба України з надзвичайних ситуацій; ORG Ukrainian Security Service=Служба безпеки України",
        "The US Supreme Court ruled. | LOC US=США; ORG Supreme Court=Supreme Court",
        // months and weekdays are no names; «May» before a number is a month, after a name a
        // surname
        "Exports rose since July 1 and slowed in October, Joe Harrison said on Monday. | PER Joe Harrison=Joe Harrison",
        "The talks are set for May 9 in Kharkiv. | LOC Kharkiv=Харків",
        "Former prime minister Theresa May arrived in Kharkiv. | PER Theresa May=Theresa May; LOC Kharkiv=Харків",
      })
  void russianAndEnglishThroughTheGazetteerAndCapitals(String text, String expected) {
    Language language = text.matches(".*[а-яё].*") ? Language.RU : Language.EN;
    assertThat(tagged(text, language)).isEqualTo(expected);
  }

  @Test
  void offsetsAreJavaStringIndicesAndMentionsNeverNest() {
    String text = "😀 Генсек НАТО 🇺🇦 подякував Японії.\r\nМарк Рютте прибув до Києва.";
    List<Mention> mentions = TAGGER.tag(text);
    assertThat(mentions)
        .extracting(Mention::lemma)
        .containsExactly("НАТО", "Японія", "Марк Рютте", "Київ");
    for (Mention m : mentions) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
    }
  }

  @Test
  void theLanguageIsDetectedWhenNotGiven() {
    assertThat(
            TAGGER.tag(
                "Зеленський провів зустріч з прем'єр-міністром Польщі Дональдом Туском у Варшаві."))
        .extracting(m -> m.type() + " " + m.lemma())
        .containsExactly(
            "PER Володимир Зеленський", "LOC Польща", "PER Дональд Туск", "LOC Варшава");
  }

  @Test
  void slugsAreStableOfficialTransliterations() {
    assertThat(TAGGER.tag("У Києві говорили про Зеленського.", Language.UK))
        .extracting(m -> m.entity().slug())
        .containsExactly("kyiv", "volodymyr-zelenskyi");
    assertThat(Entity.of("Харківська область", EntityType.LOC).slug())
        .isEqualTo("kharkivska-oblast");
  }

  @Test
  void countsGroupMentionsByEntityMostMentionedFirst() {
    List<Mention> mentions =
        TAGGER.tag("Японія допомогла. Японії подякували. НАТО мовчить.", Language.UK);
    assertThat(EntityTagger.counts(mentions))
        .containsExactly(
            java.util.Map.entry(Entity.of("Японія", EntityType.LOC), 2),
            java.util.Map.entry(Entity.of("НАТО", EntityType.ORG), 1));
  }

  @Test
  void hostileInputNeitherThrowsNorLosesOffsets() {
    assertThat(TAGGER.tag("")).isEmpty();
    assertThat(TAGGER.tag("   \n\n\t ")).isEmpty();
    assertThat(TAGGER.tag("«««»»» ТОВ « » «ТОВ ... — — «"))
        .allSatisfy(m -> assertThat(m.end()).isPositive());
    assertThat(TAGGER.tag("А".repeat(100_000) + " Києві", Language.UK))
        .extracting(Mention::lemma)
        .contains("Київ");
    // a text longer than one piece: names past the cut keep their offsets
    StringBuilder long_ = new StringBuilder();
    while (long_.length() < 3 * EntityTagger.CHUNK_CHARS) {
      long_.append("Марк Рютте прибув до Брюсселя, а потім до Києва.\n");
    }
    String text = long_.toString();
    List<Mention> mentions = TAGGER.tag(text, Language.UK);
    assertThat(mentions).hasSizeGreaterThan(3 * 3 * EntityTagger.CHUNK_CHARS / 60);
    for (Mention m : mentions) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
  }
}
