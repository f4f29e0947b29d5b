package ua.strichka.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The freshness factor a relevance score is multiplied by: {@code 1 + weight * 2^(-age /
 * halfLife)}. A story of this hour counts up to {@code 1 + weight} times, one a half-life old
 * {@code 1 + weight/2} times, an old one once — so news rises above archives on equal text, while a
 * much better old match still wins over a weak new one (the factor never falls below 1).
 */
final class Freshness extends DoubleValuesSource {
  private final long now;
  private final double halfLifeMillis;
  private final double weight;

  Freshness(long nowMillis, long halfLifeMillis, double weight) {
    this.now = nowMillis;
    this.halfLifeMillis = halfLifeMillis;
    this.weight = weight;
  }

  long now() {
    return now;
  }

  double halfLifeMillis() {
    return halfLifeMillis;
  }

  double weight() {
    return weight;
  }

  double factor(long time) {
    double age = Math.max(0, now - time);
    return 1 + weight * Math.pow(2, -age / halfLifeMillis);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues times = DocValues.getNumeric(ctx.reader(), Fields.TIME);
    return new DoubleValues() {
      private long time;
      private boolean known;

      @Override
      public double doubleValue() {
        return known ? factor(time) : 1;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        known = times.advanceExact(doc);
        if (known) time = times.longValue();
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, Fields.TIME);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Freshness f
        && f.now == now
        && f.halfLifeMillis == halfLifeMillis
        && f.weight == weight;
  }

  @Override
  public int hashCode() {
    return Objects.hash(now, halfLifeMillis, weight);
  }

  @Override
  public String toString() {
    return "freshness(now=" + now + ", halfLife=" + halfLifeMillis + "ms, weight=" + weight + ")";
  }
}
