package ua.strichka.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, weighted toward the start of the
 * text), the same figures, without its per-passage allocation.
 *
 * <p>Lucene's {@code PassageScorer.score} gathers the distinct terms of every candidate passage in
 * a new {@code BytesRefHash}, whose first 32 KB block is allocated for a passage of a few words: at
 * 1,000,000 articles that was an eighth of all a search allocated. A passage holds a handful of
 * matches, so the distinct terms are found by comparing each match with those before it.
 */
final class PassageScore extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double score = 0;
    // the same sum in the same order as Lucene's: each distinct term once, where it first occurs
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) continue;
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) if (terms[j].bytesEquals(terms[i])) inPassage++;
      score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) if (terms[j].bytesEquals(terms[i])) return true;
    return false;
  }
}
