package ua.strichka.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/** Runs one {@link Query} against one point-in-time view of the index. */
final class SearchRun {
  /** Values shown per facet. */
  static final int FACET_VALUES = 10;

  /** Hits counted exactly when facets are off; beyond this the total is a lower bound. */
  static final int COUNT_LIMIT = 1_000;

  /**
   * A collapsed page first fetches this many times its hits, to find enough stories (more only when
   * they run short, so the page is the same whatever this is). At 1,000,000 articles 3 cost the
   * collapse pass 0.16 ms a search against 0.18 with 5 (two runs each, 3,000 searches, load 7).
   */
  static final int COLLAPSE_FETCH = 3;

  private static final Set<String> STORED = stored();

  private final FacetedSearcher searcher;
  private final Analyzer analyzer;
  private final LuceneQuery queries;
  private final Freshness freshness;
  private final SearchPasses passes;

  /** Matches counted before totals and facets are estimated from them (see {@link AllMatches}). */
  private final int sample;

  SearchRun(
      FacetedSearcher searcher,
      Analyzer analyzer,
      LuceneQuery queries,
      Freshness freshness,
      int sample,
      SearchPasses passes) {
    this.searcher = searcher;
    this.passes = passes;
    this.sample = sample;
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
              public Page page(LuceneQuery.Text text) throws IOException {
                return SearchRun.this.page(q, text);
              }

              @Override
              public long total(Page page) {
                return page.total();
              }
            });
    Page page = found.page();
    if (page == null) return SearchResult.empty(q, found.notices());
    long start = SearchPasses.now();
    List<Hit> hits = hits(page, found.text(), q);
    passes.add(SearchPasses.Pass.SNIPPETS, start);
    Map<String, List<FacetCount>> facets =
        page.all() == null || !q.facets() ? Map.of() : page.all().facets(FACET_VALUES);
    boolean approximate = page.all() != null && page.all().approximate();
    return new SearchResult(
        q, page.total(), page.exact(), hits, facets, approximate, found.notices());
  }

  /**
   * The hits of the asked page, the total, and the pass over all matches (null when neither facets
   * nor collapse needed one).
   */
  private record Page(
      List<ScoreDoc> docs, long[] storyMatches, long total, boolean exact, AllMatches all) {}

  /**
   * Two passes: the top hits, scored with skipping (counting stops at {@link #COUNT_LIMIT}), then,
   * for facets or collapse, every match without scores. One pass collecting both forced every match
   * to be scored, which at 1,000,000 articles was most of a search's time.
   */
  private Page page(Query q, LuceneQuery.Text text) throws IOException {
    passes.ran();
    org.apache.lucene.search.Query query = queries.full(q, text.query(), freshness);
    List<org.apache.lucene.search.Query> parts = parts(q, text, query);
    Sort sort = sort(q);
    long start = SearchPasses.now();
    AllMatches all =
        q.facets() || q.collapse()
            ? AllMatches.of(searcher, query, sample, q.facets(), q.collapse())
            : null;
    passes.add(SearchPasses.Pass.COUNT, start);
    if (q.collapse()) {
      start = SearchPasses.now();
      Page collapsed = collapsed(q, parts, sort, all);
      passes.add(SearchPasses.Pass.COLLAPSE, start);
      return collapsed;
    }
    int n = q.offset() + q.limit();
    // counting stops early when the pass over all matches gives the total anyway
    int count = all != null ? n : COUNT_LIMIT;
    start = SearchPasses.now();
    TopDocs top = top(parts, sort, n, count);
    passes.add(SearchPasses.Pass.TOP, start);
    List<ScoreDoc> docs = new ArrayList<>();
    for (int i = q.offset(); i < top.scoreDocs.length; i++) docs.add(top.scoreDocs[i]);
    long[] ones = new long[docs.size()];
    Arrays.fill(ones, 1);
    if (all != null) return new Page(docs, ones, all.total(), !all.approximate(), all);
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new Page(docs, ones, top.totalHits.value(), exact, null);
  }

  /**
   * One hit per story: the best hits in order, keeping the first of each story (its best), fetched
   * {@value #COLLAPSE_FETCH} times the page at first and more only when the stories run short. The
   * stories' sizes and their number come from the pass over all matches. Replaces Lucene's two-pass
   * grouping, which had to score and group every match.
   */
  private Page collapsed(
      Query q, List<org.apache.lucene.search.Query> parts, Sort sort, AllMatches all)
      throws IOException {
    int wanted = q.offset() + q.limit();
    AllMatches.Stories stories = all.stories();
    int fetch = wanted * COLLAPSE_FETCH;
    while (true) {
      TopDocs top = top(parts, sort, fetch, 1);
      List<ScoreDoc> firsts = firstOfEachStory(top.scoreDocs, wanted);
      // done when the page is full, or fewer hits came than asked for: there are no more
      if (firsts.size() >= wanted || top.scoreDocs.length < fetch) {
        List<ScoreDoc> docs =
            firsts.size() <= q.offset() ? List.of() : firsts.subList(q.offset(), firsts.size());
        long[] sizes = new long[docs.size()];
        long[] keys = keys(docs.toArray(ScoreDoc[]::new));
        for (int i = 0; i < docs.size(); i++) sizes[i] = stories.matches(keys[i]);
        long count = Math.max(stories.count(), firsts.size());
        return new Page(docs, sizes, count, !all.approximate(), all);
      }
      fetch *= 4;
    }
  }

  /**
   * The whole query of each language the text has a part in, or the whole query alone. A document
   * is in one language, so the parts match apart and their top hits merge into the query's. Apart,
   * each part is the top of its query and skips by the collector's minimum score: within one
   * disjunction of the languages, a part of three words or more (half of them needed) was scored in
   * full for every match, two to three times the work at 1,000,000 articles.
   */
  private List<org.apache.lucene.search.Query> parts(
      Query q, LuceneQuery.Text text, org.apache.lucene.search.Query whole) {
    if (text.perLanguage().size() < 2) return List.of(whole);
    List<org.apache.lucene.search.Query> parts = new ArrayList<>();
    for (org.apache.lucene.search.Query part : text.perLanguage().values()) {
      parts.add(queries.full(q, part, freshness));
    }
    return parts;
  }

  /** The top {@code n} hits of the parts, merged; each part counts up to {@code count}. */
  private TopDocs top(List<org.apache.lucene.search.Query> parts, Sort sort, int n, int count)
      throws IOException {
    TopFieldDocs[] each = new TopFieldDocs[parts.size()];
    for (int i = 0; i < each.length; i++) {
      each[i] = searcher.search(parts.get(i), new TopFieldCollectorManager(sort, n, null, count));
    }
    return each.length == 1 ? each[0] : TopDocs.merge(sort, n, each);
  }

  /** Up to {@code wanted} hits, the first (best) of each story, in order. */
  private List<ScoreDoc> firstOfEachStory(ScoreDoc[] ranked, int wanted) throws IOException {
    long[] keys = keys(ranked);
    Set<Long> seen = new HashSet<>();
    List<ScoreDoc> out = new ArrayList<>();
    for (int i = 0; i < ranked.length && out.size() < wanted; i++) {
      if (seen.add(keys[i])) out.add(ranked[i]);
    }
    return out;
  }

  /**
   * The collapse key of each hit (its story, or minus its article id), read in document order with
   * one doc-values iterator per segment, not one per hit.
   */
  private long[] keys(ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long[] keys = new long[hits.length];
    LeafReaderContext leaf = null;
    NumericDocValues values = null;
    for (int i : order) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = DocValues.getNumeric(leaf.reader(), Fields.COLLAPSE);
      }
      keys[i] = values.advanceExact(doc - leaf.docBase) ? values.longValue() : Long.MIN_VALUE + doc;
    }
    return keys;
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
    if (q.order() == Query.Order.DATE || q.browsing()) return Fields.NEWEST_FIRST;
    SortField[] ties = Fields.NEWEST_FIRST.getSort(); // equal scores: newest first, then by id
    return new Sort(SortField.FIELD_SCORE, ties[0], ties[1]);
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
    Snippets.Marked[] marked =
        new Snippets(searcher, analyzer, searcher.fieldInfos()).of(marking, docIds, langs, stored);
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
}
