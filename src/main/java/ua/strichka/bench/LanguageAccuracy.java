package ua.strichka.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * How often {@link LanguageDetector} names the labelled language of corpus articles, per language.
 *
 * @param correct articles detected right, by their labelled language
 * @param total articles, by labelled language
 * @param misses «id: labelled → detected» of each wrong answer
 */
public record LanguageAccuracy(
    Map<Language, Integer> correct, Map<Language, Integer> total, List<String> misses) {

  /** Accuracy on titles alone. */
  public static LanguageAccuracy ofTitles(List<CorpusText> texts) {
    return measure(texts, CorpusText::title);
  }

  /** Accuracy on title, lead and body together. */
  public static LanguageAccuracy ofFullTexts(List<CorpusText> texts) {
    return measure(texts, CorpusText::text);
  }

  /**
   * Accuracy on single sentences of three or more words (titles, lead and body sentences), each
   * labelled with its article's language: many more, and harder, samples than whole articles.
   */
  public static LanguageAccuracy ofSentences(List<CorpusText> texts) {
    List<CorpusText> sentences = new ArrayList<>();
    for (CorpusText t : texts) {
      List<Token> tokens = Tokens.of(t.text());
      int from = 0;
      for (int i = 1; i <= tokens.size(); i++) {
        if (i == tokens.size() || tokens.get(i).sentenceStart()) {
          if (i - from >= 3) {
            String s = t.text().substring(tokens.get(from).start(), tokens.get(i - 1).end());
            sentences.add(new CorpusText(t.id() + "#" + sentences.size(), t.language(), s, s));
          }
          from = i;
        }
      }
    }
    return measure(sentences, CorpusText::text);
  }

  private static LanguageAccuracy measure(
      List<CorpusText> texts, Function<CorpusText, String> part) {
    Map<Language, Integer> correct = new EnumMap<>(Language.class);
    Map<Language, Integer> total = new EnumMap<>(Language.class);
    List<String> misses = new ArrayList<>();
    for (CorpusText t : texts) {
      Language detected = LanguageDetector.detect(part.apply(t));
      total.merge(t.language(), 1, Integer::sum);
      if (detected == t.language()) {
        correct.merge(t.language(), 1, Integer::sum);
      } else {
        misses.add(t.id() + ": " + t.language().code() + " → " + detected.code());
      }
    }
    return new LanguageAccuracy(correct, total, List.copyOf(misses));
  }

  /** The share of all articles detected right, 0 to 1. */
  public double overall() {
    int all = total.values().stream().mapToInt(Integer::intValue).sum();
    int right = correct.values().stream().mapToInt(Integer::intValue).sum();
    return all == 0 ? 0 : (double) right / all;
  }

  /** «0.995 (uk 196/196, ru 18/19, en 14/14)». */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%.3f (", overall()));
    String sep = "";
    for (var e : total.entrySet()) {
      s.append(sep)
          .append(e.getKey().code())
          .append(' ')
          .append(correct.getOrDefault(e.getKey(), 0))
          .append('/')
          .append(e.getValue());
      sep = ", ";
    }
    return s.append(')').toString();
  }
}
