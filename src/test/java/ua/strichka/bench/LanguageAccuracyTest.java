package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.text.Language;

/** Language detection against the sample corpus's labels: the quality bar, not a speed test. */
class LanguageAccuracyTest {
  static List<CorpusArticle> corpus;

  @BeforeAll
  static void load() {
    corpus = Corpus.load().articles();
  }

  @Test
  void fullTextsAreAllRight() {
    LanguageAccuracy accuracy = LanguageAccuracy.ofFullTexts(corpus);
    System.out.println("language accuracy, full text: " + accuracy + " " + accuracy.misses());
    assertThat(accuracy.samples()).isEqualTo(corpus.size());
    assertThat(accuracy.total()).containsKeys(Language.UK, Language.RU, Language.EN);
    assertThat(accuracy.misses()).isEmpty();
  }

  @Test
  void titlesAloneAreAtLeast97PercentRight() {
    LanguageAccuracy accuracy = LanguageAccuracy.ofTitles(corpus);
    System.out.println("language accuracy, titles: " + accuracy + " " + accuracy.misses());
    assertThat(accuracy.overall()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void singleSentencesAreAtLeast99PercentRight() {
    LanguageAccuracy accuracy = LanguageAccuracy.ofSentences(corpus);
    System.out.println("language accuracy, sentences: " + accuracy + " " + accuracy.misses());
    assertThat(accuracy.samples()).isGreaterThan(2000);
    assertThat(accuracy.overall()).isGreaterThanOrEqualTo(0.99);
  }
}
