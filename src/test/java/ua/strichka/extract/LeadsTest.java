package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lead is recognised by the page's description even where the two differ a little. */
class LeadsTest {
  static final String LEAD =
      "Кабінет міністрів схвалив програму ремонту шкільних укриттів у прифронтових громадах: на"
          + " неї спрямують 2,3 мільярда гривень до кінця року.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the same text | " + LEAD + " | true",
        "other quotes and dashes | Кабінет міністрів схвалив програму ремонту шкільних укриттів"
            + " у прифронтових громадах — на неї спрямують 2,3 мільярда гривень до кінця року |"
            + " true",
        "one word changed | Кабмін схвалив програму ремонту шкільних укриттів у прифронтових"
            + " громадах: на неї спрямують 2,3 мільярда гривень до кінця року. | true",
        "cut at a word with an ellipsis | Кабінет міністрів схвалив програму ремонту шкільних"
            + " укриттів у прифронтових громадах: на неї спря… | true",
        "its first sentence only | Кабінет міністрів схвалив програму ремонту шкільних укриттів у"
            + " прифронтових громадах. | true",
        "a summary in other words | Уряд виділив понад два мільярди на сховища для шкіл поблизу"
            + " фронту. | false",
        "another story of the same site | Кабінет міністрів схвалив нові правила оренди"
            + " державного майна для прифронтових громад. | false",
      })
  void leadAndDescription(String why, String description, boolean same) {
    assertThat(Leads.isLead(LEAD, description)).as(why).isEqualTo(same);
  }

  @Test
  void aStandfirstOutsideTheTextComesBackThoughTheDescriptionIsCut() {
    String description =
        "Кабінет міністрів схвалив програму ремонту шкільних укриттів у прифронтових громадах: на"
            + " неї спрямують 2,3 мільярда…";
    Article a =
        MetadataTest.article(
            "<title>Укриття для шкіл</title><meta name=\"description\" content=\""
                + description
                + "\">",
            "<h1>Укриття для шкіл</h1><div class=\"standfirst\"><strong>"
                + LEAD
                + "</strong></div><div class=\"story-text\">"
                + MetadataTest.TEXT
                + "</div>",
            "https://x.example/news/ukryttia");
    assertThat(a.articleBody()).startsWith(LEAD + "\n\nПерший абзац статті");
  }

  @Test
  void aLeadAlreadyInTheTextIsNotRepeated() {
    Article a =
        MetadataTest.article(
            "<title>Укриття для шкіл</title><meta name=\"description\" content=\"Кабмін схвалив"
                + " програму ремонту шкільних укриттів у прифронтових громадах: на неї спрямують"
                + " 2,3 мільярда гривень до кінця року.\">",
            "<h1>Укриття для шкіл</h1><div class=\"standfirst\">"
                + LEAD
                + "</div><div class=\"story-text\"><p>"
                + LEAD
                + "</p>"
                + MetadataTest.TEXT
                + "</div>",
            "https://x.example/news/ukryttia");
    assertThat(a.articleBody().split("\n\n")).filteredOn(LEAD::equals).hasSize(1);
  }
}
