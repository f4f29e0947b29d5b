package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import ua.strichka.bench.StoreBench;

class BenchStoreTest {
  @Test
  void timesRelatedStoriesAndEntityPagesOnAStoreItBuilds() throws Exception {
    StringWriter text = new StringWriter();
    int related = StoreBench.run(new PrintWriter(text), 3_000, 40);
    assertThat(related).as("stories share their own names, so some are related").isPositive();
    assertThat(text.toString())
        .containsPattern("store: 3,000 articles, [0-9,]+ stories, 20,000 names")
        .containsPattern("related stories \\(5\\) +p50 +[0-9.]+ ms +p95 +[0-9.]+ ms")
        .containsPattern("entity page \\(20 stories\\) +p50 +[0-9.]+ ms");
  }

  @Test
  void aStoreTooSmallIsBadUsageInOneLine() {
    MainTest.Result r = MainTest.run("bench", "store", "--articles", "5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--articles must be 100").doesNotContain("\tat ");
  }
}
