package ua.strichka.bench;

import java.util.List;
import java.util.Map;

/**
 * Graded ranking metrics over the top k results.
 *
 * <p>NDCG@k: gain {@code 2^grade - 1}, discount {@code log2(rank + 1)}, divided by the DCG of the
 * ideal order of all judged articles. Recall@k: judged articles (grade ≥ 1) in the top k, over the
 * number the top k could hold ({@code min(k, judged)}), so a perfect ranking scores 1 even when
 * more than k articles are relevant.
 */
final class RankingMetrics {
  private RankingMetrics() {}

  static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double best = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) best += gain(ideal.get(i)) / log2(i + 2);
    return best == 0 ? 0 : dcg / best;
  }

  static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) return 0;
    long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / Math.min(k, relevant);
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
