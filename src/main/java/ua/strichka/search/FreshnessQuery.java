package ua.strichka.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;

/**
 * A query's score times the {@link Freshness} factor, keeping the query's ability to skip.
 *
 * <p>Hand-written because Lucene's {@code FunctionScoreQuery} asks its query for every score
 * ({@code ScoreMode.COMPLETE}): it cannot know a bound of the factor, so no match may be skipped,
 * and at 1,000,000 articles every one of a search's ~26,000 matches was scored. The freshness
 * factor is bounded ({@code 1 ≤ factor ≤ 1 + weight}, and within a segment by the factor of its
 * newest article), so a match whose text score is below {@code minimum / bound} can never make the
 * top hits: that is passed down as the text query's minimum competitive score, and block-max WAND
 * skips the rest. Ranking is unchanged (same scores as {@code FunctionScoreQuery.boostByValue});
 * OpenSearch computes the same with {@code function_score}.
 */
final class FreshnessQuery extends Query {
  private final Query text;
  private final Freshness freshness;

  FreshnessQuery(Query text, Freshness freshness) {
    this.text = Objects.requireNonNull(text);
    this.freshness = Objects.requireNonNull(freshness);
  }

  /**
   * The largest factor in a segment: that of its newest article, read from the time points' upper
   * bound. Segments of older articles then skip almost as if there were no factor. Rounded up so it
   * stays a bound.
   */
  private float maxFactor(LeafReaderContext ctx) throws IOException {
    PointValues times = ctx.reader().getPointValues(Fields.TIME);
    double factor =
        times == null
            ? 1 + freshness.weight()
            : freshness.factor(LongPoint.decodeDimension(times.getMaxPackedValue(), 0));
    return Math.nextUp((float) factor);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = text.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) return inner;
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(ctx);
        if (supplier == null) return null;
        DoubleValues factors = freshness.getValues(ctx, null);
        float maxFactor = maxFactor(ctx);
        boolean newestFirst = newestFirst(ctx);
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new Fresh(supplier.get(leadCost), factors, maxFactor, newestFirst);
          }

          @Override
          public long cost() {
            return supplier.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            // the text is what scores here: told so, a disjunction uses WAND (it skips) rather
            // than a plain sum (it scores every match)
            supplier.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
        Explanation e = in.explain(ctx, doc);
        if (!e.isMatch()) return e;
        DoubleValues factors = freshness.getValues(ctx, null);
        factors.advanceExact(doc);
        float factor = (float) factors.doubleValue();
        return Explanation.match(
            e.getValue().floatValue() * factor,
            "text score times freshness",
            e,
            Explanation.match(factor, freshness.toString()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return in.isCacheable(ctx) && freshness.isCacheable(ctx);
      }
    };
  }

  /**
   * The text scorer, its scores multiplied; skips by its bounds divided by the largest factor left.
   *
   * <p>In a segment sorted newest first ({@link Fields#NEWEST_FIRST}) the factor never grows from
   * one document to the next, so the factor of the document just scored bounds every document after
   * it. The bound then falls from the segment's largest factor to about 1 within its first days of
   * articles, and each fall is passed down as a higher minimum text score: the text query skips as
   * if there were hardly any factor, instead of dividing by the newest article's factor throughout.
   */
  private static final class Fresh extends FilterScorer {
    private final DoubleValues factors;
    private final boolean newestFirst;

    /** The largest factor of the current document and those after it. */
    private float bound;

    /** The collector's last minimum competitive score (0: none yet). */
    private float minScore;

    Fresh(Scorer in, DoubleValues factors, float maxFactor, boolean newestFirst) {
      super(in);
      this.factors = factors;
      this.bound = maxFactor;
      this.newestFirst = newestFirst;
    }

    @Override
    public float score() throws IOException {
      float score = in.score();
      if (!factors.advanceExact(docID())) return score;
      double factor = factors.doubleValue();
      if (newestFirst) lowerBound(factor);
      return (float) (score * factor);
    }

    /** Rounded up so it stays a bound; pushed down only when it falls. */
    private void lowerBound(double factor) throws IOException {
      float next = Math.nextUp((float) factor);
      if (next >= bound) return;
      bound = next;
      if (minScore > 0) in.setMinCompetitiveScore(textMinimum());
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo) * bound;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      this.minScore = minScore;
      in.setMinCompetitiveScore(textMinimum());
    }

    /**
     * The text score a document needs to compete. Rounded down: a text score at the bound times the
     * factor may round to just above it.
     */
    private float textMinimum() {
      return Math.max(0, Math.nextDown(minScore / bound));
    }
  }

  /** Whether the segment's documents are in {@link Fields#NEWEST_FIRST} order. */
  private static boolean newestFirst(LeafReaderContext ctx) {
    Sort sort = ctx.reader().getMetaData().sort();
    if (sort == null) return false;
    SortField first = sort.getSort()[0];
    SortField newest = Fields.NEWEST_FIRST.getSort()[0];
    return first.equals(newest);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = text.rewrite(searcher);
    return rewritten == text ? this : new FreshnessQuery(rewritten, freshness);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    text.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "fresh(" + text.toString(field) + ", " + freshness + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && ((FreshnessQuery) o).text.equals(text)
        && ((FreshnessQuery) o).freshness.equals(freshness);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), text, freshness);
  }
}
