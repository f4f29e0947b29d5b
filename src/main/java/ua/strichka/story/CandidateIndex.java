package ua.strichka.story;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.ObjectObjectHashMap;
import com.carrotsearch.hppc.cursors.LongDoubleCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverted index from a term (a lemma of titles and leads, or an entity) to the stories that
 * recently used it: where the clusterer looks for the few stories a new article might belong to.
 *
 * <p>Each posting list keeps only the {@value #POSTINGS} stories that used the term last, and a
 * lookup returns at most {@value #CANDIDATES} stories, so the cost of placing an article does not
 * grow with the number of stories stored; closed stories drop out lazily as their ids no longer
 * resolve.
 */
final class CandidateIndex {
  static final int POSTINGS = 64;
  static final int CANDIDATES = 24;

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

  int terms() {
    return postings.size();
  }
}
