package ua.strichka.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * How often {@link LanguageDetector} names the labelled language of corpus articles, per language.
 *
 * @param correct samples detected right, by their labelled language
 * @param total samples, by labelled language
 * @param misses «id: labelled → detected» of each wrong answer
 */
public record LanguageAccuracy(
    Map<Language, Integer> correct, Map<Language, Integer> total, List<String> misses) {

  /** A text and the language it is labelled with. */
  private record Sample(String id, Language language, String text) {}

  /** Accuracy on titles alone. */
  public static LanguageAccuracy ofTitles(List<CorpusArticle> articles) {
    return measure(articles.stream().map(a -> sample(a, a.original().title())).toList());
  }

  /** Accuracy on title, lead and body together. */
  public static LanguageAccuracy ofFullTexts(List<CorpusArticle> articles) {
    return measure(articles.stream().map(a -> sample(a, fullText(a))).toList());
  }

  /**
   * Accuracy on single sentences of three or more words (titles, lead and body sentences), each
   * labelled with its article's language: many more, and harder, samples than whole articles.
   */
  public static LanguageAccuracy ofSentences(List<CorpusArticle> articles) {
    List<Sample> sentences = new ArrayList<>();
    for (CorpusArticle a : articles) {
      String text = fullText(a);
      List<Token> tokens = Tokens.of(text);
      int from = 0;
      for (int i = 1; i <= tokens.size(); i++) {
        if (i == tokens.size() || tokens.get(i).sentenceStart()) {
          if (i - from >= 3) {
            String s = text.substring(tokens.get(from).start(), tokens.get(i - 1).end());
            sentences.add(new Sample(a.id() + "#" + sentences.size(), language(a), s));
          }
          from = i;
        }
      }
    }
    return measure(sentences);
  }

  /** Title, lead and body separated by blank lines, as a reader sees the page. */
  static String fullText(CorpusArticle a) {
    return a.original().title() + "\n\n" + a.original().text();
  }

  static Language language(CorpusArticle a) {
    return Language.ofCode(a.language());
  }

  private static Sample sample(CorpusArticle a, String text) {
    return new Sample(a.id(), language(a), text);
  }

  private static LanguageAccuracy measure(List<Sample> samples) {
    Map<Language, Integer> correct = new EnumMap<>(Language.class);
    Map<Language, Integer> total = new EnumMap<>(Language.class);
    List<String> misses = new ArrayList<>();
    for (Sample s : samples) {
      Language detected = LanguageDetector.detect(s.text());
      total.merge(s.language(), 1, Integer::sum);
      if (detected == s.language()) {
        correct.merge(s.language(), 1, Integer::sum);
      } else {
        misses.add(s.id() + ": " + s.language().code() + " → " + detected.code());
      }
    }
    return new LanguageAccuracy(correct, total, List.copyOf(misses));
  }

  /** The number of samples. */
  public int samples() {
    return total.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The share of all samples detected right, 0 to 1. */
  public double overall() {
    int right = correct.values().stream().mapToInt(Integer::intValue).sum();
    return samples() == 0 ? 0 : (double) right / samples();
  }

  /** «0.995 (uk 196/196, ru 18/19, en 14/14)». */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.3f (", overall()));
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
