package ua.strichka.classify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ua.strichka.text.Language;
import ua.strichka.text.Lemmatizer;
import ua.strichka.text.Reading;
import ua.strichka.text.TextNormalizer;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * The words a section is told by: Ukrainian lemmas without function words (the dictionary tags
 * them), Russian and English Snowball stems without stop words, headline words counted four times
 * since a headline states the topic.
 */
final class SectionFeatures {
  static final int TITLE_WEIGHT = 4;
  static final String STOPWORDS = "/classify/stopwords.txt";

  private static final Set<String> FUNCTION_TAGS =
      Set.of("prep", "conj", "part", "pron", "intj", "onomat", "numr", "predic", "insert");

  private static final class Holder {
    static final Set<String> STOP = loadStopwords();
  }

  private SectionFeatures() {}

  /** Feature counts of an article. */
  static Map<String, Integer> of(String title, String text, Language language) {
    return of(title, Tokens.of(text == null ? "" : text), language);
  }

  /** Feature counts of an article whose text is already split into tokens. */
  static Map<String, Integer> of(String title, List<Token> text, Language language) {
    Map<String, Integer> counts = new HashMap<>(text.size());
    add(counts, Tokens.of(title == null ? "" : title), language, TITLE_WEIGHT);
    add(counts, text, language, 1);
    return counts;
  }

  /** Adds the features of a text, each {@code weight} times. */
  static void add(Map<String, Integer> counts, String text, Language language, int weight) {
    if (text != null && !text.isEmpty()) add(counts, Tokens.of(text), language, weight);
  }

  private static void add(
      Map<String, Integer> counts, List<Token> tokens, Language language, int weight) {
    Cache<String, String> cache = FEATURES.get(language);
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.NUMBER || t.end() - t.start() < 2) continue;
      String feature = cache.get(t.text(), raw -> feature(raw, language));
      if (!feature.isEmpty()) counts.merge(feature, weight, Integer::sum);
    }
  }

  /** The feature of each word form, "" for none: analysed once, news vocabulary is Zipfian. */
  private static final Map<Language, Cache<String, String>> FEATURES =
      new java.util.EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      FEATURES.put(l, Caffeine.newBuilder().maximumSize(50_000).build());
    }
  }

  private static String feature(String raw, Language language) {
    Lemmatizer lemmatizer = Lemmatizer.of(language);
    String word = TextNormalizer.word(raw);
    if (language == Language.UK) {
      List<Reading> readings = lemmatizer.readings(word);
      if (readings.isEmpty()) return word.toLowerCase(Locale.ROOT);
      Reading best = readings.getFirst();
      if (FUNCTION_TAGS.contains(best.partOfSpeech()) || best.hasTag("&pron")) return "";
      return best.lemma().toLowerCase(Locale.ROOT);
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (Holder.STOP.contains(lower)) return "";
    return lemmatizer.lemma(lower);
  }

  private static Set<String> loadStopwords() {
    Set<String> out = new HashSet<>();
    try (InputStream in = SectionFeatures.class.getResourceAsStream(STOPWORDS)) {
      if (in == null) throw new IllegalStateException(STOPWORDS + " is not on the class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) continue;
        for (String w : line.strip().split("\\s+")) if (!w.isEmpty()) out.add(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STOPWORDS + ": " + e.getMessage(), e);
    }
    return Set.copyOf(out);
  }
}
