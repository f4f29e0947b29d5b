package ua.strichka.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
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
 * evenly spread blocks of document ids are visited (every sixty-fourth of a segment, thirty-second,
 * … second or all, the share chosen to see about {@code sample} matches); the counts are then
 * scaled up by the share visited. Documents are in indexing order, so spread blocks sample all
 * periods alike. A search with fewer matches visits all of them and counts exactly. Lucene's {@code
 * RandomSamplingFacetsCollector} samples only after visiting every match, which saves the counting
 * but not the walk.
 */
final class AllMatches {
  /**
   * Matches to see before the counts are scaled up from them. A facet value with a tenth of the
   * matches is then counted within about ±10 % (one standard error); reading the facet values of a
   * match is a third of the counting pass, so twice the sample costs nearly twice the pass.
   */
  static final int SAMPLE = 1_000;

  /**
   * Blocks per segment; a share of 1/64 visits every sixty-fourth, 1/32 every thirty-second, and so
   * on. Many small blocks keep a thin sample spread over the whole segment: a segment is sorted
   * newest first, so one block is one stretch of time.
   */
  private static final int BLOCKS = 256;

  /** Steps between visited blocks, the widest first: shares 1/64, 1/32, … 1/2, 1. */
  private static final int[] STEPS = {64, 32, 16, 8, 4, 2, 1};

  private final FacetOrdinals ordinals;
  private final MatchTally tally;
  private final double share;
  private final long seen;

  private AllMatches(FacetOrdinals ordinals, MatchTally tally, double share) {
    this.ordinals = ordinals;
    this.tally = tally;
    this.share = share;
    this.seen = tally.seen();
  }

  /**
   * Visits the widest step whose share of the query's cost (an upper bound of its matches) reaches
   * {@code sample}; when the matches seen fall short of half of it, the blocks skipped so far in
   * the next narrower step too, until they do or all blocks were visited.
   *
   * @param facets count the facet values of the matches ({@link #facets(int)})
   * @param stories keep the matches' collapse keys ({@link #stories()})
   */
  static AllMatches of(
      FacetedSearcher searcher,
      org.apache.lucene.search.Query query,
      int sample,
      boolean facets,
      boolean stories)
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
    FacetOrdinals ordinals = facets ? searcher.facetOrdinals() : null;
    MatchTally tally = new MatchTally(ordinals, stories);
    for (int i = 0; i < suppliers.length; i++) {
      visit(suppliers[i], leaves.get(i), tally, STEPS[level], 0);
    }
    while ((tally.seen() < sample / 2 || tally.seen() == 0) && level < STEPS.length - 1) {
      int wider = STEPS[level++];
      for (LeafReaderContext leaf : leaves) {
        visit(weight.scorerSupplier(leaf), leaf, tally, STEPS[level], wider);
      }
    }
    return new AllMatches(ordinals, tally, 1.0 / STEPS[level]);
  }

  /**
   * Collects the matches in every {@code step}th block of a segment, but those of every {@code
   * visited}th (visited already; 0: none), with one scorer, in document order.
   */
  private static void visit(
      ScorerSupplier supplier, LeafReaderContext leaf, MatchTally tally, int step, int visited)
      throws IOException {
    if (supplier == null) return;
    BulkScorer scorer = supplier.bulkScorer();
    int maxDoc = leaf.reader().maxDoc();
    int block = (maxDoc + BLOCKS - 1) / BLOCKS;
    LeafCollector leafCollector = tally.collector(leaf);
    Bits live = leaf.reader().getLiveDocs();
    for (int b = 0; b < BLOCKS && b * block < maxDoc; b += step) {
      if (visited != 0 && b % visited == 0) continue;
      scorer.score(leafCollector, live, b * block, Math.min(maxDoc, (b + 1) * block));
    }
    leafCollector.finish();
  }

  /** Matches, exact or estimated (see {@link #approximate()}). */
  long total() {
    return Math.round(seen / share);
  }

  /** True when the counts were scaled up from a share of the matches. */
  boolean approximate() {
    return share < 1;
  }

  /**
   * The top {@code values} of each dimension of {@link Fields#FACETS}: the most matches first, of
   * as many the first in label order (as Lucene's facet counts order them). When the stories were
   * kept (a collapsed search), a value counts its stories, as the total does: a filter's count is
   * then what choosing it shows, not its articles hidden under fewer stories.
   */
  Map<String, List<FacetCount>> facets(int values) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    int[] stories = tally.storyCounts();
    int[] counts = stories != null ? stories : tally.counts();
    for (String dim : Fields.FACETS) {
      List<FacetCount> top = new ArrayList<>();
      OrdRange range = counts == null || seen == 0 ? null : ordinals.range(dim);
      if (range != null) {
        for (int ord : top(counts, range, values)) {
          top.add(new FacetCount(ordinals.label(ord), Math.round(counts[ord] / share)));
        }
      }
      out.put(dim, top);
    }
    return out;
  }

  /** The ordinals of the range with the most counts, at most {@code n}, in order. */
  private static int[] top(int[] counts, OrdRange range, int n) {
    int[] best = new int[n];
    int size = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      int c = counts[ord];
      if (c == 0 || (size == n && c <= counts[best[n - 1]])) continue;
      // insertion into a short sorted list: ties keep the earlier (smaller) ordinal first
      int at = size < n ? size++ : n - 1;
      while (at > 0 && counts[best[at - 1]] < c) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = ord;
    }
    return Arrays.copyOf(best, size);
  }

  /** The collapse key ({@link Fields#COLLAPSE}) of every match seen, sorted: the stories. */
  Stories stories() {
    long[] keys = tally.keys();
    Arrays.sort(keys);
    return new Stories(keys, share, total());
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
