package ua.strichka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the index, with the facet ordinals of that view. The
 * ordinals cost a pass over every facet value, so they are built once per view, when the view is
 * opened (by the thread that refreshed the index, not by a query).
 */
final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader, FacetsConfig config) {
    super(reader);
    this.facetState = facetState(reader, config);
  }

  /** Null when the index holds no facet values yet (an empty index). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new FacetedSearcher(reader, config);
      }
    };
  }

  private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config) {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException noFacetField) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
