package ua.strichka.text;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The dict_uk (VESUM) tagged dictionary of ~6 million Ukrainian word forms, as LanguageTool ships
 * it in {@code ua.net.nlp:morfologik-ukrainian-lt}: a 3 MB finite-state automaton, loaded once in
 * ~70 ms. (LanguageTool's {@code UkrainianTagger} reads the same {@code
 * /org/languagetool/resource/uk/ukrainian.dict}; Lucene's analyzer reads a search-oriented variant
 * under {@code /ua/net/nlp/}.) Lookups are exact and case-sensitive.
 *
 * <p>The same jar ships the inverse automaton, {@code ukrainian_synth.dict}, keyed by {@code
 * lemma|tags} (what LanguageTool's synthesizer reads): {@link #synthesis()} opens it on first use,
 * for {@link Inflector}.
 */
final class UkrainianDictionary {
  static final String RESOURCE = "/org/languagetool/resource/uk/ukrainian.dict";
  static final String SYNTHESIS = "/org/languagetool/resource/uk/ukrainian_synth.dict";

  private static final class Holder {
    static final UkrainianDictionary SHARED = load(RESOURCE);
  }

  private static final class SynthesisHolder {
    static final UkrainianDictionary SHARED = load(SYNTHESIS);
  }

  private final Dictionary dictionary;

  /**
   * {@link DictionaryLookup} reuses its buffers, so each thread gets its own over one automaton.
   */
  private final ThreadLocal<DictionaryLookup> lookups;

  /** A few thousand distinct tag strings serve millions of readings: share them. */
  private final ConcurrentHashMap<String, String> tags = new ConcurrentHashMap<>();

  private UkrainianDictionary(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  static UkrainianDictionary shared() {
    return Holder.SHARED;
  }

  /** The synthesis automaton: {@code lemma|tags} to word forms. */
  static UkrainianDictionary synthesis() {
    return SynthesisHolder.SHARED;
  }

  private static UkrainianDictionary load(String resource) {
    URL url = UkrainianDictionary.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          "the Ukrainian dictionary " + resource + " is not on the class path");
    }
    try {
      return new UkrainianDictionary(Dictionary.read(url));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the Ukrainian dictionary: " + e.getMessage(), e);
    }
  }

  /** Every reading of exactly this form, in dictionary order; empty when unknown. */
  List<Reading> lookup(String form) {
    List<WordData> found = lookups.get().lookup(form);
    if (found.isEmpty()) return List.of();
    List<Reading> readings = new ArrayList<>(found.size());
    String lastLemma = null;
    for (WordData data : found) {
      CharSequence stem = data.getStem();
      String lemma =
          lastLemma != null && lastLemma.contentEquals(stem) ? lastLemma : stem.toString();
      lastLemma = lemma;
      String tag = data.getTag().toString();
      readings.add(new Reading(lemma, tags.computeIfAbsent(tag, t -> t)));
    }
    return List.copyOf(readings);
  }

  /**
   * The word forms stored under {@code key} in a synthesis automaton ({@code
   * харківський|adj:f:v_naz} → харківська); empty when there are none.
   */
  List<String> forms(String key) {
    List<WordData> found = lookups.get().lookup(key);
    if (found.isEmpty()) return List.of();
    List<String> forms = new ArrayList<>(found.size());
    for (WordData data : found) forms.add(data.getStem().toString());
    return forms;
  }

  /** Whether the form is in the dictionary; cheaper than {@link #lookup} (no strings built). */
  boolean knows(String form) {
    return !lookups.get().lookup(form).isEmpty();
  }
}
