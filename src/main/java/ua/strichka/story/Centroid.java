package ua.strichka.story;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;

/**
 * The sum of a story's article vectors, compared by cosine under the current IDF. Its norm is
 * cached until the story changes or enough new documents have shifted the IDF.
 */
final class Centroid {
  private final IntDoubleHashMap sums = new IntDoubleHashMap();
  private double norm = -1;
  private long normAt = -1;

  void add(TermVector v, double sign) {
    for (int i = 0; i < v.terms.length; i++) {
      double now = sums.addTo(v.terms[i], sign * v.weights[i]);
      if (now <= 1e-9) sums.remove(v.terms[i]);
    }
    norm = -1;
  }

  void addAll(Centroid other) {
    for (IntDoubleCursor c : other.sums) sums.addTo(c.key, c.value);
    norm = -1;
  }

  boolean isEmpty() {
    return sums.isEmpty();
  }

  /** Cosine between this centroid and a vector given as terms with TF-IDF weights. */
  double cosine(int[] terms, double[] tfidf, double tfidfNorm, TermStats stats) {
    if (tfidfNorm == 0) return 0;
    double dot = 0;
    for (int i = 0; i < terms.length; i++) {
      double s = sums.getOrDefault(terms[i], 0);
      if (s != 0) dot += tfidf[i] * s * stats.idf(terms[i]);
    }
    if (dot == 0) return 0;
    double n = norm(stats);
    return n == 0 ? 0 : dot / (n * tfidfNorm);
  }

  double cosine(Centroid other, TermStats stats) {
    Centroid small = sums.size() <= other.sums.size() ? this : other;
    Centroid large = small == this ? other : this;
    double dot = 0;
    for (IntDoubleCursor c : small.sums) {
      double s = large.sums.getOrDefault(c.key, 0);
      if (s != 0) {
        double idf = stats.idf(c.key);
        dot += c.value * s * idf * idf;
      }
    }
    double n = norm(stats) * other.norm(stats);
    return n == 0 ? 0 : dot / n;
  }

  /** Recomputed when the story changed or the corpus grew by 5 % since the last time. */
  private double norm(TermStats stats) {
    if (norm < 0 || stats.documents() > normAt + Math.max(16, normAt / 20)) {
      double s = 0;
      for (IntDoubleCursor c : sums) {
        double w = c.value * stats.idf(c.key);
        s += w * w;
      }
      norm = Math.sqrt(s);
      normAt = stats.documents();
    }
    return norm;
  }
}
