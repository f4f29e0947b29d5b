package ua.strichka.search;

import java.io.IOException;
import java.util.Collection;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The top hits by relevance, equal scores newest first, then by id: what Lucene's {@code
 * TopFieldCollector} gives for {@link #SORT}, with more skipping.
 *
 * <p>With a sort on the score and then on fields, Lucene's collector may only tell the query to
 * skip matches scoring <em>below</em> its lowest hit: one scoring the same may still win on time.
 * Ties are common (BM25 lengths are kept to one byte, and the freshness factor of an article older
 * than a few weeks rounds to 1), so at 1,000,000 articles the collector compared thousands of tied
 * matches one by one. But a segment is sorted newest first ({@link Fields#NEWEST_FIRST}): once it
 * has come past the lowest hit's time, every later match of the segment is older and can only win
 * by scoring higher, so from there the query skips the ties too. (Hand-written: Lucene's collectors
 * know of no index sort behind a score.)
 */
final class RelevanceTop implements CollectorManager<RelevanceTop.Hits, TopFieldDocs> {
  /** The order of the hits, as sort values of {@link FieldDoc}s: score, time, id. */
  static final Sort SORT =
      new Sort(
          SortField.FIELD_SCORE,
          Fields.NEWEST_FIRST.getSort()[0],
          Fields.NEWEST_FIRST.getSort()[1]);

  private final int n;
  private final int countUpTo;

  /**
   * @param n hits to keep
   * @param countUpTo matches counted exactly before any is skipped; the total is then a lower bound
   */
  RelevanceTop(int n, int countUpTo) {
    this.n = Math.max(1, n);
    this.countUpTo = Math.max(countUpTo, this.n);
  }

  @Override
  public Hits newCollector() {
    return new Hits();
  }

  @Override
  public TopFieldDocs reduce(Collection<Hits> collectors) {
    PriorityQueue<Entry> all = new PriorityQueue<>(RelevanceTop::worseFirst);
    long total = 0;
    boolean skipped = false;
    for (Hits h : collectors) {
      total += h.total;
      skipped |= h.skipped;
      for (Entry e : h.queue) {
        all.add(e);
        if (all.size() > n) all.poll();
      }
    }
    FieldDoc[] docs = new FieldDoc[all.size()];
    for (int i = docs.length - 1; i >= 0; i--) {
      Entry e = all.poll();
      docs[i] = new FieldDoc(e.doc, e.score, new Object[] {e.score, e.time, e.id});
    }
    TotalHits.Relation relation =
        skipped ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO;
    return new TopFieldDocs(new TotalHits(total, relation), docs, SORT.getSort());
  }

  /** A hit kept: its score and the sort values that break ties. */
  private record Entry(int doc, float score, long time, long id) {}

  /** Negative when {@code a} ranks below {@code b}. */
  private static int worseFirst(Entry a, Entry b) {
    int c = Float.compare(a.score, b.score);
    if (c != 0) return c;
    c = Long.compare(a.time, b.time);
    return c != 0 ? c : Long.compare(a.id, b.id);
  }

  /** The collector of one slice of the index. */
  final class Hits implements Collector {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>(RelevanceTop::worseFirst);
    private long total;
    private boolean skipped;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      NumericDocValues times = DocValues.getNumeric(leaf.reader(), Fields.TIME);
      NumericDocValues ids = DocValues.getNumeric(leaf.reader(), Fields.ID);
      boolean newestFirst = FreshnessQuery.newestFirst(leaf);
      int base = leaf.docBase;
      return new LeafCollector() {
        private Scorable scorer;
        private float minScore;

        /** The last match of this segment whose sort values were read, or null. */
        private Entry position;

        @Override
        public void setScorer(Scorable s) throws IOException {
          scorer = s;
          raiseMinScore();
        }

        @Override
        public void collect(int doc) throws IOException {
          total++;
          float score = scorer.score();
          if (queue.size() == n) {
            if (score < queue.peek().score) return;
            Entry e = entry(doc, score);
            if (worseFirst(e, queue.peek()) <= 0) {
              raiseMinScore(); // a tie lost on time: later ties of the segment lose too
              return;
            }
            queue.poll();
            queue.add(e);
          } else {
            queue.add(entry(doc, score));
          }
          raiseMinScore();
        }

        private Entry entry(int doc, float score) throws IOException {
          long time = times.advanceExact(doc) ? times.longValue() : Long.MIN_VALUE;
          long id = ids.advanceExact(doc) ? ids.longValue() : Long.MIN_VALUE;
          Entry e = new Entry(base + doc, score, time, id);
          if (newestFirst) position = e;
          return e;
        }

        /**
         * The lowest score that can still enter the top, once it is full and enough matches were
         * counted: the lowest hit's score, or just above it when the segment has come past the
         * lowest hit's time (every match after is older and loses a tie).
         */
        private void raiseMinScore() throws IOException {
          if (queue.size() < n || total < countUpTo || scorer == null) return;
          Entry bottom = queue.peek();
          boolean tiesLose =
              position != null
                  && (position.time < bottom.time
                      || (position.time == bottom.time && position.id <= bottom.id));
          float min = tiesLose ? Math.nextUp(bottom.score) : bottom.score;
          if (min > minScore) {
            minScore = min;
            skipped = true;
            scorer.setMinCompetitiveScore(min);
          }
        }
      };
    }
  }
}
