package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code strichka bench web} runs end to end: seeds, serves, loads every page, prints the table.
 */
@Tag("slow")
class BenchWebTest {
  @Test
  void printsAFigureLineForEveryPage() {
    MainTest.Result r =
        MainTest.run(
            "bench",
            "web",
            "--rate",
            "50",
            "--seconds",
            "1",
            "--warmup",
            "0",
            "--connections",
            "4");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("page          req/s    p50 ms    p99 ms    max ms  errors");
    for (String page : new String[] {"front", "story", "article", "search"}) {
      assertThat(r.out()).containsPattern("(?m)^" + page + " +\\d+ +[\\d.]+ +[\\d.]+ +[\\d.]+ +0$");
    }
    assertThat(r.out()).contains("target front page p99 <= 20 ms with zero errors:");
  }

  @Test
  void withACrawlRunningEveryPageAnswersAndTheCrawlStoresMeanwhile() {
    MainTest.Result r =
        MainTest.run(
            "bench",
            "web",
            "--with-crawl",
            "--rate",
            "10",
            "--seconds",
            "3",
            "--warmup",
            "0",
            "--connections",
            "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("while a live crawl of the sample web runs");
    for (String page : new String[] {"front", "story", "article", "search"}) {
      assertThat(r.out()).containsPattern("(?m)^" + page + " +\\d+ +[\\d.]+ +[\\d.]+ +[\\d.]+ +0$");
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("crawl meanwhile: (\\d+) articles stored while loaded")
            .matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Long.parseLong(m.group(1))).as(r.out()).isPositive();
  }

  @Test
  void badSettingsAreAOneLineError() {
    MainTest.Result r = MainTest.run("bench", "web", "--rate", "0");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .startsWith("strichka: --rate, --seconds and --connections must be at least 1");
  }
}
