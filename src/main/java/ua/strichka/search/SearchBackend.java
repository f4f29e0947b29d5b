package ua.strichka.search;

import java.util.List;

/**
 * Where the articles are searched: the embedded Lucene index ({@link SearchIndex}) or an OpenSearch
 * cluster ({@link OpenSearchIndex}), chosen by {@code search.backend}. Both index the same analysis
 * (our own lemmas and stems), so a query finds the same articles in either.
 */
public interface SearchBackend extends AutoCloseable {
  /** Indexes what changed in the store since the last catch-up. */
  CatchUp catchUp(IndexProgress progress);

  /** Re-reads these articles from the store; those no longer there leave the index. */
  void refresh(List<Long> articleIds);

  /** Runs a search; never fails on what the query says (see {@link Notice}). */
  SearchResult search(Query query);

  /** Documents in the index (one per article), as searches currently see it. */
  long documents();

  /** Where the index is, for messages: a folder or an OpenSearch URL and index name. */
  String location();

  @Override
  void close();
}
