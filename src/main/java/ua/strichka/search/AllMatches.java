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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The matches of a search counted without scores (the top hits are a pass of their own, which may
 * skip): how many there are, the facet counts and, for collapsed searches, the stories' sizes.
 *
 * <p>Counting every match cost as much as scoring them had: at 1,000,000 articles a search matches
 * ~26,000, and walking all of them through a query of many clauses was a third of a search. So only
 * evenly spread blocks of document ids are visited (every sixteenth of a segment, eighth, fourth,
 * second or all, the share chosen to see about {@code sample} matches); the counts are then scaled
 * up by the share visited. Documents are in indexing order, so spread blocks sample all periods
 * alike. A search with fewer matches visits all of them and counts exactly. Lucene's {@code
 * RandomSamplingFacetsCollector} samples only after visiting every match, which saves the counting
 * but not the walk.
 */
final class AllMatches {
  /** Matches to see before the counts are scaled up from them. */
  static final int SAMPLE = 2_000;

  /** Blocks per segment; a share of 1/16 visits every sixteenth, 1/8 every eighth, and so on. */
  private static final int BLOCKS = 64;

  /** Steps between visited blocks, the widest first: shares 1/16, 1/8, 1/4, 1/2, 1. */
  private static final int[] STEPS = {16, 8, 4, 2, 1};

  private final FacetedSearcher searcher;
  private final FacetsCollector collector;
  private final double share;
  private final long seen;

  private AllMatches(FacetedSearcher searcher, FacetsCollector collector, double share, long seen) {
    this.searcher = searcher;
    this.collector = collector;
    this.share = share;
    this.seen = seen;
  }

  /**
   * Visits the widest step whose share of the query's cost (an upper bound of its matches) reaches
   * {@code sample}; when the matches seen fall short of half of it, the blocks skipped so far in
   * the next narrower step too, until they do or all blocks were visited.
   */
  static AllMatches of(FacetedSearcher searcher, org.apache.lucene.search.Query query, int sample)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScorerSupplier[] suppliers = new ScorerSupplier[leaves.size()];
    long cost = 0;
    for (int i = 0; i < suppliers.length; i++) {
      suppliers[i] = weight.scorerSupplier(leaves.get(i));
      if (suppliers[i] != null) cost += suppliers[i].cost();
    }
    int level = 0;
    while (level < STEPS.length - 1 && cost / STEPS[level] < sample) level++;
    FacetsCollector collector = new FacetsCollector(false);
    long seen = 0;
    for (int i = 0; i < suppliers.length; i++) {
      seen += visit(suppliers[i], leaves.get(i), collector, STEPS[level], 0);
    }
    while ((seen < sample / 2 || seen == 0) && level < STEPS.length - 1) {
      int wider = STEPS[level++];
      for (LeafReaderContext leaf : leaves) {
        seen += visit(weight.scorerSupplier(leaf), leaf, collector, STEPS[level], wider);
      }
    }
    return new AllMatches(searcher, collector, 1.0 / STEPS[level], seen);
  }

  /**
   * Collects the matches in every {@code step}th block of a segment, but those of every {@code
   * visited}th (visited already; 0: none), with one scorer, in document order.
   */
  private static long visit(
      ScorerSupplier supplier,
      LeafReaderContext leaf,
      FacetsCollector collector,
      int step,
      int visited)
      throws IOException {
    if (supplier == null) return 0;
    BulkScorer scorer = supplier.bulkScorer();
    int maxDoc = leaf.reader().maxDoc();
    int block = (maxDoc + BLOCKS - 1) / BLOCKS;
    LeafCollector leafCollector = collector.getLeafCollector(leaf);
    Bits live = leaf.reader().getLiveDocs();
    for (int b = 0; b < BLOCKS && b * block < maxDoc; b += step) {
      if (visited != 0 && b % visited == 0) continue;
      scorer.score(leafCollector, live, b * block, Math.min(maxDoc, (b + 1) * block));
    }
    leafCollector.finish();
    return collector.getMatchingDocs().getLast().totalHits();
  }

  /** Matches, exact or estimated (see {@link #approximate()}). */
  long total() {
    return Math.round(seen / share);
  }

  /** True when the counts were scaled up from a share of the matches. */
  boolean approximate() {
    return share < 1;
  }

  /** The top {@code values} of each dimension of {@link Fields#FACETS}. */
  Map<String, List<FacetCount>> facets(int values) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState();
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Facets facets =
        state == null || seen == 0 ? null : new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Fields.FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      FacetResult r = facets == null ? null : topChildren(facets, dim, values);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.add(new FacetCount(lv.label, Math.round(lv.value.longValue() / share)));
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

  /** The collapse key ({@link Fields#COLLAPSE}) of every match seen, sorted: the stories. */
  Stories stories() throws IOException {
    long[] keys = new long[Math.toIntExact(seen)];
    int n = 0;
    for (FacetsCollector.MatchingDocs md : collector.getMatchingDocs()) {
      if (md.totalHits() == 0) continue;
      NumericDocValues values = DocValues.getNumeric(md.context().reader(), Fields.COLLAPSE);
      DocIdSetIterator docs = md.bits().iterator();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        // every document has a key; one without (none should be) counts as a story of its own
        keys[n++] = values.advanceExact(d) ? values.longValue() : Long.MIN_VALUE + n;
      }
    }
    Arrays.sort(keys, 0, n);
    return new Stories(Arrays.copyOf(keys, n), share, total());
  }

  /**
   * Collapse keys of the matches seen, sorted, and the share of matches they are.
   *
   * @param total all matches (estimated when sampled)
   */
  record Stories(long[] sortedKeys, double share, long total) {
    /** Distinct stories (and articles in none) among the matches; estimated when sampled. */
    long count() {
      long distinct = 0;
      for (int i = 0; i < sortedKeys.length; i++) {
        if (i == 0 || sortedKeys[i] != sortedKeys[i - 1]) distinct++;
      }
      // scaling up counts a story seen twice in the sample as two; never more than the matches
      return Math.min(total, Math.round(distinct / share));
    }

    /** Matches of the story with this collapse key; estimated when sampled, at least one. */
    long matches(long key) {
      int at = Arrays.binarySearch(sortedKeys, key);
      if (at < 0) return 1; // a shown hit is a match, even when the sample missed its story
      int from = at;
      int to = at;
      while (from > 0 && sortedKeys[from - 1] == key) from--;
      while (to + 1 < sortedKeys.length && sortedKeys[to + 1] == key) to++;
      return Math.max(1, Math.round((to - from + 1) / share));
    }
  }
}
