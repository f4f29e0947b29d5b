package ua.strichka.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {
  private static final Inflector INFLECTOR = Inflector.ukrainian();
  private static final Lemmatizer UK = Lemmatizer.of(Language.UK);

  @ParameterizedTest
  @CsvSource({
    "Харківської, adj, харківська",
    "обласній, adj, обласна",
    "області, noun, область",
    "Збройних, adj, збройні",
    "сил, noun, сили",
    "Дмитром, noun, Дмитро",
    "Зеленського, noun, Зеленський",
    "Національного, adj, національний",
    "Міністерства, noun, міністерство",
    "Луцькому, adj, луцький",
  })
  void nominativeKeepsGenderAndNumber(String word, String partOfSpeech, String nominative) {
    Reading reading =
        UK.readings(word).stream()
            .filter(r -> r.partOfSpeech().equals(partOfSpeech))
            .findFirst()
            .orElseThrow();
    assertThat(INFLECTOR.nominative(reading)).contains(nominative);
  }

  @Test
  void formsByExactTags() {
    assertThat(INFLECTOR.form("харківський", "adj:f:v_naz")).contains("харківська");
    assertThat(INFLECTOR.form("Україна", "noun:inanim:f:v_rod:prop:geo")).contains("України");
    assertThat(INFLECTOR.form("харківський", "adj:f:v_naz:no-such-tag")).isEmpty();
    assertThat(INFLECTOR.form("ґзщшхх", "noun:inanim:f:v_naz")).isEmpty();
  }

  @Test
  void wordsWithoutCaseHaveNoNominative() {
    assertThat(INFLECTOR.nominative(new Reading("бігти", "verb:imperf:inf"))).isEmpty();
    assertThat(INFLECTOR.withCase(UK.readings("Японія").getFirst(), "v_rod")).contains("Японії");
  }
}
