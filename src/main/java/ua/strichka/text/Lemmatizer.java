package ua.strichka.text;

import java.util.List;

/**
 * Word forms to dictionary forms, one API for every language: Ukrainian through the dict_uk
 * dictionary with full tags, Russian and English through Snowball stemmers (a stem is the "lemma",
 * with no tags), other languages as the lower-cased word. Thread-safe.
 */
public sealed interface Lemmatizer permits UkrainianLemmatizer, SnowballLemmatizer {

  /** The lemmatizer for a language; the Ukrainian one loads its dictionary on first use. */
  static Lemmatizer of(Language language) {
    return switch (language) {
      case UK -> UkrainianLemmatizer.shared();
      case RU -> SnowballLemmatizer.RUSSIAN;
      case EN -> SnowballLemmatizer.ENGLISH;
      case OTHER -> SnowballLemmatizer.NONE;
    };
  }

  /**
   * A lemmatizer without the cache of hot words: for one-off batch jobs short of memory, and for
   * benchmarks that measure what the cache saves.
   */
  static Lemmatizer uncached(Language language) {
    return language == Language.UK
        ? new UkrainianLemmatizer(UkrainianDictionary.shared(), 0)
        : of(language);
  }

  /**
   * Every reading of the word, most likely first; empty when the dictionary does not know it.
   * Ukrainian: each (lemma, tags) pair of the dictionary, readings of the form as written before
   * those of its lower-case form («Надія» the name before «надія» the noun).
   */
  List<Reading> readings(String word);

  /** The most likely lemma; an unknown word comes back as written (apostrophes normalised). */
  String lemma(String word);
}
