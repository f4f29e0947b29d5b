package ua.strichka.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian and English "lemmas" as Snowball stems (Lucene's copies of the Snowball project's Russian
 * and Porter2 English algorithms): no dictionary to ship, and stems are what clustering and search
 * compare. A stem is lower-case; Russian ё is folded to е first, as writers drop it.
 */
final class SnowballLemmatizer implements Lemmatizer {
  static final SnowballLemmatizer RUSSIAN = new SnowballLemmatizer(RussianStemmer::new);
  static final SnowballLemmatizer ENGLISH = new SnowballLemmatizer(EnglishStemmer::new);

  /** Other languages: the lower-cased word, no stemming. */
  static final SnowballLemmatizer NONE = new SnowballLemmatizer(null);

  /** Snowball stemmers keep state between calls: one per thread. */
  private final ThreadLocal<SnowballStemmer> stemmers;

  private SnowballLemmatizer(Supplier<SnowballStemmer> stemmer) {
    this.stemmers = stemmer == null ? null : ThreadLocal.withInitial(stemmer);
  }

  @Override
  public List<Reading> readings(String word) {
    String lemma = lemma(word);
    return lemma.isEmpty() ? List.of() : List.of(new Reading(lemma, ""));
  }

  @Override
  public String lemma(String word) {
    String lower = TextNormalizer.word(word).toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (stemmers == null || lower.isEmpty()) return lower;
    SnowballStemmer stemmer = stemmers.get();
    stemmer.setCurrent(lower);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
