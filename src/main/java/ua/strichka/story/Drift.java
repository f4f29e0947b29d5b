package ua.strichka.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a story has drifted into two events. Online clustering joins each article to the story it
 * is closest to at that moment, so a chain of articles can walk a story from one event to another
 * (a strike on a city, then the city's budget). Two-means over the story's original reports finds
 * the two halves; when each half has at least {@value #MIN_SIDE} reports and their centroids are
 * further apart than the split threshold, they are two stories.
 *
 * <p>The threshold sits below the merge threshold on purpose: two halves that an article could
 * merge again must not be split, or a story would flap between one and two.
 */
final class Drift {
  /** Least original reports on each side: one odd article is an outlier, not another event. */
  static final int MIN_SIDE = 2;

  /** Rounds of two-means; it settles in two or three on news stories. */
  private static final int ROUNDS = 6;

  private Drift() {}

  /**
   * Checked when a story reaches 4, 6, 8, 12, 16, 24 … members: the cost of a check is proportional
   * to the story's size, so checking at geometric steps keeps the cost per article constant.
   */
  static boolean due(StoryState s) {
    int n = s.members.size();
    int odd = n >>> Integer.numberOfTrailingZeros(n);
    return n >= 2 * MIN_SIDE && (odd == 1 || odd == 3);
  }

  /**
   * The keys of the members to move to a new story (the smaller half, with the reposts of its
   * reports), or empty when the story is one event.
   */
  static Set<String> split(StoryState s, TermStats stats, double threshold) {
    List<StoryState.Member> reports = new ArrayList<>();
    for (StoryState.Member m : s.members.values()) {
      if (!m.article().isRepost()) reports.add(m);
    }
    if (reports.size() < 2 * MIN_SIDE) return Set.of();
    double[][] tfidf = new double[reports.size()][];
    double[] norms = new double[reports.size()];
    for (int i = 0; i < reports.size(); i++) {
      tfidf[i] = reports.get(i).vector().tfidf(stats);
      norms[i] = TermVector.norm(tfidf[i]);
    }
    // Seeds: the report furthest from the whole story, then the report furthest from that one.
    int a = furthest(reports, tfidf, norms, s.centroid, stats);
    int b = furthest(reports, tfidf, norms, single(reports.get(a)), stats);
    if (a == b) return Set.of();
    boolean[] inB = new boolean[reports.size()];
    inB[b] = true;
    Centroid left = single(reports.get(a));
    Centroid right = single(reports.get(b));
    for (int round = 0; round < ROUNDS; round++) {
      boolean changed = false;
      for (int i = 0; i < reports.size(); i++) {
        StoryState.Member m = reports.get(i);
        double l = left.cosine(m.vector().terms, tfidf[i], norms[i], stats);
        double r = right.cosine(m.vector().terms, tfidf[i], norms[i], stats);
        boolean toB = r > l;
        changed |= toB != inB[i];
        inB[i] = toB;
      }
      left = new Centroid();
      right = new Centroid();
      for (int i = 0; i < reports.size(); i++) {
        (inB[i] ? right : left).add(reports.get(i).vector(), 1);
      }
      if (!changed && round > 0) break;
    }
    int sizeB = 0;
    for (boolean x : inB) if (x) sizeB++;
    int sizeA = reports.size() - sizeB;
    if (sizeA < MIN_SIDE || sizeB < MIN_SIDE || left.cosine(right, stats) >= threshold) {
      return Set.of();
    }
    // The larger half keeps the story (and its id, its address on the site); on a tie, the half
    // with the first report.
    boolean moveB = sizeB < sizeA || (sizeB == sizeA && !inB[0]);
    Set<String> moved = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      if (inB[i] == moveB) moved.add(reports.get(i).article().key());
    }
    for (StoryState.Member m : s.members.values()) {
      if (m.article().isRepost() && moved.contains(m.article().repostOf())) {
        moved.add(m.article().key());
      }
    }
    return moved;
  }

  private static Centroid single(StoryState.Member m) {
    Centroid c = new Centroid();
    c.add(m.vector(), 1);
    return c;
  }

  private static int furthest(
      List<StoryState.Member> reports,
      double[][] tfidf,
      double[] norms,
      Centroid from,
      TermStats stats) {
    int best = 0;
    double lowest = Double.MAX_VALUE;
    for (int i = 0; i < reports.size(); i++) {
      double c = from.cosine(reports.get(i).vector().terms, tfidf[i], norms[i], stats);
      if (c < lowest) {
        lowest = c;
        best = i;
      }
    }
    return best;
  }
}
