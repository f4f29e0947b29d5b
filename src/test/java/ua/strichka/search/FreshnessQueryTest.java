package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FreshnessQuery} ranks exactly as Lucene's {@code FunctionScoreQuery.boostByValue} with the
 * same factor, while letting the collector skip matches that cannot make the top.
 */
class FreshnessQueryTest {
  private static final long DAY = 86_400_000L;
  private static final long NOW = 400 * DAY;
  private static final String[] WORDS = words();

  /** Six words to search for among 40 others, so that scores differ and blocks can be skipped. */
  private static String[] words() {
    String[] words = new String[46];
    String[] searched = {"мир", "війна", "уряд", "бюджет", "фронт", "погода"};
    System.arraycopy(searched, 0, words, 0, searched.length);
    for (int i = searched.length; i < words.length; i++) words[i] = "слово" + (char) ('а' + i);
    return words;
  }

  @ParameterizedTest(name = "«{0}» OR «{1}», weight {2}, newest first: {3}")
  @CsvSource({
    "мир, уряд, 0.5, false",
    "війна, фронт, 0.5, false",
    "бюджет, погода, 3, false",
    "мир, війна, 0.01, false",
    "мир, уряд, 0.5, true",
    "війна, фронт, 0.5, true",
    "бюджет, погода, 3, true",
    "мир, війна, 0.01, true"
  })
  void sameTopHitsAndScoresAsTheFunctionScoreQueryWhileSkipping(
      String a, String b, double weight, boolean newestFirst) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, new Random(7), newestFirst);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Freshness freshness = new Freshness(NOW, 2 * DAY, weight);
        BooleanQuery text = text(a, b);
        Query reference = FunctionScoreQuery.boostByValue(text, freshness);
        TopDocs expected = searcher.search(reference, new TopScoreDocCollectorManager(10, 10));
        TopDocs actual =
            searcher.search(
                new FreshnessQuery(text, freshness), new TopScoreDocCollectorManager(10, 10));
        assertThat(actual.scoreDocs).hasSize(10);
        for (int i = 0; i < 10; i++) {
          assertThat(actual.scoreDocs[i].doc).isEqualTo(expected.scoreDocs[i].doc);
          assertThat(actual.scoreDocs[i].score).isEqualTo(expected.scoreDocs[i].score);
        }
        // the reference hands the collector every match; this one skipped some
        assertThat(actual.totalHits.value()).isLessThan(expected.totalHits.value());
      }
    }
  }

  /**
   * In segments sorted newest first the factor falls along the documents, so the bound the text
   * query skips by tightens as a search goes, instead of the newest article's factor (here up to 4)
   * bounding the whole segment. Measured on these queries: sorted, about a tenth of the unsorted
   * matches reach the collector; sorted but bounded per segment only, a third to four fifths.
   */
  @ParameterizedTest(name = "«{0}» OR «{1}», weight {2}")
  @CsvSource({"мир, уряд, 3", "війна, фронт, 3", "бюджет, погода, 3", "мир, війна, 1"})
  void skipsMoreInSegmentsSortedNewestFirst(String a, String b, double weight) throws IOException {
    Freshness freshness = new Freshness(NOW, 2 * DAY, weight);
    long[] collected = new long[2];
    for (int sorted = 0; sorted < 2; sorted++) {
      try (Directory dir = new ByteBuffersDirectory()) {
        index(dir, new Random(7), sorted == 1);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          TopDocs top =
              new IndexSearcher(reader)
                  .search(
                      new FreshnessQuery(text(a, b), freshness),
                      new TopScoreDocCollectorManager(10, 10));
          collected[sorted] = top.totalHits.value();
        }
      }
    }
    assertThat(collected[1] * 4).isLessThan(collected[0]);
  }

  private static BooleanQuery text(String a, String b) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term("body", a)), Occur.SHOULD)
        .add(new TermQuery(new Term("body", b)), Occur.SHOULD)
        .build();
  }

  /**
   * 20,000 documents over 400 days in segments of 2,000, newest last (or each segment sorted newest
   * first, as the search index is); 3 to 40 words each.
   */
  private static void index(Directory dir, Random random, boolean newestFirst) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    if (newestFirst) config.setIndexSort(Fields.NEWEST_FIRST);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < 20_000; i++) {
        StringBuilder body = new StringBuilder();
        int words = 3 + random.nextInt(38);
        for (int k = 0; k < words; k++)
          body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        long time = i * (NOW / 20_000) + random.nextInt(1_000);
        Document d = new Document();
        d.add(new TextField("body", body.toString(), Field.Store.NO));
        d.add(new LongPoint(Fields.TIME, time));
        d.add(new NumericDocValuesField(Fields.TIME, time));
        w.addDocument(d);
        if (i % 2_000 == 1_999) w.commit();
      }
    }
  }
}
