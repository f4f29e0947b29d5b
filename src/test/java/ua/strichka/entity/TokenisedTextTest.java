package ua.strichka.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.strichka.entity.EntityTaggerTest.tagged;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

/**
 * Text as NER corpora tokenise it (punctuation spaced out, «…» with spaces inside) and the shapes
 * of names official texts use: capitalised surnames, abbreviations of state bodies with the
 * country, a ministry at the start of a sentence. Our own sentences.
 */
class TokenisedTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a quotation with spaces inside is still a quoted name, as without them
        "Вчора гурт « Океан Ельзи » виступив у Львові . | ORG Океан Ельзи=Океан Ельзи; LOC Львові=Львів",
        "Вчора гурт «Океан Ельзи» виступив у Львові. | ORG Океан Ельзи=Океан Ельзи; LOC Львові=Львів",
        // a straight quote after a space opens, it does not close
        "Зал \"Мистецький\" відкрили . | ",
        // initials with the full stop spaced out, one or two of them
        "Вірш написав М . Рильський , а переклав Г . П . Кочур . | PER М . Рильський=М. Рильський; PER Г . П . Кочур=Г. П. Кочур",
        // a surname with two initials after it, as orders write it, its last full stop inside;
        "Доручити редактору Петренку О . В . перевірити факти . | PER Петренку О . В .=Петренко О. В.",
        "Доручити редактору Петренку О. В. перевірити факти. | PER Петренку О. В.=Петренко О. В.",
        // a settlement's short designation spaced out as tokenised text writes it
        "Басейн відкрили у с . Комарів минулого року . | LOC с . Комарів=Комарів",
        // a surname in capitals after a first name, named in the usual case
        "Про це розповіла директорка Ганна КОВАЛЬЧУК . | PER Ганна КОВАЛЬЧУК=Ганна Ковальчук",
        // but a known abbreviation after a first name stays itself
        "Журналістка Ольга СБУ не дзвонила . | PER Ольга=Ольга; ORG СБУ=Служба безпеки України",
        // an abbreviation of a state body takes «України» into its name
        "Лист надіслали до ДАБІ України . | ORG ДАБІ України=ДАБІ України",
        "Наказ підписали в ЗС України . | ORG ЗС України=Збройні сили України",
        // a pronoun after an organisation is not part of its name
        "Рішенням Верховної Ради нас звільнили . | ORG Верховної Ради=Верховна Рада України",
        // a ministry at a sentence start is named by its field; a bare capital is not
        "Міністерство культури оголосило конкурс . | ORG Міністерство культури=Міністерство культури",
        "Міністерство — це орган влади . | ",
      })
  void tokenisedTextAndOfficialShapes(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a hromada is a place, named by its adjective; the bare abbreviation is a common noun
        "Вибори відбулися в Зміївській ОТГ , бюджет ОТГ зріс . | LOC Зміївській ОТГ=Зміївська об'єднана територіальна громада",
        "Нова ОТГ запрацювала . | ",
        "Голова ОДА заявив . | ORG ОДА=ОДА",
        // historical provinces and brotherhoods have their designation in their names
        "Він жив у Полтавській губернії . | LOC Полтавській губернії=Полтавська губернія",
        "Членом Кирило-Мефодіївського братства був Шевченко . | ORG Кирило-Мефодіївського братства=Кирило-Мефодіївське братство; PER Шевченко=Шевченко",
      })
  void designationsOfPlacesAndBodies(String text, String expected) {
    assertThat(tagged(text, Language.UK)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void initialsThatEndALineTakeNoWordFromTheNext() {
    assertThat(tagged("Голові комісії Петренку О . В .\n\nГолова ради С . О . Коваль", Language.UK))
        .isEqualTo("PER Петренку О . В .=Петренко О. В.; PER С . О . Коваль=С. О. Коваль");
    assertThat(tagged("Наказ підписав С . О .\n\nГолова ради", Language.UK)).isEmpty();
  }
}
