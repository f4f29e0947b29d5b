package ua.strichka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatizerTest {
  static final Lemmatizer UK = Lemmatizer.of(Language.UK);

  @ParameterizedTest
  @CsvSource({
    "Києві, Київ",
    "Одесу, Одеса",
    "Японії, Японія",
    "Рютте, Рютте",
    "США, США",
    "ЗСУ, ЗСУ",
    "Вибухи, вибух",
    "уламки, уламок",
    "поранені, поранений",
    "загинули, загинути",
    "мати, мати",
    "та, та",
    "мала, малий",
    "є, бути",
    "людей, людина",
    "м'ясо, м'ясо",
    "м’ясо, м'ясо",
    "Об’єднаних, об'єднаний",
    "будь-якого, будь-який",
    "телеграм-каналі, телеграм-канал",
    "Індо-Тихоокеанського, індо-тихоокеанський",
    "школи-інтернату, школа-інтернат",
    "шкіл-інтернатів, школа-інтернат",
    "ракетно-дронового, ракетно-дроновий",
    "північно-західного, північно-західний",
    "КИЄВІ, Київ",
    "Пере\u00ADговори, переговори",
    "Зеленського, Зеленський",
    "Хрещатик, Хрещатик",
    "ґуґлити, ґуґлити",
    "абракадабрування, абракадабрування",
  })
  void ukrainianLemma(String word, String lemma) {
    assertThat(UK.lemma(word)).isEqualTo(lemma);
  }

  @Test
  void readingsCarryTheTagsEntityTaggingNeeds() {
    assertThat(UK.readings("Києві").getFirst())
        .satisfies(r -> assertThat(r.lemma()).isEqualTo("Київ"))
        .satisfies(r -> assertThat(r.hasTag("prop")).isTrue())
        .satisfies(r -> assertThat(r.hasTag("geo")).isTrue())
        .satisfies(r -> assertThat(r.hasTag("v_mis")).isTrue())
        .satisfies(r -> assertThat(r.hasTag("v_mi")).isFalse())
        .satisfies(r -> assertThat(r.partOfSpeech()).isEqualTo("noun"));
    assertThat(UK.readings("Марка"))
        .anySatisfy(r -> assertThat(r.hasTag("fname") && r.hasTag("v_rod")).isTrue());
    assertThat(UK.readings("Зеленського"))
        .anySatisfy(r -> assertThat(r.hasTag("lname") && r.isProper()).isTrue());
    assertThat(UK.readings("ЗСУ")).allSatisfy(r -> assertThat(r.hasTag("abbr")).isTrue());
    assertThat(UK.readings("абракадабрування")).isEmpty();
    assertThat(UK.readings("")).isEmpty();
  }

  @Test
  void capitalisedFormGivesNameReadingsFirstThenCommonOnes() {
    List<Reading> readings = UK.readings("Надія");
    assertThat(readings.getFirst().isProper()).isTrue();
    assertThat(readings).anySatisfy(r -> assertThat(r.lemma()).isEqualTo("надія"));
    assertThat(UK.readings("надія")).noneSatisfy(r -> assertThat(r.isProper()).isTrue());
  }

  @Test
  void mostLikelyReadingComesFirst() {
    for (String word : List.of("мати", "та", "мала", "Києві", "поранені", "Вибухи")) {
      assertThat(UK.readings(word).getFirst().lemma()).isEqualTo(UK.lemma(word));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "RU, Киеве, киев",
    "RU, погибших, погибш",
    "RU, объём, объ",
    "RU, Ещё, ещ",
    "EN, attacks, attack",
    "EN, Ukraine’s, ukrain",
    "EN, running, run",
    "OTHER, Straße, straße",
  })
  void otherLanguagesStemWithTheSameApi(Language language, String word, String stem) {
    Lemmatizer lemmatizer = Lemmatizer.of(language);
    assertThat(lemmatizer.lemma(word)).isEqualTo(stem);
    assertThat(lemmatizer.readings(word)).containsExactly(new Reading(stem, ""));
  }

  @Test
  void isSafeAcrossThreads() throws Exception {
    List<String> words = List.of("Києві", "Одесу", "уламки", "загинули", "поранені", "мати");
    List<String> expected = words.stream().map(UK::lemma).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<List<String>>> results =
          java.util.stream.IntStream.range(0, 8)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            List<String> last = null;
                            for (int n = 0; n < 2_000; n++) {
                              last =
                                  words.stream()
                                      .map(w -> Lemmatizer.of(Language.UK).lemma(w + ""))
                                      .toList();
                            }
                            return last;
                          }))
              .toList();
      for (Future<List<String>> f : results) assertThat(f.get()).isEqualTo(expected);
    }
  }
}
