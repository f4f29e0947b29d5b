package ua.strichka.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Every match of a search, found without scores (the top hits are a pass of their own, which may
 * skip): the exact number of matches, the facet counts and, for collapsed searches, how many
 * matches each story has.
 *
 * <p>Beyond {@value #SAMPLE} matches the facets are counted over a random sample of that size and
 * scaled up ({@link RandomSamplingFacetsCollector}): counting every match's values was the largest
 * cost of a search left once scoring could skip, and the top values of a dimension barely move.
 * Those counts are then {@link #facetsApproximate() approximate}; the totals stay exact.
 */
final class AllMatches {
  /** Matches counted for facets; more are sampled down to this many. */
  static final int SAMPLE = 5_000;

  /** Fixed: the same search over the same index gives the same counts. */
  private static final long SEED = 0x5742_1C4AL;

  private final FacetedSearcher searcher;
  private final RandomSamplingFacetsCollector collector;
  private final List<FacetsCollector.MatchingDocs> sampled;
  private final long total;

  private AllMatches(FacetedSearcher searcher, RandomSamplingFacetsCollector collector) {
    this.searcher = searcher;
    this.collector = collector;
    this.sampled = collector.getMatchingDocs(); // decides the sampling rate
    long n = 0;
    for (FacetsCollector.MatchingDocs md : collector.getOriginalMatchingDocs()) n += md.totalHits();
    this.total = n;
  }

  static AllMatches of(FacetedSearcher searcher, org.apache.lucene.search.Query query)
      throws IOException {
    return new AllMatches(
        searcher,
        searcher.search(query, RandomSamplingFacetsCollector.createManager(SAMPLE, SEED)));
  }

  long total() {
    return total;
  }

  /** True when the facet counts were scaled up from a sample. */
  boolean facetsApproximate() {
    return collector.getSamplingRate() < 1;
  }

  /** The top {@code values} of each dimension of {@link Fields#FACETS}. */
  Map<String, List<FacetCount>> facets(int values) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState();
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Facets facets =
        state == null || sampled.isEmpty()
            ? null
            : new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Fields.FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      FacetResult r = facets == null ? null : topChildren(facets, dim, values);
      if (r != null) {
        r = collector.amortizeFacetCounts(r, state.getFacetsConfig(), searcher);
        for (LabelAndValue lv : r.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static FacetResult topChildren(Facets facets, String dim, int values) throws IOException {
    try {
      return facets.getTopChildren(values, dim);
    } catch (IllegalArgumentException dimensionNotIndexedYet) {
      return null;
    }
  }

  /** The collapse key ({@link Fields#COLLAPSE}) of every match, sorted: stories and their sizes. */
  Stories stories() throws IOException {
    long[] keys = new long[Math.toIntExact(total)];
    int n = 0;
    for (FacetsCollector.MatchingDocs md : collector.getOriginalMatchingDocs()) {
      if (md.totalHits() == 0) continue;
      NumericDocValues values = DocValues.getNumeric(md.context().reader(), Fields.COLLAPSE);
      DocIdSetIterator docs = md.bits().iterator();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        // every document has a key; one without (none should be) counts as a story of its own
        keys[n++] = values.advanceExact(d) ? values.longValue() : Long.MIN_VALUE + n;
      }
    }
    Arrays.sort(keys, 0, n);
    return new Stories(Arrays.copyOf(keys, n));
  }

  /** Collapse keys of all matches, sorted. */
  record Stories(long[] sortedKeys) {
    /** Distinct stories (and articles in none) among the matches. */
    long count() {
      long distinct = 0;
      for (int i = 0; i < sortedKeys.length; i++) {
        if (i == 0 || sortedKeys[i] != sortedKeys[i - 1]) distinct++;
      }
      return distinct;
    }

    /** Matches of the story with this collapse key. */
    long matches(long key) {
      int at = Arrays.binarySearch(sortedKeys, key);
      if (at < 0) return 0;
      int from = at;
      int to = at;
      while (from > 0 && sortedKeys[from - 1] == key) from--;
      while (to + 1 < sortedKeys.length && sortedKeys[to + 1] == key) to++;
      return to - from + 1;
    }
  }
}
