package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchSectionsTest {
  @Test
  void errorsListTheDevMistakesByEventWithTheirWords() {
    MainTest.Result r = MainTest.run("bench", "sections", "--errors", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern(
            "section mistakes, 5-fold cross-validation over events: [0-9]+ of [0-9]+ articles, in"
                + " [0-9]+ events")
        .containsPattern("\\[(uk|ru|en)] [a-z-]+ → [a-z-]+ \\(share [01]\\.[0-9]{2}\\)")
        .containsPattern("pulled by: [^,\\n]+ [0-9]+\\.[0-9], [^,\\n]+ [0-9]+\\.[0-9]\\n");
  }

  @Test
  void neitherRetrainNorErrorsIsBadUsageInOneLine() {
    MainTest.Result r = MainTest.run("bench", "sections");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("expected --retrain FILE or --errors N").doesNotContain("\tat ");
  }
}
