package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RelevanceTop} keeps the hits Lucene's field-sorted collector keeps for the same sort, in
 * the same order with the same scores, while handing fewer ties to be compared: in an index of
 * several segments sorted newest first, of short documents over few words, where most scores tie.
 */
class RelevanceTopTest {
  private static final long DAY = 86_400_000L;
  private static final long NOW = 800 * DAY;
  private static final String[] WORDS = {"мир", "війна", "уряд", "бюджет", "фронт", "погода"};

  /**
   * @param tiesAtTheBottom whether the lowest hits tie with later matches here (then ours sees
   *     fewer matches), or score above them (then both see the same)
   */
  @ParameterizedTest(name = "«{0}» OR «{1}», {2} hits, freshness {3}")
  @CsvSource({
    "мир, уряд, 10, false, false",
    "мир, уряд, 10, true, true",
    "війна, фронт, 10, true, true",
    "бюджет, погода, 50, true, false",
    "мир, -, 10, false, true",
    "мир, -, 30, true, false",
    "війна, погода, 1, true, false"
  })
  void sameHitsAsLucenesCollectorWithFewerComparisons(
      String a, String b, int n, boolean fresh, boolean tiesAtTheBottom) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, new Random(11));
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = query(a, b);
        if (fresh) query = new FreshnessQuery(query, new Freshness(NOW, 2 * DAY, 0.5));
        TopFieldDocs lucene =
            searcher.search(query, new TopFieldCollectorManager(RelevanceTop.SORT, n, null, n));
        TopFieldDocs ours = searcher.search(query, new RelevanceTop(n, n));
        assertThat(ours.scoreDocs).hasSize(n);
        for (int i = 0; i < n; i++) {
          FieldDoc expected = (FieldDoc) lucene.scoreDocs[i];
          FieldDoc actual = (FieldDoc) ours.scoreDocs[i];
          assertThat(actual.doc).as("hit %d", i).isEqualTo(expected.doc);
          assertThat(actual.fields).as("hit %d", i).containsExactly(expected.fields);
          assertThat(actual.score).isEqualTo((Float) expected.fields[0]);
        }
        // Lucene's collector had to see every tie with its lowest hit; ours skipped them
        if (tiesAtTheBottom) {
          assertThat(ours.totalHits.value()).isLessThan(lucene.totalHits.value());
        } else {
          assertThat(ours.totalHits.value()).isEqualTo(lucene.totalHits.value());
        }
      }
    }
  }

  @ParameterizedTest(name = "count up to {0}")
  @CsvSource({"100", "100000"})
  void countsExactlyUpToItsThreshold(int countUpTo) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, new Random(11));
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = query("мир", "-");
        int matches = searcher.count(query);
        TotalHits total = searcher.search(query, new RelevanceTop(10, countUpTo)).totalHits;
        if (countUpTo >= matches) {
          assertThat(total).isEqualTo(new TotalHits(matches, TotalHits.Relation.EQUAL_TO));
        } else {
          assertThat(total.relation()).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
          assertThat(total.value()).isBetween((long) countUpTo, (long) matches);
        }
      }
    }
  }

  private static Query query(String a, String b) {
    if (b.equals("-")) return new TermQuery(new Term("body", a));
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term("body", a)), Occur.SHOULD)
        .add(new TermQuery(new Term("body", b)), Occur.SHOULD)
        .build();
  }

  /**
   * 12,000 documents of two to four words over 800 days in random order, committed every 2,000 and
   * each segment sorted newest first as the search index is; ids distinct, times sometimes equal.
   */
  private static void index(Directory dir, Random random) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(new WhitespaceAnalyzer()).setIndexSort(Fields.NEWEST_FIRST);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < 12_000; i++) {
        StringBuilder body = new StringBuilder();
        int words = 2 + random.nextInt(3);
        for (int k = 0; k < words; k++)
          body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        long time = random.nextInt(800 * 24) * (DAY / 24);
        Document d = new Document();
        d.add(new StringField(Fields.ID, Integer.toString(i), Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.ID, i));
        d.add(new TextField("body", body.toString(), Field.Store.NO));
        d.add(new LongPoint(Fields.TIME, time));
        d.add(new NumericDocValuesField(Fields.TIME, time));
        w.addDocument(d);
        if (i % 2_000 == 1_999) w.commit();
      }
    }
  }
}
