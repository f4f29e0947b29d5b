package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.EntitySpan;
import ua.strichka.store.Store;

/** The data the search bench is made of: judged queries and synthetic articles. */
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

  @Test
  void batchedFillWritesEveryArticleWithItsStoryAndEntitiesTheSameForTheSameSeed(
      @TempDir Path dir) {
    Corpus corpus = Corpus.load();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    int count = 4_503; // two full batches and a part
    List<List<Object>> filled = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      try (Store store = Store.open("jdbc:sqlite:" + dir.resolve(name + ".db"), "", "", 2)) {
        List<Long> progress = new ArrayList<>();
        new SyntheticArticles(corpus, 42).write(store, count, start, progress::add);
        assertThat(progress).containsExactly(2_000L, 4_000L, 4_503L);
        assertThat(store.articles().count()).isEqualTo(count);
        List<Object> rows =
            store
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                """
                                SELECT a.canonical_url, a.title, sa.story_id,
                                  (SELECT COUNT(*) FROM article_entity ae WHERE ae.article_id = a.id)
                                FROM article a LEFT JOIN story_article sa ON sa.article_id = a.id
                                ORDER BY a.id""")
                            .map(
                                (rs, ctx) ->
                                    (Object)
                                        List.of(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getLong(3),
                                            rs.getLong(4)))
                            .list());
        // article i is in story i / 4 or in none: a story holds at most four consecutive ones
        Map<Long, List<Integer>> byStory = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
          List<?> r = (List<?>) rows.get(i);
          assertThat((String) r.get(0)).endsWith("/synthetic/" + i);
          long story = (Long) r.get(2);
          if (story != 0) byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(i / 4);
        }
        assertThat(byStory.values()).allSatisfy(keys -> assertThat(keys).hasSizeBetween(1, 4));
        assertThat(byStory.values()).allSatisfy(keys -> assertThat(Set.copyOf(keys)).hasSize(1));
        assertThat(byStory.size()).isBetween(count / 4 * 3 / 4, count / 4);
        assertThat(rows).anySatisfy(r -> assertThat((Long) ((List<?>) r).get(3)).isPositive());
        filled.add(rows);
      }
    }
    assertThat(filled.get(1)).as("deterministic for a seed").isEqualTo(filled.get(0));
  }
}
