package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleCorpusTest {
  @Test
  void stripsMarkupAndCountsMentions() {
    Map<String, Integer> entities = new LinkedHashMap<>();
    String plain =
        SampleCorpus.strip(
            "Генсек [НАТО](ORG:НАТО) подякував [Японії](LOC:Японія); [Японія](LOC:Японія) відповіла.",
            entities);
    assertThat(plain).isEqualTo("Генсек НАТО подякував Японії; Японія відповіла.");
    assertThat(entities).containsExactly(Map.entry("НАТО", 1), Map.entry("Японія", 2));
  }

  @Test
  void sentencesAreNotCutInsideMentions() {
    List<String> s =
        SyntheticArticles.sentences(
            "Про це сказав [В. І. Вернадський](PER:Володимир Вернадський) учора. Друге речення трохи довше!"
                + " Коротке.");
    assertThat(s)
        .containsExactly(
            "Про це сказав [В. І. Вернадський](PER:Володимир Вернадський) учора.",
            "Друге речення трохи довше!");
  }

  @Test
  void theCorpusAndItsJudgedQueriesLoad() {
    SampleCorpus corpus = SampleCorpus.load();
    assertThat(corpus.articles).hasSizeGreaterThanOrEqualTo(300);
    assertThat(corpus.outlets).isNotEmpty();
    assertThat(corpus.articles)
        .allSatisfy(a -> assertThat(a.latest().title()).doesNotContain("](").isNotBlank());
    List<JudgedQueries.Judged> judged = JudgedQueries.load(corpus);
    assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
    assertThat(judged).allSatisfy(j -> assertThat(j.grades()).containsValue(2));
  }
}
