package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchTextTest {

  @Test
  void textPrintsSpeedAndAccuracyFigures() {
    MainTest.Result r = MainTest.run("bench", "text", "--seconds", "0.02");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("tokens +[0-9.]+ M tokens/s")
        .containsPattern("language, article from its text +[0-9]+ articles/s")
        .containsPattern("lemmas uk, cache of hot words +[0-9.]+ M words/s")
        .containsPattern("tokens \\+ language \\+ lemmas +[0-9]+ articles/s of 300 words")
        .containsPattern("language accuracy, title +[01]\\.[0-9]{3} \\(uk [0-9]+/[0-9]+");
  }

  @Test
  void benchWithoutSubcommandShowsUsage() {
    MainTest.Result r = MainTest.run("bench");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: strichka bench").contains("text");
  }

  @Test
  void impossibleDurationIsBadUsageInOneLine() {
    MainTest.Result r = MainTest.run("bench", "text", "--seconds", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--seconds must be more than 0").doesNotContain("\tat ");
  }
}
