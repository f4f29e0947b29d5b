package ua.strichka.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/**
 * Brings the index up to date with the store, in batches, each commit recording the {@link
 * IndexPosition} it reached.
 *
 * <p>What it sees: new articles and updated ones (both set {@code fetched_at}), story memberships
 * (by {@code story_article.joined_at}), sections re-filed by a story's vote (by {@code
 * article.section_filed_at}) and deleted articles (the index then holds more documents than the
 * store has rows, and a reconciliation pass by id removes them). Entity tags written without
 * touching the article row are not seen; {@link SearchIndex#refresh} re-reads given articles for
 * that.
 */
final class StoreSync {
  /**
   * A writer may commit a row whose {@code fetched_at} was taken before rows another writer
   * committed earlier; each catch-up therefore looks this far behind its position again, skipping
   * what it already has.
   */
  static final long LATE_WRITE_MARGIN_MS = 10 * 60 * 1000;

  static final int BATCH = 500;

  static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final IndexWriter writer;
  private final StoreFeed feed;
  private final FacetsConfig facets;
  private final int commitEvery;
  private IndexPosition position;

  /**
   * Long-lived indexing threads: each keeps its analyzer components, and with them the lemma cache
   * of its {@link LemmaFilter}.
   */
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          THREADS,
          r -> {
            Thread t = new Thread(r, "strichka-indexer");
            t.setDaemon(true);
            return t;
          });

  StoreSync(
      IndexWriter writer,
      StoreFeed feed,
      FacetsConfig facets,
      int commitEvery,
      IndexPosition position) {
    this.writer = writer;
    this.feed = feed;
    this.facets = facets;
    this.commitEvery = commitEvery;
    this.position = position;
  }

  IndexPosition position() {
    return position;
  }

  /** Stops the indexing threads. */
  void close() {
    workers.shutdownNow();
  }

  CatchUp catchUp(IndexProgress progress) throws IOException {
    long indexed = 0;
    try (Indexed already = new Indexed(DirectoryReader.open(writer))) {
      indexed += articles(progress, already);
      indexed += stories(already);
    }
    commit();
    long removed = 0;
    long documents = writer.getDocStats().numDocs;
    if (documents != feed.count()) {
      long[] changes = reconcile();
      indexed += changes[0];
      removed = changes[1];
      documents = writer.getDocStats().numDocs;
    }
    return new CatchUp(indexed, removed, documents);
  }

  /** Re-reads these articles from the store; those no longer there leave the index. */
  long refresh(List<Long> ids) throws IOException {
    List<IndexedArticle> found = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += BATCH) {
      found.addAll(feed.byIds(ids.subList(i, Math.min(ids.size(), i + BATCH))));
    }
    for (IndexedArticle a : found) write(a);
    List<Long> gone = new ArrayList<>(ids);
    gone.removeAll(found.stream().map(IndexedArticle::id).toList());
    for (long id : gone) writer.deleteDocuments(ArticleDocument.idTerm(id));
    commit();
    return found.size();
  }

  private long articles(IndexProgress progress, Indexed already) throws IOException {
    IndexPosition from = position.rewound(LATE_WRITE_MARGIN_MS);
    long total = feed.countAfter(from);
    long done = 0;
    long written = 0;
    long sinceCommit = 0;
    IndexPosition cursor = from;
    progress.advanced(0, total);
    while (true) {
      List<IndexedArticle> batch = feed.after(cursor, BATCH);
      if (batch.isEmpty()) break;
      List<IndexedArticle> changed = new ArrayList<>(batch.size());
      for (IndexedArticle a : batch) {
        cursor = cursor.after(a);
        boolean seen = !isAfter(cursor, position);
        if (seen && already.fetchedAt(a.id()) == a.fetchedAt().toEpochMilli()) continue;
        changed.add(a);
      }
      writeAll(changed);
      written += changed.size();
      sinceCommit += changed.size();
      done += batch.size();
      if (isAfter(cursor, position)) {
        position = new IndexPosition(cursor.fetchedAt(), cursor.articleId(), position.joinedAt());
      }
      if (sinceCommit >= commitEvery) {
        commit();
        sinceCommit = 0;
      }
      progress.advanced(done, Math.max(total, done));
    }
    return written;
  }

  private long stories(Indexed already) throws IOException {
    long written = 0;
    long since = Math.max(0, position.joinedAt() - LATE_WRITE_MARGIN_MS);
    while (true) {
      Map<Long, Long> changes = feed.storyChangesAfter(since, BATCH);
      if (changes.isEmpty()) break;
      List<Long> ids = new ArrayList<>(changes.keySet());
      for (IndexedArticle a : feed.byIds(ids)) {
        if (already.has(a)) continue;
        write(a);
        written++;
      }
      long newest = changes.values().stream().mapToLong(Long::longValue).max().orElse(since);
      position = position.joined(newest);
      if (changes.size() < BATCH || newest == since) break;
      since = newest;
    }
    return written;
  }

  /**
   * Makes the set of ids in the index equal to the store's: deletes documents of vanished articles,
   * indexes articles the index lacks. Returns {indexed, removed}.
   */
  private long[] reconcile() throws IOException {
    long[] inStore = feed.allIds();
    long[] inIndex;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      inIndex = ids(reader);
    }
    IdDifference diff = IdDifference.of(inStore, inIndex);
    for (long id : diff.gone()) writer.deleteDocuments(ArticleDocument.idTerm(id));
    long indexed = diff.missing().isEmpty() ? 0 : refresh(diff.missing());
    commit();
    return new long[] {indexed, diff.gone().size()};
  }

  private static long[] ids(DirectoryReader reader) throws IOException {
    long[] ids = new long[reader.numDocs()];
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      NumericDocValues values = r.getNumericDocValues(Fields.ID);
      Bits live = r.getLiveDocs();
      if (values == null) continue;
      for (int doc = values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) ids[n++] = values.longValue();
      }
    }
    ids = Arrays.copyOf(ids, n);
    Arrays.sort(ids);
    return ids;
  }

  /**
   * Writes the articles from as many threads as there are cores: analysis (the morphology) is most
   * of the work of indexing, and {@link IndexWriter} takes documents from several threads at once.
   */
  private void writeAll(List<IndexedArticle> articles) throws IOException {
    int threads = Math.min(THREADS, Math.max(1, articles.size() / 50));
    if (threads == 1) {
      for (IndexedArticle a : articles) write(a);
      return;
    }
    List<Callable<Void>> parts = new ArrayList<>();
    int size = (articles.size() + threads - 1) / threads;
    for (int from = 0; from < articles.size(); from += size) {
      List<IndexedArticle> part = articles.subList(from, Math.min(articles.size(), from + size));
      parts.add(
          () -> {
            for (IndexedArticle a : part) write(a);
            return null;
          });
    }
    try {
      for (Future<Void> f : workers.invokeAll(parts)) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
  }

  private void write(IndexedArticle a) throws IOException {
    Document doc = ArticleDocument.of(a, facets);
    writer.updateDocument(ArticleDocument.idTerm(a.id()), doc);
  }

  void commit() throws IOException {
    writer.setLiveCommitData(position.userData().entrySet());
    writer.commit();
  }

  private static boolean isAfter(IndexPosition a, IndexPosition b) {
    return a.fetchedAt() > b.fetchedAt()
        || (a.fetchedAt() == b.fetchedAt() && a.articleId() > b.articleId());
  }

  /** What the index held when a catch-up began: for skipping rows it already has. */
  private static final class Indexed implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StoredFields stored;

    Indexed(DirectoryReader reader) throws IOException {
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
      this.stored = reader.storedFields();
    }

    /** The fetch time of the indexed version, or -1 when the article is not indexed. */
    long fetchedAt(long id) throws IOException {
      Document d = document(id);
      return d == null ? -1 : d.getField(Fields.FETCHED).numericValue().longValue();
    }

    /** Whether the index holds the article in this story and section already. */
    boolean has(IndexedArticle a) throws IOException {
      Document d = document(a.id());
      if (d == null || a.storyId() == null || d.getField(Fields.STORY) == null) return false;
      return a.storyId() == d.getField(Fields.STORY).numericValue().longValue()
          && Objects.equals(a.section(), d.get(Fields.SECTION));
    }

    private Document document(long id) throws IOException {
      TopDocs top = searcher.search(new TermQuery(ArticleDocument.idTerm(id)), 1);
      if (top.scoreDocs.length == 0) return null;
      return stored.document(top.scoreDocs[0].doc);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
