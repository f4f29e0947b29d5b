package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;

class SampleWebCommandTest {

  @Test
  void benchQualityStartsWithTheCorpusCounts() {
    Corpus corpus = Corpus.load();
    long reposts = corpus.articles().stream().filter(a -> a.repostOf().isPresent()).count();
    MainTest.Result r = MainTest.run("bench", "quality");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst())
        .isEqualTo(
            "corpus: %d articles, 12 outlets, %d events, %d reposts"
                .formatted(corpus.articles().size(), corpus.events().size(), reposts));
    long nonNews = corpus.articles().stream().filter(a -> !a.news()).count();
    assertThat(lines)
        .contains(
            "per outlet", "per section", "per language", "news vs non-news", "entity annotation");
    assertThat(lines).anyMatch(l -> l.matches("\\s+non-news\\s+" + nonNews));
    long loc =
        corpus.articles().stream()
            .map(CorpusArticle::latest)
            .mapToLong(
                v ->
                    v.textEntities().stream().filter(e -> e.type().equals("LOC")).count()
                        + v.titleEntities().stream().filter(e -> e.type().equals("LOC")).count())
            .sum();
    assertThat(lines).anyMatch(l -> l.matches("\\s+LOC\\s+" + loc + "\\s+\\d+"));
  }

  @Test
  void sampleWebRefusesAnImpossibleScaleInOneLine() {
    MainTest.Result r = MainTest.run("sample-web", "--scale", "2000000");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "strichka: --scale must be between 0 and 1000000 (run with --verbose for details)");
  }
}
