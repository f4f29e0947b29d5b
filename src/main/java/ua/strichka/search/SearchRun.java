package ua.strichka.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.valuesource.LongFieldSource;
import org.apache.lucene.search.CachingCollector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.grouping.AllGroupsCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.search.grouping.ValueSourceGroupSelector;
import org.apache.lucene.util.mutable.MutableValue;

/** Runs one {@link Query} against one point-in-time view of the index. */
final class SearchRun {
  /** Values shown per facet. */
  static final int FACET_VALUES = 10;

  /** Hits counted exactly when facets are off; beyond this the total is a lower bound. */
  static final int COUNT_LIMIT = 1_000;

  /** Memory for the hits of a collapsed search's first pass, replayed by its second. */
  private static final double CACHE_MB = 16;

  private static final Set<String> STORED = stored();

  private final FacetedSearcher searcher;
  private final Analyzer analyzer;
  private final LuceneQuery queries;
  private final Freshness freshness;

  SearchRun(FacetedSearcher searcher, Analyzer analyzer, LuceneQuery queries, Freshness freshness) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.queries = queries;
    this.freshness = freshness;
  }

  SearchResult run(Query q) throws IOException {
    Relaxation.Outcome<Page> found =
        Relaxation.run(
            q,
            queries,
            new Relaxation.Pages<>() {
              @Override
              public Page page(org.apache.lucene.search.Query text) throws IOException {
                return SearchRun.this.page(q, queries.full(q, text, freshness));
              }

              @Override
              public long total(Page page) {
                return page.total();
              }
            });
    Page page = found.page();
    if (page == null) return SearchResult.empty(q, found.notices());
    List<Hit> hits = hits(page, found.text(), q);
    Map<String, List<FacetCount>> facets =
        page.facets() == null ? Map.of() : facetCounts(page.facets());
    return new SearchResult(q, page.total(), page.exact(), hits, facets, found.notices());
  }

  /** The hits of the asked page, the total, and the collector facets are counted from. */
  private record Page(
      List<ScoreDoc> docs,
      long[] storyMatches,
      long total,
      boolean exact,
      FacetsCollector facets) {}

  private Page page(Query q, org.apache.lucene.search.Query query) throws IOException {
    Sort sort = sort(q);
    boolean scores = q.order() == Query.Order.RELEVANCE;
    int n = q.offset() + q.limit();
    if (q.collapse()) return collapsed(q, query, sort, scores);
    TopDocs top;
    FacetsCollector facets = null;
    if (q.facets()) {
      FacetsCollectorManager.FacetsResult r =
          // no doc scores: a relevance sort keeps each hit's score as its first sort value
          // (see score()); asking for them ran the query again over the top hits to fill them in
          FacetsCollectorManager.search(
              searcher, query, n, sort, false, new FacetsCollectorManager());
      top = r.topDocs();
      facets = r.facetsCollector();
    } else {
      top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, COUNT_LIMIT));
    }
    List<ScoreDoc> docs = new ArrayList<>();
    for (int i = q.offset(); i < top.scoreDocs.length; i++) docs.add(top.scoreDocs[i]);
    long[] ones = new long[docs.size()];
    Arrays.fill(ones, 1);
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new Page(docs, ones, top.totalHits.value(), exact, facets);
  }

  /**
   * One hit per story: Lucene's two-pass grouping (as {@code GroupingSearch} runs it), with the
   * facets counted in the first pass rather than by a search of their own, which ran the whole
   * query a second time.
   */
  private Page collapsed(Query q, org.apache.lucene.search.Query query, Sort sort, boolean scores)
      throws IOException {
    LongFieldSource key = new LongFieldSource(Fields.COLLAPSE);
    ValueSourceGroupSelector selector = new ValueSourceGroupSelector(key, new HashMap<>());
    FirstPassGroupingCollector<MutableValue> first =
        new FirstPassGroupingCollector<>(selector, sort, q.offset() + q.limit(), false);
    AllGroupsCollector<MutableValue> all =
        new AllGroupsCollector<>(new ValueSourceGroupSelector(key, new HashMap<>()));
    FacetsCollector facets = q.facets() ? new FacetsCollector() : null;
    CachingCollector cached =
        CachingCollector.create(MultiCollector.wrap(first, all), scores, CACHE_MB);
    // the facets beside the cache, not in it: the cache's leaf collectors do not pass on the
    // end of a segment, which is when the facets collector takes the segment's hits
    searcher.search(query, facets == null ? cached : MultiCollector.wrap(cached, facets));
    Collection<SearchGroup<MutableValue>> top = first.getTopGroups(q.offset());
    if (top == null) return new Page(List.of(), new long[0], all.getGroupCount(), true, facets);
    TopGroupsCollector<MutableValue> second =
        new TopGroupsCollector<>(selector, top, sort, sort, 1, scores);
    if (cached.isCached()) {
      cached.replay(second);
    } else {
      searcher.search(query, second);
    }
    TopGroups<MutableValue> groups = second.getTopGroups(0);
    List<ScoreDoc> docs = new ArrayList<>();
    long[] matches = new long[groups.groups.length];
    for (int i = 0; i < groups.groups.length; i++) {
      GroupDocs<MutableValue> g = groups.groups[i];
      docs.add(g.scoreDocs()[0]);
      matches[i] = g.totalHits().value();
    }
    return new Page(docs, matches, all.getGroupCount(), true, facets);
  }

  private static Set<String> stored() {
    Set<String> fields =
        new HashSet<>(
            List.of(
                Fields.ID,
                Fields.URL,
                Fields.OUTLET,
                Fields.OUTLET_NAME,
                Fields.SECTION,
                Fields.LANGUAGE,
                Fields.PUBLISHED,
                Fields.FETCHED,
                Fields.STORY,
                Fields.ENTITY_NAME));
    fields.addAll(Snippets.storedFields());
    return Set.copyOf(fields);
  }

  private static Sort sort(Query q) {
    SortField newest = new SortField(Fields.TIME, SortField.Type.LONG, true);
    SortField id = new SortField(Fields.ID, SortField.Type.LONG, true);
    if (q.order() == Query.Order.DATE || q.browsing()) return new Sort(newest, id);
    return new Sort(SortField.FIELD_SCORE, newest, id);
  }

  private List<Hit> hits(Page page, LuceneQuery.Text text, Query q) throws IOException {
    int size = page.docs().size();
    int[] docIds = new int[size];
    Lang[] langs = new Lang[size];
    Document[] stored = new Document[size];
    StoredFields storedFields = searcher.storedFields();
    for (int i = 0; i < size; i++) {
      docIds[i] = page.docs().get(i).doc;
      stored[i] = storedFields.document(docIds[i], STORED);
      langs[i] = Lang.of(stored[i].get(Fields.LANGUAGE));
    }
    // mark with the parts of the query in the hits' languages only: fewer terms to look up
    Set<Lang> present = EnumSet.noneOf(Lang.class);
    present.addAll(Arrays.asList(langs));
    org.apache.lucene.search.Query marking = q.browsing() ? null : text.of(present);
    Snippets.Marked[] marked = new Snippets(searcher, analyzer).of(marking, docIds, langs, stored);
    List<Hit> hits = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Document d = stored[i];
      IndexableField published = d.getField(Fields.PUBLISHED);
      IndexableField time = published != null ? published : d.getField(Fields.FETCHED);
      IndexableField story = d.getField(Fields.STORY);
      List<String> entities = new ArrayList<>();
      for (IndexableField e : d.getFields(Fields.ENTITY_NAME)) entities.add(e.stringValue());
      hits.add(
          new Hit(
              d.getField(Fields.ID).numericValue().longValue(),
              d.get(Fields.URL),
              d.get(Fields.text(Fields.TITLE, langs[i])),
              marked[i].titleHtml(),
              marked[i].snippetHtml(),
              d.get(Fields.OUTLET),
              d.get(Fields.OUTLET_NAME),
              d.get(Fields.SECTION),
              d.get(Fields.LANGUAGE),
              Instant.ofEpochMilli(time.numericValue().longValue()),
              story == null ? null : story.numericValue().longValue(),
              page.storyMatches()[i],
              entities,
              score(page.docs().get(i), q)));
    }
    return hits;
  }

  /** The relevance score, which field-sorted collectors keep in the sort values. */
  private static float score(ScoreDoc doc, Query q) {
    if (q.order() != Query.Order.RELEVANCE || q.browsing()) return 0;
    if (!Float.isNaN(doc.score)) return doc.score;
    if (doc instanceof FieldDoc f && f.fields.length > 0 && f.fields[0] instanceof Float s)
      return s;
    return 0;
  }

  private Map<String, List<FacetCount>> facetCounts(FacetsCollector collector) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState();
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Facets facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Fields.FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      FacetResult r = facets == null ? null : topChildren(facets, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static FacetResult topChildren(Facets facets, String dim) throws IOException {
    try {
      return facets.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException dimensionNotIndexedYet) {
      return null;
    }
  }
}
