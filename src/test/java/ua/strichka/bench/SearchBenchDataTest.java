package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.EntitySpan;

/** The data the search bench is made of: judged queries and synthetic sentences. */
class SearchBenchDataTest {
  @Test
  void everyJudgedQueryHasArticlesAboutIt() {
    Corpus corpus = Corpus.load();
    List<JudgedQueries.Judged> judged = JudgedQueries.load(corpus);
    assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
    assertThat(judged).allSatisfy(j -> assertThat(j.grades()).containsValue(2));
    // events grade their Ukrainian articles only
    JudgedQueries.Judged blast =
        judged.stream().filter(j -> j.text().equals("вибух у Дніпрі")).findFirst().orElseThrow();
    assertThat(blast.grades())
        .containsOnlyKeys("w4-e06-dp", "w4-e06-sh", "w4-e06-kv", "w4-e06-uai")
        .containsValue(2);
  }

  @Test
  void sentencesKeepTheEntitiesTheyName() {
    String text = "Про це сказав В. І. Вернадський учора. Друге речення трохи довше! Коротке.";
    List<EntitySpan> spans =
        List.of(new EntitySpan(14, 31, "PER", "В. І. Вернадський", "Володимир Вернадський"));
    List<SyntheticArticles.Piece> s = SyntheticArticles.sentences(text, spans);
    assertThat(s)
        .extracting(SyntheticArticles.Piece::text)
        .containsExactly("Про це сказав В. І. Вернадський учора.", "Друге речення трохи довше!");
    assertThat(s.get(0).entities()).isEqualTo(Map.of("PER:Володимир Вернадський", 1));
    assertThat(s.get(1).entities()).isEmpty();
  }
}
