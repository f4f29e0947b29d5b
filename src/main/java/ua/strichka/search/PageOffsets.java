package ua.strichka.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Where a field's query terms occur in each hit of a page, from the postings' offsets, with one
 * postings list per term for the whole page.
 *
 * <p>The highlighter asks for the hits of a field one after another in document order, and Lucene's
 * own strategy looks every term up again and opens a new postings list for each hit: at 1,000,000
 * articles that was over a third of all the memory a search allocated (each list brings its own
 * decoding buffers) and a term-dictionary seek per term and hit. Here a term is looked up once and
 * its list advanced from hit to hit, as a query's scorer does.
 */
final class PageOffsets extends PostingsOffsetStrategy {
  /** The segment's terms the lists below read; another segment starts them anew. */
  private Terms terms;

  private TermsEnum termsEnum;

  /** Each term's postings, positioned at the last hit asked for; null: not in the segment. */
  private final Map<BytesRef, PostingsEnum> postings = new HashMap<>();

  PageOffsets(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsForTerms(
      BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
      throws IOException {
    if (termsIndex != terms) {
      terms = termsIndex;
      termsEnum = termsIndex.iterator();
      postings.clear();
    }
    for (BytesRef term : sourceTerms) {
      PostingsEnum list = postings.get(term);
      // a hit at or before the list's place (not in document order) needs a list of its own
      if (list == null ? !postings.containsKey(term) : list.docID() >= doc) {
        list = termsEnum.seekExact(term) ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null;
        postings.put(BytesRef.deepCopyOf(term), list);
      }
      if (list != null && list.advance(doc) == doc) {
        results.add(new OffsetsEnum.OfPostings(term, list));
      }
    }
  }
}
