package ua.strichka.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Runs one {@link Query} on OpenSearch the way {@link SearchRun} runs it on Lucene: the same query
 * ({@link LuceneQuery}, written out by {@link OpenSearchQuery}), sort, collapse by story, facets
 * and relaxation; the freshness factor as a {@code function_score} of the same curve.
 *
 * <p>Snippets are marked here, not by OpenSearch: its highlighter would mark the lemma text it
 * indexed, not the words people read. The page's hits (at most {@link Query#MAX_LIMIT}) go into a
 * small Lucene index in memory and {@link Snippets} marks them exactly as it does for the embedded
 * backend.
 */
final class OpenSearchRun {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String GROUPS = "groups";
  private static final String STORY_MATCHES = "story";

  /** A facet value's stories, under its bucket when collapsing. */
  private static final String STORIES = "stories";

  /** Sends a search body to the index and returns the response. */
  interface Transport {
    JsonNode search(ObjectNode body) throws IOException;
  }

  private final Transport transport;
  private final Analyzer analyzer;
  private final LuceneQuery queries;
  private final Freshness freshness;

  OpenSearchRun(Transport transport, Analyzer analyzer, LuceneQuery queries, Freshness freshness) {
    this.transport = transport;
    this.analyzer = analyzer;
    this.queries = queries;
    this.freshness = freshness;
  }

  SearchResult run(Query q) throws IOException {
    Relaxation.Outcome<JsonNode> found =
        Relaxation.run(
            q,
            queries,
            new Relaxation.Pages<>() {
              @Override
              public JsonNode page(LuceneQuery.Text text) throws IOException {
                return OpenSearchRun.this.page(q, text.query());
              }

              @Override
              public long total(JsonNode page) {
                return OpenSearchRun.total(page, q);
              }
            });
    JsonNode page = found.page();
    if (page == null) return SearchResult.empty(q, found.notices());
    JsonNode total = page.path("hits").path("total");
    boolean exact = q.collapse() || "eq".equals(total.path("relation").asText("eq"));
    return new SearchResult(
        q,
        total(page, q),
        exact,
        hits(page, found.text(), q),
        q.facets() ? facets(page, q.collapse()) : Map.of(),
        false, // terms aggregations of a one-shard index count exactly
        found.notices());
  }

  private static long total(JsonNode page, Query q) {
    if (q.collapse()) return page.path("aggregations").path(GROUPS).path("value").asLong();
    return page.path("hits").path("total").path("value").asLong();
  }

  private JsonNode page(Query q, org.apache.lucene.search.Query textQuery) throws IOException {
    ObjectNode body = JSON.objectNode();
    ObjectNode query = OpenSearchQuery.of(queries.full(q, textQuery, null));
    boolean relevance = q.order() == Query.Order.RELEVANCE && !q.browsing();
    if (relevance && freshness != null && textQuery != null) query = fresh(query);
    body.set("query", query);
    body.put("from", q.offset());
    body.put("size", q.limit());
    ArrayNode sort = body.putArray("sort");
    if (relevance) sort.addObject().put("_score", "desc");
    sort.addObject().put(Fields.TIME, "desc");
    sort.addObject().put(Fields.ID, "desc");
    if (relevance) body.put("track_scores", true);
    if (q.facets() || q.collapse()) {
      body.put("track_total_hits", true);
    } else {
      body.put("track_total_hits", SearchRun.COUNT_LIMIT);
    }
    ObjectNode aggs = body.putObject("aggs");
    if (q.collapse()) {
      ObjectNode c = body.putObject("collapse").put("field", Fields.COLLAPSE);
      c.putObject("inner_hits").put("name", STORY_MATCHES).put("size", 0);
      // exact below the threshold, which no one query's stories reach
      aggs.putObject(GROUPS)
          .putObject("cardinality")
          .put("field", Fields.COLLAPSE)
          .put("precision_threshold", 40_000);
    }
    if (q.facets()) {
      for (String dim : Fields.FACETS) {
        String field = dim.equals(Fields.FACET_ENTITY) ? Fields.ENTITY_NAME : dim;
        ObjectNode facet = aggs.putObject("facet_" + dim);
        ObjectNode terms =
            facet.putObject("terms").put("field", field).put("size", SearchRun.FACET_VALUES);
        if (q.collapse()) {
          // collapsed, a value counts its stories, as the total does (see AllMatches.facets)
          terms
              .putArray("order")
              .add(JSON.objectNode().put(STORIES, "desc"))
              .add(JSON.objectNode().put("_key", "asc"));
          facet
              .putObject("aggs")
              .putObject(STORIES)
              .putObject("cardinality")
              .put("field", Fields.COLLAPSE)
              .put("precision_threshold", 40_000);
        }
      }
    }
    return transport.search(body);
  }

  /** {@code score × (1 + weight · 2^(−age / half-life))}, as {@link Freshness} computes it. */
  private ObjectNode fresh(ObjectNode query) {
    ObjectNode out = JSON.objectNode();
    ObjectNode fs = out.putObject("function_score");
    fs.set("query", query);
    ArrayNode functions = fs.putArray("functions");
    functions.addObject().put("weight", 1);
    ObjectNode decay = functions.addObject();
    decay
        .putObject("exp")
        .putObject(Fields.TIME)
        .put("origin", freshness.now())
        .put("scale", (long) freshness.halfLifeMillis())
        .put("decay", 0.5);
    decay.put("weight", freshness.weight());
    fs.put("score_mode", "sum");
    fs.put("boost_mode", "multiply");
    return out;
  }

  private List<Hit> hits(JsonNode page, LuceneQuery.Text text, Query q) throws IOException {
    List<JsonNode> raw = new ArrayList<>();
    page.path("hits").path("hits").forEach(raw::add);
    int size = raw.size();
    IndexedArticle[] articles = new IndexedArticle[size];
    Lang[] langs = new Lang[size];
    for (int i = 0; i < size; i++) {
      articles[i] = OpenSearchDocument.article(raw.get(i).path("_source"));
      langs[i] = Lang.of(articles[i].language());
    }
    Set<Lang> present = EnumSet.noneOf(Lang.class);
    present.addAll(Arrays.asList(langs));
    org.apache.lucene.search.Query marking = q.browsing() ? null : text.of(present);
    Snippets.Marked[] marked = mark(marking, articles, langs);
    List<Hit> hits = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      IndexedArticle a = articles[i];
      JsonNode h = raw.get(i);
      long matches =
          q.collapse()
              ? h.path("inner_hits")
                  .path(STORY_MATCHES)
                  .path("hits")
                  .path("total")
                  .path("value")
                  .asLong(1)
              : 1;
      boolean scored = q.order() == Query.Order.RELEVANCE && !q.browsing();
      hits.add(
          new Hit(
              a.id(),
              a.url(),
              a.title(),
              marked[i].titleHtml(),
              marked[i].snippetHtml(),
              a.outletSlug(),
              a.outletName(),
              a.section(),
              a.language(),
              a.time(),
              a.storyId(),
              matches,
              a.entities().stream().map(IndexedArticle.Entity::name).toList(),
              scored ? (float) h.path("_score").asDouble(0) : 0));
    }
    return hits;
  }

  /** Marks the hits with {@link Snippets}, over a throw-away Lucene index of just these. */
  private Snippets.Marked[] mark(
      org.apache.lucene.search.Query marking, IndexedArticle[] articles, Lang[] langs)
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (IndexedArticle a : articles)
          w.addDocument(ArticleDocument.of(a, Fields.facetsConfig()));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = reader.storedFields();
        int[] docs = new int[articles.length];
        Document[] documents = new Document[articles.length];
        for (int i = 0; i < docs.length; i++) {
          docs[i] = i; // one segment, added in order
          documents[i] = stored.document(i);
        }
        return new Snippets(searcher, analyzer).of(marking, docs, langs, documents);
      }
    }
  }

  private static Map<String, List<FacetCount>> facets(JsonNode page, boolean stories) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      for (JsonNode b : page.path("aggregations").path("facet_" + dim).path("buckets")) {
        long count =
            stories ? b.path(STORIES).path("value").asLong() : b.path("doc_count").asLong();
        counts.add(new FacetCount(b.path("key").asText(), count));
      }
      out.put(dim, counts);
    }
    return out;
  }
}
