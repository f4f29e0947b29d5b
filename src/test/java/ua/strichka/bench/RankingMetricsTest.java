package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 2, "c", 1);

  @Test
  void theIdealOrderScoresOne() {
    assertThat(RankingMetrics.ndcg(List.of("a", "b", "c", "x"), GRADES, 10)).isEqualTo(1.0);
    assertThat(RankingMetrics.recall(List.of("a", "b", "c", "x"), GRADES, 10)).isEqualTo(1.0);
  }

  @Test
  void worseOrdersScoreLess() {
    // DCG of c, x, a: 1/log2(2) + 3/log2(4) = 2.5; ideal a, b, c: 3 + 3/log2(3) + 1/2
    double ideal = 3 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
    assertThat(RankingMetrics.ndcg(List.of("c", "x", "a"), GRADES, 10))
        .isCloseTo(2.5 / ideal, within(1e-9));
    assertThat(RankingMetrics.recall(List.of("c", "x", "a"), GRADES, 10))
        .isCloseTo(2.0 / 3, within(1e-9));
    assertThat(RankingMetrics.ndcg(List.of("x", "y"), GRADES, 10)).isZero();
    assertThat(RankingMetrics.ndcg(List.of(), GRADES, 10)).isZero();
  }

  @Test
  void onlyTheTopKCountAndRecallIsCappedAtK() {
    assertThat(RankingMetrics.recall(List.of("x", "a", "b"), GRADES, 2)).isEqualTo(0.5);
    assertThat(RankingMetrics.ndcg(List.of("x", "x", "a"), GRADES, 2)).isZero();
  }
}
