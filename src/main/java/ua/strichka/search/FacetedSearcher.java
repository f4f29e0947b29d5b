package ua.strichka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the index, with the facet ordinals and merged field
 * infos of that view. The ordinals cost a pass over every facet value, the field infos one over
 * every segment's fields, so both are built once per view, when the view is opened (by the thread
 * that refreshed the index, not by a query).
 */
final class FacetedSearcher extends IndexSearcher {
  private final FacetOrdinals facetOrdinals;
  private final FieldInfos fieldInfos;

  private FacetedSearcher(IndexReader reader, FacetsConfig config) {
    super(reader);
    this.facetOrdinals = facetOrdinals(reader, config);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
  }

  /** The fields of every segment of the view (the highlighter asks which have offsets). */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** Null when the index holds no facet values yet (an empty index). */
  FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new FacetedSearcher(reader, config);
      }
    };
  }

  private static FacetOrdinals facetOrdinals(IndexReader reader, FacetsConfig config) {
    try {
      return FacetOrdinals.of(reader, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
