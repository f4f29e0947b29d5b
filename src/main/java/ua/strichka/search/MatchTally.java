package ua.strichka.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.LongValues;

/**
 * What the counting pass keeps of each match as it visits it: the number, a count per facet value
 * (when facets are asked for) and the collapse key (when collapsing); with both, each facet value's
 * collapse keys, so a collapsed search counts a value's stories, not its articles. Lucene's {@code
 * FacetsCollector} first gathers the matches in a bit set and counts facets in a second walk over
 * it (and the stories needed a third); counting as the matches come is one walk and no set.
 */
final class MatchTally {
  private final FacetOrdinals ordinals;
  private final int[] counts;
  private final boolean keepKeys;
  private long[] keys = new long[64];
  private long seen;

  /** With facets and keys: the facet value (global ordinal) and collapse key of each pair seen. */
  private int[] pairOrds = new int[0];

  private long[] pairKeys = new long[0];
  private int pairs;

  /**
   * @param ordinals the view's facet values; null to count no facets
   * @param keepKeys keep every match's collapse key ({@link #keys()})
   */
  MatchTally(FacetOrdinals ordinals, boolean keepKeys) {
    this.ordinals = ordinals;
    this.counts = ordinals == null ? null : new int[ordinals.size()];
    this.keepKeys = keepKeys;
  }

  /** Matches collected. */
  long seen() {
    return seen;
  }

  /** Matches counted per global facet ordinal (see {@link FacetOrdinals}); null without facets. */
  int[] counts() {
    return counts;
  }

  /**
   * Distinct collapse keys (stories, and articles in none) per global facet ordinal; null unless
   * both facets and keys were kept. The pairs are grouped by ordinal with the counts as offsets (a
   * counting sort), then each group's keys sorted: no boxing, no hash sets.
   */
  int[] storyCounts() {
    if (counts == null || !keepKeys) return null;
    int[] start = new int[counts.length + 1];
    for (int o = 0; o < counts.length; o++) start[o + 1] = start[o] + counts[o];
    int[] next = Arrays.copyOf(start, counts.length);
    long[] grouped = new long[pairs];
    for (int i = 0; i < pairs; i++) grouped[next[pairOrds[i]]++] = pairKeys[i];
    int[] out = new int[counts.length];
    for (int o = 0; o < counts.length; o++) {
      if (counts[o] == 0) continue;
      Arrays.sort(grouped, start[o], start[o + 1]);
      int distinct = 1;
      for (int i = start[o] + 1; i < start[o + 1]; i++)
        if (grouped[i] != grouped[i - 1]) distinct++;
      out[o] = distinct;
    }
    return out;
  }

  /** The collapse keys of the matches collected, in no order; empty unless kept. */
  long[] keys() {
    return Arrays.copyOf(keys, keepKeys ? Math.toIntExact(seen) : 0);
  }

  /** A collector for one visit of a segment, in document order. */
  LeafCollector collector(LeafReaderContext leaf) throws IOException {
    SortedSetDocValues values =
        counts == null ? null : DocValues.getSortedSet(leaf.reader(), ordinals.field());
    LongValues global = counts == null ? null : ordinals.globalOrds(leaf);
    NumericDocValues collapse =
        keepKeys ? DocValues.getNumeric(leaf.reader(), Fields.COLLAPSE) : null;
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        long key = 0;
        if (collapse != null) {
          if (seen == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
          // every document has a key; one without (none should be) counts as a story of its own
          key = collapse.advanceExact(doc) ? collapse.longValue() : Long.MIN_VALUE + seen;
          keys[(int) seen] = key;
        }
        if (values != null && values.advanceExact(doc)) {
          for (int i = values.docValueCount(); i > 0; i--) {
            int ord = (int) global.get(values.nextOrd());
            counts[ord]++;
            if (collapse != null) pair(ord, key);
          }
        }
        seen++;
      }
    };
  }

  private void pair(int ord, long key) {
    if (pairs == pairOrds.length) {
      int size = Math.max(256, pairs * 2);
      pairOrds = Arrays.copyOf(pairOrds, size);
      pairKeys = Arrays.copyOf(pairKeys, size);
    }
    pairOrds[pairs] = ord;
    pairKeys[pairs++] = key;
  }
}
