package ua.strichka.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one view of the index: Lucene's ordinals of them across segments, each
 * dimension's range of ordinals and, filled as searches show them, their labels. Built once per
 * view with the view's searcher; a label is read from the index once per view, not once per search.
 */
final class FacetOrdinals {
  private final SortedSetDocValuesReaderState state;

  /** Segment ordinals to global ones; null for an index of one segment (they are the same). */
  private final OrdinalMap map;

  private final AtomicReferenceArray<String> labels;

  private FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.map =
        state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping
            : null;
    this.labels = new AtomicReferenceArray<>(state.getSize());
  }

  /** Null when the index holds no facet values yet (an empty index). */
  static FacetOrdinals of(IndexReader reader, FacetsConfig config) throws IOException {
    try {
      return new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(reader, config));
    } catch (IllegalArgumentException noFacetField) {
      return null;
    }
  }

  /** The doc-values field that holds every dimension's values. */
  String field() {
    return state.getField();
  }

  /** Distinct values of all dimensions: the size of a count per global ordinal. */
  int size() {
    return state.getSize();
  }

  /** A segment's ordinals to global ones. */
  LongValues globalOrds(LeafReaderContext leaf) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
  }

  /** The global ordinals of a dimension's values, in label order; null when none is indexed. */
  OrdRange range(String dim) {
    return state.getOrdRange(dim);
  }

  /** The value (without its dimension) of a global ordinal. */
  String label(int ord) throws IOException {
    String label = labels.get(ord);
    if (label == null) {
      String path = state.getDocValues().lookupOrd(ord).utf8ToString();
      String[] parts = FacetsConfig.stringToPath(path);
      label = parts[parts.length - 1];
      labels.set(ord, label);
    }
    return label;
  }
}
