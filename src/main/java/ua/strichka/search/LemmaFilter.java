package ua.strichka.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each (lowercased) word by every lemma the morfologik dictionary gives it, stacked at the
 * word's position; a word the dictionary does not know passes unchanged.
 *
 * <p>This does what Lucene's {@code MorfologikFilter} does inside {@code
 * UkrainianMorfologikAnalyzer}, with two differences that matter for search. Lemmas are lowercased
 * and deduplicated ({@code MorfologikFilter} emits the dictionary's case, so «Київ» and «київ» are
 * two terms and a query typed in lower case misses capitalised lemmas). And the lemma lists are
 * cached: {@code MorfologikFilter} decodes and splits the morphological tags of every token, which
 * we never use; news text is Zipfian, so a cache of the frequent forms makes analysis — the bulk of
 * indexing time — four to six times faster (measured on the sample corpus). Each filter (one per
 * thread) keeps its own map of char arrays, so a cached word costs no string; behind it a map all
 * threads share keeps a new thread from starting cold.
 */
final class LemmaFilter extends TokenFilter {
  /** Forms cached across all filters of one analyzer; cleared when full (cheap to refill). */
  static final int CACHE_LIMIT = 200_000;

  /** Forms cached by one filter (one thread), looked up without making a string. */
  static final int LOCAL_LIMIT = 50_000;

  private static final String[] UNKNOWN = new String[0];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final DictionaryLookup lookup;
  private final Map<String, String[]> cache;
  private final CharArrayMap<String[]> local = new CharArrayMap<>(1024, false);
  private String[] pending;
  private int next;
  private State word;

  LemmaFilter(TokenStream input, Dictionary dictionary, Map<String, String[]> cache) {
    super(input);
    this.lookup = new DictionaryLookup(dictionary);
    this.cache = cache;
  }

  static Map<String, String[]> newCache() {
    return new ConcurrentHashMap<>();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null && next < pending.length) {
      restoreState(word);
      term.setEmpty().append(pending[next++]);
      position.setPositionIncrement(0);
      return true;
    }
    pending = null;
    if (!input.incrementToken()) return false;
    if (keyword.isKeyword()) return true;
    String[] lemmas = local.get(term.buffer(), 0, term.length());
    if (lemmas == null) {
      String form = term.toString();
      lemmas = lemmas(form);
      if (local.size() >= LOCAL_LIMIT) local.clear();
      local.put(form, lemmas);
    }
    if (lemmas.length == 0) return true;
    term.setEmpty().append(lemmas[0]);
    if (lemmas.length > 1) {
      word = captureState();
      pending = lemmas;
      next = 1;
    }
    return true;
  }

  private String[] lemmas(String form) {
    String[] cached = cache.get(form);
    if (cached != null) return cached;
    List<WordData> found = lookup.lookup(form);
    String[] lemmas = UNKNOWN;
    if (!found.isEmpty()) {
      List<String> distinct = new ArrayList<>(found.size());
      for (WordData w : found) {
        String lemma = w.getStem().toString().toLowerCase(Locale.ROOT);
        if (!distinct.contains(lemma)) distinct.add(lemma);
      }
      lemmas = distinct.toArray(String[]::new);
    }
    if (cache.size() >= CACHE_LIMIT) cache.clear();
    cache.put(form, lemmas);
    return lemmas;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    word = null;
  }
}
