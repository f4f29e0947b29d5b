package ua.strichka.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import ua.strichka.store.Store;

/**
 * The search index of a store in an OpenSearch cluster ({@code search.backend: opensearch}),
 * through the official opensearch-java client: the same documents, analysis and queries as the
 * embedded {@link SearchIndex}, for when several Strichka nodes share one index.
 *
 * <p>How far the index has caught up is kept in the index mapping's {@code _meta} and written after
 * each bulk of articles is in: writes by id are idempotent, so a process killed mid-way redoes at
 * most one bulk. Several processes may catch up the same index; they write the same documents.
 */
public final class OpenSearchIndex implements SearchBackend {
  /** The index name when the configuration names none. */
  public static final String DEFAULT_INDEX = "strichka-articles";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";

  /** Ids read per request by the reconciliation pass: OpenSearch's default result window. */
  private static final int ID_PAGE = 10_000;

  private final String url;
  private final String name;
  private final OpenSearchClient client;
  private final OpenSearchTransport transport;
  private final StoreFeed feed;
  private final SearchSettings settings;
  private final Analyzer analyzer = Fields.analyzer();
  private final LuceneQuery queries = new LuceneQuery(analyzer);

  private OpenSearchIndex(String url, String name, Store store, SearchSettings settings) {
    this.url = url;
    this.name = name;
    this.feed = store == null ? null : new StoreFeed(store);
    this.settings = settings;
    HttpHost host;
    try {
      URI uri = URI.create(url);
      host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SearchException("search.opensearch-url is not a URL: " + url, e);
    }
    this.transport =
        ApacheHttpClient5TransportBuilder.builder(host)
            .setMapper(new JacksonJsonpMapper(MAPPER))
            .build();
    this.client = new OpenSearchClient(transport);
  }

  /** Connects to the index {@code name} at {@code url}, creating it if needed, and catches up. */
  public static OpenSearchIndex open(
      String url, String name, Store store, SearchSettings settings, IndexProgress progress) {
    OpenSearchIndex index = new OpenSearchIndex(url, name, store, settings);
    try {
      if (!index.exists() || !OpenSearchMapping.sameLayout(index.meta())) {
        index.create();
      }
      index.catchUp(progress);
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Deletes the index and indexes every article of {@code store} again. */
  public static OpenSearchIndex rebuild(
      String url, String name, Store store, SearchSettings settings, IndexProgress progress) {
    OpenSearchIndex index = new OpenSearchIndex(url, name, store, settings);
    try {
      index.create();
      index.catchUp(progress);
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Searches the index as it is, without a store to catch up from. */
  public static OpenSearchIndex connect(String url, String name, SearchSettings settings) {
    return new OpenSearchIndex(url, name, null, settings);
  }

  /**
   * Indexes the articles written since the saved position, looking again at the last {@link
   * StoreSync#LATE_WRITE_MARGIN_MS} (a slow writer's rows commit late, behind newer ones) and
   * skipping what the index already holds in that version. Then, as the Lucene backend's {@link
   * StoreSync} does, when the index holds another number of documents than the store has articles,
   * a pass by id removes the documents of articles deleted (or replaced) while the index was behind
   * and indexes any the index lacks.
   */
  @Override
  public synchronized CatchUp catchUp(IndexProgress progress) {
    requireStore();
    IndexPosition saved = position();
    IndexPosition position = saved.rewound(StoreSync.LATE_WRITE_MARGIN_MS);
    long total = feed.countAfter(position);
    long read = 0;
    long indexed = 0;
    progress.advanced(0, total);
    while (true) {
      List<IndexedArticle> batch = feed.after(position, StoreSync.BATCH);
      if (batch.isEmpty()) break;
      List<IndexedArticle> changed = notIndexedYet(batch);
      write(changed, List.of());
      indexed += changed.size();
      position = position.after(batch.getLast());
      read += batch.size();
      // the position lives in the cluster state: rewrite it only when it moves forward
      if (ahead(position, saved)) {
        savePosition(position);
        saved = position;
      }
      progress.advanced(read, Math.max(total, read));
    }
    // articles that joined a story since: their collapse key changed
    while (true) {
      Map<Long, Long> joined = feed.storyChangesAfter(position.joinedAt(), StoreSync.BATCH);
      if (joined.isEmpty()) break;
      indexed += refreshIds(joined.keySet());
      long newest = joined.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      position = position.joined(newest);
      // never the rewound position: that would move the saved one back
      saved = saved.joined(newest);
      savePosition(saved);
    }
    refreshSearchers();
    long removed = 0;
    long documents = documents();
    if (documents != feed.count()) {
      // the index's ids first: a document another process indexes meanwhile is then in the store
      // list too, and is not taken for a deleted article
      long[] inIndex = indexedIds();
      IdDifference diff = IdDifference.of(feed.allIds(), inIndex);
      for (int i = 0; i < diff.gone().size(); i += StoreSync.BATCH) {
        write(List.of(), diff.gone().subList(i, Math.min(diff.gone().size(), i + StoreSync.BATCH)));
      }
      for (int i = 0; i < diff.missing().size(); i += StoreSync.BATCH) {
        indexed +=
            refreshIds(
                diff.missing().subList(i, Math.min(diff.missing().size(), i + StoreSync.BATCH)));
      }
      removed = diff.gone().size();
      refreshSearchers();
      documents = documents();
    }
    return new CatchUp(indexed, removed, documents);
  }

  /**
   * Every article id the index holds, ascending: pages of ids sorted on the {@code id} field, each
   * after the last of the one before ({@code search_after}), without sources.
   */
  private long[] indexedIds() {
    long[] ids = new long[1024];
    int n = 0;
    Long after = null;
    while (true) {
      ObjectNode body = MAPPER.createObjectNode();
      body.put("size", ID_PAGE).put("_source", false).put("track_total_hits", false);
      body.putArray("sort").addObject().put(Fields.ID, "asc");
      if (after != null) body.putArray("search_after").add(after);
      JsonNode hits = send(body).path("hits").path("hits");
      if (hits.isEmpty()) break;
      for (JsonNode h : hits) {
        if (n == ids.length) ids = java.util.Arrays.copyOf(ids, n * 2);
        ids[n++] = h.path("sort").path(0).asLong();
      }
      after = ids[n - 1];
      if (hits.size() < ID_PAGE) break;
    }
    return java.util.Arrays.copyOf(ids, n);
  }

  private static boolean ahead(IndexPosition a, IndexPosition b) {
    return a.fetchedAt() > b.fetchedAt()
        || (a.fetchedAt() == b.fetchedAt() && a.articleId() > b.articleId());
  }

  /** The articles whose version (fetch time and story) the index does not hold. */
  private List<IndexedArticle> notIndexedYet(List<IndexedArticle> batch) {
    ObjectNode body = MAPPER.createObjectNode();
    var ids = body.putArray("ids");
    batch.forEach(a -> ids.add(Long.toString(a.id())));
    JsonNode docs =
        request("POST", "/" + name + "/_mget?_source_includes=fetched,story", body).path("docs");
    Map<String, JsonNode> indexed = new HashMap<>();
    for (JsonNode d : docs) {
      if (d.path("found").asBoolean()) indexed.put(d.path("_id").asText(), d.path("_source"));
    }
    List<IndexedArticle> changed = new ArrayList<>();
    for (IndexedArticle a : batch) {
      JsonNode s = indexed.get(Long.toString(a.id()));
      boolean same =
          s != null
              && s.path(Fields.FETCHED).asLong() == a.fetchedAt().toEpochMilli()
              && Objects.equals(
                  s.hasNonNull(Fields.STORY) ? s.get(Fields.STORY).asLong() : null, a.storyId());
      if (!same) changed.add(a);
    }
    return changed;
  }

  @Override
  public synchronized void refresh(List<Long> articleIds) {
    requireStore();
    refreshIds(articleIds);
    refreshSearchers();
  }

  private long refreshIds(Collection<Long> ids) {
    List<IndexedArticle> present = feed.byIds(ids);
    Set<Long> gone = new HashSet<>(ids);
    present.forEach(a -> gone.remove(a.id()));
    write(present, List.copyOf(gone));
    return present.size();
  }

  @Override
  public SearchResult search(Query query) {
    try {
      return new OpenSearchRun(this::send, analyzer, queries, settings.freshness()).run(query);
    } catch (IOException e) {
      throw unreachable("search", e);
    }
  }

  @Override
  public long documents() {
    return request("GET", "/" + name + "/_count", null).path("count").asLong();
  }

  @Override
  public String location() {
    return url + "/" + name;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new SearchException("closing the connection to " + url + ": " + e.getMessage(), e);
    }
  }

  private JsonNode send(ObjectNode body) {
    return request("POST", "/" + name + "/_search", body);
  }

  private void write(List<IndexedArticle> articles, List<Long> deleted) {
    if (articles.isEmpty() && deleted.isEmpty()) return;
    List<BulkOperation> ops = new ArrayList<>(articles.size() + deleted.size());
    for (IndexedArticle a : articles) {
      ObjectNode doc = OpenSearchDocument.of(a, analyzer);
      ops.add(BulkOperation.of(o -> o.index(i -> i.id(Long.toString(a.id())).document(doc))));
    }
    for (long id : deleted) {
      ops.add(BulkOperation.of(o -> o.delete(d -> d.id(Long.toString(id)))));
    }
    try {
      BulkResponse r = client.bulk(b -> b.index(name).operations(ops));
      if (r.errors()) {
        String reason =
            r.items().stream()
                .filter(i -> i.error() != null)
                .map(i -> i.id() + ": " + i.error().reason())
                .findFirst()
                .orElse("unknown");
        throw new SearchException("OpenSearch refused articles of " + location() + ": " + reason);
      }
    } catch (IOException e) {
      throw unreachable("index articles in", e);
    }
  }

  private boolean exists() {
    try (Response r =
        client.generic().execute(Requests.builder().method("HEAD").endpoint("/" + name).build())) {
      return r.getStatus() == 200;
    } catch (IOException e) {
      throw unreachable("reach", e);
    }
  }

  private void create() {
    if (exists()) request("DELETE", "/" + name, null);
    request("PUT", "/" + name, OpenSearchMapping.index());
    savePosition(IndexPosition.START);
  }

  private Map<String, String> meta() {
    JsonNode meta =
        request("GET", "/" + name + "/_mapping", null).path(name).path("mappings").path("_meta");
    return MAPPER.convertValue(
        meta, MAPPER.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }

  private IndexPosition position() {
    return OpenSearchMapping.position(meta());
  }

  private void savePosition(IndexPosition p) {
    ObjectNode body = MAPPER.createObjectNode();
    body.set("_meta", MAPPER.valueToTree(OpenSearchMapping.meta(p)));
    request("PUT", "/" + name + "/_mapping", body);
  }

  private void refreshSearchers() {
    request("POST", "/" + name + "/_refresh", null);
  }

  private JsonNode request(String method, String endpoint, ObjectNode body) {
    var b = Requests.builder().method(method).endpoint(endpoint);
    if (body != null)
      b.body(Body.from(body.toString().getBytes(StandardCharsets.UTF_8), JSON_TYPE));
    try (Response r = client.generic().execute(b.build())) {
      String text = r.getBody().map(Body::bodyAsString).orElse("");
      if (r.getStatus() >= 300) {
        throw new SearchException(
            "OpenSearch at "
                + url
                + " answered "
                + r.getStatus()
                + " to "
                + method
                + " "
                + endpoint
                + ": "
                + brief(text));
      }
      return text.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
    } catch (IOException e) {
      throw unreachable(method + " " + endpoint + " on", e);
    }
  }

  private static String brief(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private SearchException unreachable(String what, IOException e) {
    return new SearchException(
        "cannot " + what + " OpenSearch at " + location() + ": " + e.getMessage(), e);
  }

  private void requireStore() {
    if (feed == null) {
      throw new SearchException(
          "the OpenSearch index " + location() + " is open for searching only");
    }
  }
}
