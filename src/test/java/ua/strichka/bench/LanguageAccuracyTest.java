package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.strichka.text.Language;

/** Language detection against the sample corpus's labels: the quality bar, not a speed test. */
class LanguageAccuracyTest {
  static List<CorpusText> corpus;

  @BeforeAll
  static void load() {
    corpus = CorpusText.load();
  }

  @Test
  void corpusIsReadWithMarkupStripped() {
    assertThat(corpus).hasSizeGreaterThan(200);
    assertThat(corpus)
        .extracting(CorpusText::language)
        .contains(Language.UK, Language.RU, Language.EN);
    assertThat(corpus)
        .allSatisfy(t -> assertThat(t.text()).doesNotContain("](PER:", "](LOC:", "](ORG:"));
    assertThat(CorpusText.plain("Генсек [НАТО](ORG:НАТО) подякував [Японії](LOC:Японія)"))
        .isEqualTo("Генсек НАТО подякував Японії");
  }

  @Test
  void fullTextsAreAllRight() {
    LanguageAccuracy accuracy = LanguageAccuracy.ofFullTexts(corpus);
    System.out.println("language accuracy, full text: " + accuracy + " " + accuracy.misses());
    assertThat(accuracy.misses()).isEmpty();
  }

  @Test
  void titlesAloneAreAtLeast97PercentRight() {
    LanguageAccuracy accuracy = LanguageAccuracy.ofTitles(corpus);
    System.out.println("language accuracy, titles: " + accuracy + " " + accuracy.misses());
    assertThat(accuracy.overall()).isGreaterThanOrEqualTo(0.97);
  }
}
