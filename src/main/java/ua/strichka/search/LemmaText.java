package ua.strichka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Our own analysis written out as text OpenSearch can index token for token: positions apart by
 * spaces, the lemmas stacked on one position joined by {@code |}, an empty position (a stop word
 * removed) as {@code _}. «у Києві» becomes {@code "_ кий|київ"}.
 *
 * <p>OpenSearch has neither our Ukrainian lemmas nor a way to take tokens made elsewhere, so its
 * {@value #ANALYZER} analyzer undoes this encoding (whitespace tokenizer, {@code pattern_capture}
 * to unstack, a stop filter for the gaps): the terms, positions and field lengths it indexes are
 * those Lucene indexes, so BM25, phrases and stacked lemmas behave the same in both backends.
 */
final class LemmaText {
  /** The name of the decoding analyzer in the OpenSearch index settings. */
  static final String ANALYZER = "strichka_lemmas";

  static final String GAP = "_";
  static final char STACK = '|';

  private LemmaText() {}

  /** The analysis of {@code text} in {@code field} by {@code analyzer}, encoded. */
  static String of(Analyzer analyzer, String field, String text) {
    StringBuilder out = new StringBuilder(text.length());
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      boolean first = true;
      while (ts.incrementToken()) {
        int step = inc.getPositionIncrement();
        if (step == 0 && !first) {
          out.append(STACK);
        } else {
          for (int gap = first ? 1 : 0; gap < step - (first ? 0 : 1); gap++) {
            if (!out.isEmpty()) out.append(' ');
            out.append(GAP);
          }
          if (!out.isEmpty()) out.append(' ');
        }
        out.append(term.buffer(), 0, term.length());
        first = false;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
    return out.toString();
  }

  /**
   * Terms at positions (relative, gaps allowed) encoded the same way: a phrase of the query.
   *
   * @param stacks the terms of each listed position
   */
  static String phrase(List<List<String>> stacks, int[] positions) {
    StringBuilder out = new StringBuilder();
    int next = positions.length == 0 ? 0 : positions[0];
    for (int i = 0; i < stacks.size(); i++) {
      for (; next < positions[i]; next++) out.append(GAP).append(' ');
      out.append(String.join(String.valueOf(STACK), stacks.get(i))).append(' ');
      next = positions[i] + 1;
    }
    return out.toString().strip();
  }
}
