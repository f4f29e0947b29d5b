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
 * (when facets are asked for) and the collapse key (when collapsing). Lucene's {@code
 * FacetsCollector} first gathers the matches in a bit set and counts facets in a second walk over
 * it (and the stories needed a third); counting as the matches come is one walk and no set.
 */
final class MatchTally {
  private final FacetOrdinals ordinals;
  private final int[] counts;
  private final boolean keepKeys;
  private long[] keys = new long[64];
  private long seen;

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
        if (values != null && values.advanceExact(doc)) {
          for (int i = values.docValueCount(); i > 0; i--)
            counts[(int) global.get(values.nextOrd())]++;
        }
        if (collapse != null) {
          if (seen == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
          // every document has a key; one without (none should be) counts as a story of its own
          keys[(int) seen] =
              collapse.advanceExact(doc) ? collapse.longValue() : Long.MIN_VALUE + seen;
        }
        seen++;
      }
    };
  }
}
