package ua.strichka.story;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;
import java.util.Arrays;
import java.util.List;

/**
 * An article's terms with their damped frequencies, {@code ln(1 + head + bodyWeight·body)}, before
 * IDF: IDF changes as articles arrive, so it is applied when vectors are compared.
 */
final class TermVector {
  final int[] terms;
  final double[] weights;

  private TermVector(int[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  static TermVector of(List<String> head, List<String> body, double bodyWeight, TermStats stats) {
    IntDoubleHashMap counts = new IntDoubleHashMap(head.size() + body.size());
    for (String t : head) counts.addTo(stats.id(t), 1);
    for (String t : body) counts.addTo(stats.id(t), bodyWeight);
    int[] terms = new int[counts.size()];
    double[] weights = new double[counts.size()];
    int i = 0;
    for (IntDoubleCursor c : counts) {
      terms[i] = c.key;
      weights[i++] = Math.log1p(c.value);
    }
    return new TermVector(terms, weights);
  }

  /** TF-IDF weights under today's IDF. */
  double[] tfidf(TermStats stats) {
    double[] out = new double[terms.length];
    for (int i = 0; i < terms.length; i++) out[i] = weights[i] * stats.idf(terms[i]);
    return out;
  }

  static double norm(double[] v) {
    double s = 0;
    for (double x : v) s += x * x;
    return Math.sqrt(s);
  }

  /** Indices of the {@code k} largest entries of {@code v}, largest first. */
  static int[] top(double[] v, int k) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> Double.compare(v[y], v[x]));
    int n = Math.min(k, v.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = order[i];
    return out;
  }
}
