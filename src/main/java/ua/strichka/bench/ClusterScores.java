package ua.strichka.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement of a clustering with the ground truth, over the items both label.
 *
 * <p>Pairwise: precision and recall over the pairs of items put together. B-cubed (Bagga and
 * Baldwin): per item, the share of its predicted cluster that truly belongs with it (precision) and
 * the share of its true cluster found with it (recall), averaged; it weighs every article equally,
 * so one giant wrong cluster cannot hide behind many right singletons.
 */
record ClusterScores(
    double pairPrecision,
    double pairRecall,
    double pairF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1) {

  static <K> ClusterScores of(Map<K, ?> predicted, Map<K, ?> truth) {
    Map<Object, Integer> predSize = new HashMap<>();
    Map<Object, Integer> trueSize = new HashMap<>();
    Map<Object, Map<Object, Integer>> overlap = new HashMap<>();
    for (Map.Entry<K, ?> e : truth.entrySet()) {
      Object p = predicted.get(e.getKey());
      if (p == null) continue;
      predSize.merge(p, 1, Integer::sum);
      trueSize.merge(e.getValue(), 1, Integer::sum);
      overlap.computeIfAbsent(p, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
    }
    long together = 0;
    long predPairs = 0;
    long truePairs = 0;
    double bp = 0;
    double br = 0;
    long n = 0;
    for (int s : predSize.values()) predPairs += (long) s * (s - 1) / 2;
    for (int s : trueSize.values()) truePairs += (long) s * (s - 1) / 2;
    for (Map.Entry<Object, Map<Object, Integer>> p : overlap.entrySet()) {
      for (Map.Entry<Object, Integer> t : p.getValue().entrySet()) {
        int c = t.getValue();
        together += (long) c * (c - 1) / 2;
        bp += (double) c * c / predSize.get(p.getKey());
        br += (double) c * c / trueSize.get(t.getKey());
        n += c;
      }
    }
    double pp = predPairs == 0 ? 1 : together / (double) predPairs;
    double pr = truePairs == 0 ? 1 : together / (double) truePairs;
    bp = n == 0 ? 0 : bp / n;
    br = n == 0 ? 0 : br / n;
    return new ClusterScores(pp, pr, f1(pp, pr), bp, br, f1(bp, br));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
