package ua.strichka.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.store.Store;

/**
 * The search index of a store: a Lucene index in a folder, kept in step with the store, and the
 * searches over it.
 *
 * <p>Opening it catches up with the store first ({@link #catchUp}); call that again whenever the
 * store has changed. Writes are crash-safe: the index only ever changes by atomic Lucene commits,
 * each recording how far it has caught up, so a process killed mid-write leaves the last commit
 * behind and the next open resumes from there. Searches run concurrently with catching up, each on
 * a consistent view of the index.
 */
public final class SearchIndex implements SearchBackend {
  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final StoreSync sync;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final LuceneQuery queries;
  private final SearchSettings settings;

  /** Whether opening threw the old index away and indexed the store again. */
  private final boolean rebuilt;

  /** The searches that run at once ({@link SearchSettings#searchSlots()}). */
  private final SearchSlots slots;

  private SearchIndex(
      Path path,
      Directory directory,
      IndexWriter writer,
      StoreSync sync,
      SearcherManager searchers,
      Analyzer analyzer,
      SearchSettings settings,
      boolean rebuilt) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.sync = sync;
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.queries = new LuceneQuery(analyzer);
    this.settings = settings;
    this.rebuilt = rebuilt;
    this.slots = new SearchSlots(settings.searchSlots());
  }

  /**
   * Opens (or creates) the index at {@code dir} and catches up with {@code store}. An index written
   * by another version of the document layout is rebuilt.
   *
   * @throws SearchException when the folder cannot be used, or another process writes the index
   */
  public static SearchIndex open(
      Path dir, Store store, SearchSettings settings, IndexProgress progress) {
    SearchIndex index = openWriter(dir, store, settings, false);
    try {
      index.catchUp(progress);
      if (index.rebuilt) index.mergeSegments();
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Throws the index at {@code dir} away and indexes every article of {@code store} again. */
  public static SearchIndex rebuild(
      Path dir, Store store, SearchSettings settings, IndexProgress progress) {
    SearchIndex index = openWriter(dir, store, settings, true);
    try {
      index.catchUp(progress);
      index.mergeSegments();
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * Opens the index at {@code dir} for searching only, as it was last committed: for when another
   * process (a running {@code strichka serve}) owns it.
   */
  public static SearchIndex openReadOnly(Path dir, SearchSettings settings) {
    try {
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new SearchException("no search index at " + dir + " yet: run strichka reindex");
      }
      FacetsConfig facets = Fields.facetsConfig();
      SearcherManager searchers = new SearcherManager(directory, FacetedSearcher.factory(facets));
      return new SearchIndex(
          dir, directory, null, null, searchers, Fields.analyzer(), settings, false);
    } catch (IOException e) {
      throw new SearchException(
          "cannot read the search index at " + dir + ": " + e.getMessage(), e);
    }
  }

  private static SearchIndex openWriter(
      Path dir, Store store, SearchSettings settings, boolean rebuild) {
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      Map<String, String> committed = committedUserData(directory);
      boolean fresh = rebuild || committed == null || !IndexPosition.sameLayout(committed);
      if (committed != null && !rebuild && !IndexPosition.sameLayout(committed)) {
        log.info("search index at {} has an older layout; rebuilding it", dir);
      }
      Analyzer analyzer = Fields.analyzer();
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(
                  fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
              .setRAMBufferSizeMB(128)
              .setCodec(new IndexCodec())
              .setIndexSort(Fields.NEWEST_FIRST)
              // only our own commits (with their position) may change the index on disk
              .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      IndexPosition position = fresh ? IndexPosition.START : IndexPosition.of(committed);
      FacetsConfig facets = Fields.facetsConfig();
      StoreSync sync =
          new StoreSync(writer, new StoreFeed(store), facets, settings.commitEvery(), position);
      if (fresh) sync.commit();
      SearcherManager searchers = new SearcherManager(writer, FacetedSearcher.factory(facets));
      return new SearchIndex(dir, directory, writer, sync, searchers, analyzer, settings, fresh);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new SearchException(
          "the search index at " + dir + " is in use by another Strichka process", e, true);
    } catch (IOException | IllegalArgumentException e) {
      // IllegalArgumentException: segments in another order than the index sort (written by
      // another tool); the index is derived from the store, so rebuilding it loses nothing
      closeQuietly(directory);
      throw new SearchException(
          "cannot open the search index at "
              + dir
              + ": "
              + e.getMessage()
              + " (strichka reindex rebuilds it)",
          e);
    }
  }

  /** The user data of the last commit, or null when there is no index yet. */
  private static Map<String, String> committedUserData(Directory directory) throws IOException {
    try {
      return SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexNotFoundException none) {
      return null;
    }
  }

  /** Indexes what changed in the store since the last catch-up (see {@link StoreSync}). */
  @Override
  public synchronized CatchUp catchUp(IndexProgress progress) {
    requireWriter();
    try {
      CatchUp done = sync.catchUp(progress);
      searchers.maybeRefreshBlocking();
      return done;
    } catch (IOException e) {
      throw new SearchException(
          "cannot update the search index at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Merges a rebuilt index into one segment. A search looks every word up, and sets up its scorers,
   * once per segment: at 1,000,000 articles in the 17 segments a rebuild leaves, that was 30 % of a
   * search's CPU (6.8 → 4.8 ms a search once merged). Articles indexed later add small segments,
   * which Lucene's merge policy folds together as usual.
   */
  private synchronized void mergeSegments() {
    try {
      writer.forceMerge(1);
      sync.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new SearchException(
          "cannot merge the search index at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Re-reads the given articles from the store (deleting those gone): for changes the catch-up
   * cannot see, such as entity tags rewritten without touching the article.
   */
  @Override
  public synchronized void refresh(List<Long> articleIds) {
    requireWriter();
    try {
      sync.refresh(articleIds);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new SearchException(
          "cannot update the search index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Runs a search; never fails on what the query says (see {@link Notice}). */
  @Override
  public SearchResult search(Query query) {
    return search(query, new SearchPasses());
  }

  /** Runs a search and notes where its time went in {@code passes}. */
  public SearchResult search(Query query, SearchPasses passes) {
    return slots.run(() -> searchNow(query, passes));
  }

  private SearchResult searchNow(Query query, SearchPasses passes) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new SearchException(
          "cannot read the search index at " + path + ": " + e.getMessage(), e);
    }
    try {
      return new SearchRun(
              (FacetedSearcher) searcher,
              analyzer,
              queries,
              settings.freshness(),
              settings.sample(),
              passes)
          .run(query);
    } catch (IndexSearcher.TooManyClauses e) {
      return SearchResult.empty(query, List.of(Notice.TRUNCATED));
    } catch (IOException e) {
      throw new SearchException("cannot search the index at " + path + ": " + e.getMessage(), e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        log.warn("releasing a searcher of {}: {}", path, e.getMessage());
      }
    }
  }

  /** Documents in the index (one per article), as searches currently see it. */
  @Override
  public long documents() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new SearchException(
          "cannot read the search index at " + path + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public String location() {
    return path.toString();
  }

  /** Closes the index; what was not committed (an interrupted catch-up) is dropped. */
  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (sync != null) sync.close();
      if (writer != null) writer.rollback();
      directory.close();
    } catch (IOException e) {
      throw new SearchException(
          "cannot close the search index at " + path + ": " + e.getMessage(), e);
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new SearchException("the search index at " + path + " is open read-only");
    }
  }

  private static void closeQuietly(Directory d) {
    if (d == null) return;
    try {
      d.close();
    } catch (IOException ignored) {
      // reporting the error that made us give up matters more
    }
  }
}
