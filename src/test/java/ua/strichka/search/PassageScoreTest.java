package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our passage score must rank snippets exactly as Lucene's own scorer does. */
class PassageScoreTest {
  /**
   * @param matches the passage's matched terms in order, each {@code term:freqInDoc}
   */
  @ParameterizedTest(name = "{0} at {1}, {2} chars of {3}")
  @CsvSource({
    "'київ:3', 0, 40, 500",
    "'київ:3 київ:3', 120, 90, 2000",
    "'київ:3 мер:1 київ:3', 10, 160, 800",
    "'мер:7 київ:2 мер:7 рада:1 київ:2 мер:7', 400, 170, 5000",
    "'а:1 б:2 в:3 г:4 д:5 е:6 є:7 ж:8', 0, 200, 200",
  })
  void scoresAsLucenesScorerDoes(String matches, int start, int length, int contentLength) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(start + length);
    int at = start;
    for (String m : matches.split(" ")) {
      String[] termAndFreq = m.split(":");
      passage.addMatch(at, at + 4, new BytesRef(termAndFreq[0]), Integer.parseInt(termAndFreq[1]));
      at += 10;
    }
    float lucene = new PassageScorer().score(passage, contentLength);
    assertThat(new PassageScore().score(passage, contentLength)).isEqualTo(lucene).isPositive();
  }
}
