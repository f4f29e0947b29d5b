package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counting pass counts facet values as it visits the matches; counted exactly, it must give
 * what Lucene's own facet counts give over the same matches: the same values, counts and order
 * (ties by label), in an index of several segments with deleted documents.
 */
class AllMatchesTest {
  private static final FacetsConfig CONFIG = Fields.facetsConfig();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"all", "tag:a", "tag:b", "tag:none"})
  void exactCountsAreLucenesFacetCounts(String query) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        FacetedSearcher searcher =
            (FacetedSearcher) FacetedSearcher.factory(CONFIG).newSearcher(reader, null);
        org.apache.lucene.search.Query q =
            query.equals("all")
                ? new MatchAllDocsQuery()
                : new TermQuery(new Term("tag", query.substring(4)));
        AllMatches all = AllMatches.of(searcher, q, Integer.MAX_VALUE, true, false);
        FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
        assertThat(all.approximate()).isFalse();
        assertThat(all.total()).isEqualTo(searcher.count(q));
        assertThat(all.facets(SearchRun.FACET_VALUES)).isEqualTo(lucene(searcher, hits));
        long[] keys =
            AllMatches.of(searcher, q, Integer.MAX_VALUE, false, true).stories().sortedKeys();
        assertThat(keys).hasSize(searcher.count(q)).isSorted();
      }
    }
  }

  /**
   * Collapsed, a facet value counts the distinct stories (collapse keys) of its matches: the same
   * as finding each value's matches with a drill-down query and counting their keys.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"all", "tag:a", "tag:b"})
  void collapsedCountsAreEachValuesDistinctStories(String query) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        FacetedSearcher searcher =
            (FacetedSearcher) FacetedSearcher.factory(CONFIG).newSearcher(reader, null);
        org.apache.lucene.search.Query q =
            query.equals("all")
                ? new MatchAllDocsQuery()
                : new TermQuery(new Term("tag", query.substring(4)));
        AllMatches all = AllMatches.of(searcher, q, Integer.MAX_VALUE, true, true);
        FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts =
            new SortedSetDocValuesFacetCounts(
                new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
                    reader, CONFIG),
                hits);
        Map<String, List<FacetCount>> expected = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
          List<FacetCount> stories = new ArrayList<>();
          FacetResult present = counts.getTopChildren(1_000, dim);
          for (LabelAndValue lv : present == null ? new LabelAndValue[0] : present.labelValues) {
            DrillDownQuery one = new DrillDownQuery(CONFIG, q);
            one.add(dim, lv.label);
            stories.add(new FacetCount(lv.label, keys(searcher, one).size()));
          }
          stories.sort(
              Comparator.comparingLong(FacetCount::count)
                  .reversed()
                  .thenComparing(FacetCount::value));
          expected.put(dim, stories.subList(0, Math.min(SearchRun.FACET_VALUES, stories.size())));
        }
        assertThat(all.facets(SearchRun.FACET_VALUES)).isEqualTo(expected);
        // the stories are fewer than the articles: the test tells the two counts apart
        FacetCount top = expected.get(Fields.FACET_SECTION).get(0);
        assertThat(counts.getSpecificValue(Fields.FACET_SECTION, top.value()).intValue())
            .isGreaterThan((int) top.count());
      }
    }
  }

  /** The distinct collapse keys of a query's matches. */
  private static Set<Long> keys(FacetedSearcher searcher, org.apache.lucene.search.Query q)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Set<Long> out = new HashSet<>();
    for (ScoreDoc d : searcher.search(q, 1_000).scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), Fields.COLLAPSE);
      assertThat(values.advanceExact(d.doc - leaf.docBase)).isTrue();
      out.add(values.longValue());
    }
    return out;
  }

  /** 600 documents in six segments, a tenth deleted; few values, so counts tie often. */
  private static void write(ByteBuffersDirectory dir) throws IOException {
    Random random = new Random(7);
    IndexWriterConfig iwc =
        new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, iwc)) {
      for (int i = 0; i < 600; i++) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        d.add(new StringField("tag", random.nextInt(3) == 0 ? "a" : "b", Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.COLLAPSE, random.nextInt(40)));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_SECTION, "s" + random.nextInt(4)));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_OUTLET, "o" + random.nextInt(25)));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_LANGUAGE, i % 7 == 0 ? "ru" : "uk"));
        for (int e = random.nextInt(3); e > 0; e--) {
          d.add(new SortedSetDocValuesFacetField(Fields.FACET_ENTITY, "e" + random.nextInt(30)));
        }
        w.addDocument(CONFIG.build(d));
        if (i % 100 == 99) w.commit();
      }
      for (int i = 0; i < 600; i += 10) w.deleteDocuments(new Term("id", Integer.toString(i)));
    }
  }

  private static Map<String, List<FacetCount>> lucene(
      FacetedSearcher searcher, FacetsCollector hits) throws IOException {
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(
            new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
                searcher.getIndexReader(), CONFIG),
            hits);
    Map<String, List<FacetCount>> out = new java.util.LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      List<FacetCount> top = new ArrayList<>();
      FacetResult r = counts.getTopChildren(SearchRun.FACET_VALUES, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          top.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, top);
    }
    return out;
  }
}
