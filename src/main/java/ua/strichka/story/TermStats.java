package ua.strichka.story;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.ObjectIntHashMap;

/**
 * Term ids and document frequencies, maintained as articles arrive, for TF-IDF. Counts never
 * shrink: a word's rarity over everything seen is a fair estimate of its rarity tomorrow. The
 * vocabulary is bounded by the languages, not by the number of articles.
 */
final class TermStats {
  static final int PRIOR_DOCUMENTS = 100;

  private final ObjectIntHashMap<String> ids = new ObjectIntHashMap<>();
  private final IntArrayList documentFrequency = new IntArrayList();
  private long documents;

  int id(String term) {
    int id = ids.getOrDefault(term, -1);
    if (id >= 0) return id;
    id = documentFrequency.size();
    ids.put(term, id);
    documentFrequency.add(0);
    return id;
  }

  /** Counts one document containing each of {@code termIds} (distinct). */
  void countDocument(int[] termIds) {
    documents++;
    for (int t : termIds) documentFrequency.set(t, documentFrequency.get(t) + 1);
  }

  /**
   * Smoothed inverse document frequency, ln((N + N₀) / (df + 0.5)), never below 0.1. The N₀ =
   * {@value #PRIOR_DOCUMENTS} pseudo-documents that contain no term keep the first articles of a
   * fresh start comparable: with N = 2, a term both share would otherwise weigh a quarter of one
   * only one has, and the first reports of an event would never meet.
   */
  double idf(int termId) {
    int df = termId < documentFrequency.size() ? documentFrequency.get(termId) : 0;
    return Math.max(0.1, Math.log((documents + PRIOR_DOCUMENTS) / (df + 0.5)));
  }

  long documents() {
    return documents;
  }

  int size() {
    return documentFrequency.size();
  }
}
