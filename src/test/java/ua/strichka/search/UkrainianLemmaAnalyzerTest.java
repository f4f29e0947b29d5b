package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkrainianLemmaAnalyzerTest {
  private final Analyzer analyzer = new UkrainianLemmaAnalyzer();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "підтримку, підтримка",
    "України, україна",
    "Києві, київ",
    "Японії, японія",
    "Дніпрі, дніпро",
    "гривні, гривня",
    "полоненими, полонений",
    "Рютте, рютте",
    "Марком, марк",
    "Чугуєві, чугуїв",
    "дев’ятеро, дев'ятеро",
    "дев\u02BCятеро, дев'ятеро",
    "Украї\u0301ни, україна",
    "Ґудзик, гудзик",
    "Зеленського, зеленський",
    "рейок, рейка",
    "санкцій, санкція",
    "КАБами, каб",
    "КАБом, каб",
    "ЗСУ, зсу",
    "НБУ, нбу",
    "Кабом, кабом",
  })
  void everyFormReachesItsLemma(String form, String lemma) throws IOException {
    List<Set<String>> positions = positions(analyzer, form);
    assertThat(positions).hasSize(1);
    assertThat(positions.getFirst()).contains(lemma);
  }

  @Test
  void ambiguousFormsStackAllLemmasAtOnePosition() throws IOException {
    assertThat(positions(analyzer, "Києві")).containsExactly(Set.of("кий", "київ"));
    assertThat(positions(analyzer, "стали")).containsExactly(Set.of("стати", "станути"));
  }

  @Test
  void stopWordsAreDroppedAndUnknownWordsKept() throws IOException {
    assertThat(positions(analyzer, "вибух у Дніпрі"))
        .containsExactly(Set.of("вибух"), Set.of("дніпро"));
    assertThat(positions(analyzer, "Iskander-М Шмигалюкович"))
        .containsExactly(Set.of("iskander"), Set.of("м"), Set.of("шмигалюкович"));
  }

  /**
   * The cached filter must be the dictionary's own analysis: on the whole sample corpus it yields,
   * position by position, the lemmas Lucene's UkrainianMorfologikAnalyzer yields (lowercased) —
   * abbreviation endings aside, which Lucene's analyzer keeps.
   */
  @Test
  void agreesWithLucenesUkrainianMorfologikAnalyzerOnTheCorpus() throws IOException {
    String text = corpusText();
    List<Set<String>> ours = positions(new UkrainianLemmaAnalyzer(false), text);
    List<Set<String>> lucene;
    try (Analyzer reference = new UkrainianMorfologikAnalyzer()) {
      lucene = positions(reference, text);
    }
    assertThat(ours.size()).isGreaterThan(10_000);
    assertThat(ours).isEqualTo(lucene);
  }

  static List<Set<String>> positions(Analyzer a, String text) throws IOException {
    List<Set<String>> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body.uk", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) out.add(new TreeSet<>());
        out.getLast().add(term.toString().toLowerCase(Locale.ROOT));
      }
      ts.end();
    }
    return out;
  }

  private static String corpusText() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String name : List.of("w1-a", "w2-a", "w3-a", "w4-a", "w5-a")) {
      try (InputStream in =
          UkrainianLemmaAnalyzerTest.class.getResourceAsStream(
              "/sampleweb/corpus/" + name + ".yaml")) {
        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString();
  }
}
