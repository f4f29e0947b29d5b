package ua.strichka.story;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.ObjectObjectHashMap;
import com.carrotsearch.hppc.cursors.LongDoubleCursor;
import com.carrotsearch.hppc.cursors.ObjectObjectCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverted index from a term (a lemma of titles and leads, or an entity) to the stories that
 * recently used it: where the clusterer looks for the few stories a new article might belong to.
 *
 * <p>Each posting list keeps only the {@value #POSTINGS} stories that used the term last, and a
 * lookup returns at most {@value #CANDIDATES} stories, so the cost of placing an article does not
 * grow with the number of stories stored; closed stories drop out lazily as their ids no longer
 * resolve, and a {@linkplain #sweep sweep} drops the lists of terms no later article looks up.
 */
final class CandidateIndex {
  static final int POSTINGS = 64;
  static final int CANDIDATES = 24;

  /** Terms indexed before the first sweep. */
  static final int FIRST_SWEEP = 4_096;

  /** The sweep runs when the terms reach this: twice as many as the last sweep left. */
  private int sweepAt = FIRST_SWEEP;

  private final ObjectObjectHashMap<String, LongArrayList> postings = new ObjectObjectHashMap<>();

  void post(String term, long storyId) {
    LongArrayList list = postings.get(term);
    if (list == null) {
      list = new LongArrayList(4);
      postings.put(term, list);
    }
    int at = list.indexOf(storyId);
    if (at >= 0) list.removeAt(at);
    if (list.size() >= POSTINGS) list.removeAt(0);
    list.add(storyId);
  }

  /**
   * Stories sharing the most (weighted) terms with the query, best first.
   *
   * @param live tells which story ids are still open
   */
  List<Long> candidates(
      List<String> terms, double[] weights, java.util.function.LongPredicate live) {
    LongDoubleHashMap score = new LongDoubleHashMap();
    for (int i = 0; i < terms.size(); i++) {
      LongArrayList list = postings.get(terms.get(i));
      if (list == null) continue;
      for (int j = list.size() - 1; j >= 0; j--) {
        long id = list.get(j);
        if (!live.test(id)) {
          list.removeAt(j);
          continue;
        }
        score.addTo(id, weights[i]);
      }
      if (list.isEmpty()) postings.remove(terms.get(i));
    }
    List<long[]> ranked = new ArrayList<>(score.size());
    for (LongDoubleCursor c : score)
      ranked.add(new long[] {c.key, Double.doubleToLongBits(c.value)});
    ranked.sort(
        (a, b) -> Double.compare(Double.longBitsToDouble(b[1]), Double.longBitsToDouble(a[1])));
    List<Long> out = new ArrayList<>(Math.min(CANDIDATES, ranked.size()));
    for (int i = 0; i < ranked.size() && i < CANDIDATES; i++) out.add(ranked.get(i)[0]);
    return out;
  }

  /**
   * Drops closed stories' ids from every list, and the lists left empty, once the terms have
   * doubled since the last sweep. A lookup cleans only the lists it reads, and most terms are never
   * read again once their story closes (an event's names, a one-day tag): without this the index
   * would keep a list for every term ever posted (~150 bytes each). Doubling keeps the cost per
   * article constant.
   *
   * @param live tells which story ids are still open
   */
  void sweep(java.util.function.LongPredicate live) {
    if (postings.size() < sweepAt) return;
    List<String> empty = new ArrayList<>();
    for (ObjectObjectCursor<String, LongArrayList> c : postings) {
      LongArrayList list = c.value;
      for (int j = list.size() - 1; j >= 0; j--) if (!live.test(list.get(j))) list.removeAt(j);
      if (list.isEmpty()) empty.add(c.key);
    }
    for (String term : empty) postings.remove(term);
    sweepAt = Math.max(FIRST_SWEEP, 2 * postings.size());
  }

  int terms() {
    return postings.size();
  }
}
