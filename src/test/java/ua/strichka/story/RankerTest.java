package ua.strichka.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankerTest {
  static final long HOUR = 3_600_000L;
  final Ranker ranker = new Ranker(Ranker.Settings.defaults());

  static Story story(long id, String section, Map<String, Double> outlets, long... times) {
    List<Long> t = java.util.Arrays.stream(times).boxed().toList();
    return new Story(
        id,
        "uk",
        section,
        "t" + id,
        "",
        "a",
        "o",
        outlets,
        t,
        List.of("a"),
        0,
        times[0],
        times[times.length - 1],
        false,
        Map.of());
  }

  @Test
  void moreDistinctWeightyOutletsRankHigher() {
    Story wide = story(1, "war", Map.of("a", 1.0, "b", 0.9, "c", 0.6), 0, HOUR, HOUR);
    Story narrow = story(2, "war", Map.of("d", 1.0), HOUR);
    assertThat(ranker.top(List.of(narrow, wide), 2 * HOUR, 10))
        .extracting(r -> r.story().id())
        .containsExactly(1L, 2L);
  }

  @Test
  void theScoreHalvesEveryHalfLifeWithoutNewReports() {
    Story s = story(1, "war", Map.of("a", 1.0, "b", 1.0), 0, 0);
    double at8 = ranker.score(s, 8 * HOUR);
    double at16 = ranker.score(s, 16 * HOUR);
    assertThat(at16 / at8).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    Ranker slow = new Ranker(new Ranker.Settings(Duration.ofHours(24), Duration.ofHours(3), 0.5));
    assertThat(slow.score(s, 16 * HOUR)).isGreaterThan(at16);
  }

  @Test
  void aFreshSmallStoryOvertakesAnOldBigOne() {
    Story old = story(1, "war", Map.of("a", 1.0, "b", 1.0, "c", 1.0), 0);
    Story fresh = story(2, "economy", Map.of("d", 1.0, "e", 0.5), 30 * HOUR, 30 * HOUR);
    assertThat(ranker.top(List.of(old, fresh), 31 * HOUR, 1))
        .extracting(r -> r.story().id())
        .containsExactly(2L);
  }

  @Test
  void sectionsRankTheirOwnStories() {
    Story war = story(1, "war", Map.of("a", 1.0), 0);
    Story economy = story(2, "economy", Map.of("a", 1.0, "b", 1.0), 0);
    Story none = story(3, null, Map.of("a", 1.0), 0);
    Map<String, List<Ranker.Ranked>> bySection =
        ranker.topBySection(List.of(war, economy, none), HOUR, 5);
    assertThat(bySection).containsOnlyKeys("economy", "war");
    assertThat(bySection.get("war")).extracting(r -> r.story().id()).containsExactly(1L);
  }
}
