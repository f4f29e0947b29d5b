package ua.strichka.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Ukrainian lemmas and tags from {@link UkrainianDictionary}, behind a bounded cache of hot words
 * (a lookup costs ~2 µs, a cache hit ~0.05 µs, and news vocabulary is Zipfian: see {@code strichka
 * bench text}).
 *
 * <p>How a form is looked up: as written, then lower-cased (sentence-initial «Вибухи»), then, for
 * all-capitals headline words, capitalised («КИЇВ» → «Київ»); an unknown hyphenated compound takes
 * the analysis of its last part («Індо-Тихоокеанського» → «Індо-Тихоокеанський»), since Ukrainian
 * compounds inflect at the end.
 *
 * <p>How the most likely reading is chosen, without context: standard spellings before those the
 * dictionary marks {@code bad}, {@code rare}, {@code alt}, {@code subst}, …; readings of the form
 * as written before those of its lower-case form; nouns (proper names included) before other parts
 * of speech, as news text is noun-heavy and names matter most downstream; then a reading whose
 * lemma is the form itself («та» the conjunction, not «той»); then adjectives, numerals, verbs,
 * adverbs, the rest; then dictionary order.
 */
final class UkrainianLemmatizer implements Lemmatizer {
  static final int CACHE_SIZE = 50_000;

  private static final class Holder {
    static final UkrainianLemmatizer SHARED =
        new UkrainianLemmatizer(UkrainianDictionary.shared(), CACHE_SIZE);
  }

  private static final String[] NON_STANDARD = {
    "rare", "alt", "subst", "arch", "obsc", "slang", "vulg", "coll", "ua_1992"
  };

  private static final String[] CASES = {
    "v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"
  };

  private final UkrainianDictionary dictionary;
  private final Cache<String, List<Reading>> cache;

  UkrainianLemmatizer(UkrainianDictionary dictionary, int cacheSize) {
    this.dictionary = dictionary;
    this.cache = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
  }

  static UkrainianLemmatizer shared() {
    return Holder.SHARED;
  }

  @Override
  public List<Reading> readings(String word) {
    String form = TextNormalizer.word(word);
    if (form.isEmpty()) return List.of();
    return cache == null ? analyse(form) : cache.get(form, this::analyse);
  }

  @Override
  public String lemma(String word) {
    List<Reading> readings = readings(word);
    return readings.isEmpty() ? TextNormalizer.word(word) : readings.get(0).lemma();
  }

  private List<Reading> analyse(String form) {
    List<Reading> exact = dictionary.lookup(form);
    String lower = form.toLowerCase(Locale.ROOT);
    if (!lower.equals(form) && form.equals(form.toUpperCase(Locale.ROOT))) {
      // a headline in capitals: «КИЄВІ» is «Києві» (Київ) before «києві» (кий)
      int first = Character.charCount(form.codePointAt(0));
      exact = concat(exact, dictionary.lookup(form.substring(0, first) + lower.substring(first)));
    }
    List<Reading> all = lower.equals(form) ? exact : concat(exact, dictionary.lookup(lower));
    if (all.isEmpty()) all = compound(form);
    if (all.size() < 2) return all;
    long[] keys = new long[all.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (long) rank(all.get(i), form, i < exact.size()) << 32 | i;
    }
    Arrays.sort(keys);
    Reading[] sorted = new Reading[keys.length];
    for (int i = 0; i < keys.length; i++) sorted[i] = all.get((int) keys[i]);
    return List.of(sorted);
  }

  /**
   * An unknown compound: the last part analysed, the first kept («ракетно-дронового» →
   * «ракетно-дроновий»), or, when both are nouns in the same case and number, both
   * («шкіл-інтернатів» → «школа-інтернат»).
   */
  private List<Reading> compound(String form) {
    int hyphen = form.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == form.length() - 1) return List.of();
    String last = form.substring(hyphen + 1);
    String first = form.substring(0, hyphen);
    boolean capital = Character.isUpperCase(last.codePointAt(0));
    // analyse, not readings: a cache must not be updated from inside its own computation
    List<Reading> lastReadings = analyse(last);
    if (lastReadings.isEmpty()) return List.of();
    List<Reading> firstReadings = first.indexOf('-') < 0 ? analyse(first) : List.of();
    List<Reading> agreeing = new ArrayList<>();
    List<Reading> others = new ArrayList<>();
    for (Reading r : lastReadings) {
      String lemma = r.lemma();
      if (capital && Character.isLowerCase(lemma.codePointAt(0))) {
        int n = Character.charCount(lemma.codePointAt(0));
        lemma = lemma.substring(0, n).toUpperCase(Locale.ROOT) + lemma.substring(n);
      }
      String head = agreeing(firstReadings, r);
      (head == null ? others : agreeing)
          .add(new Reading((head == null ? first : head) + "-" + lemma, r.tags()));
    }
    agreeing.addAll(others);
    return List.copyOf(agreeing);
  }

  /** The lemma of the first part agreeing with a noun last part, else null. */
  private static String agreeing(List<Reading> firstReadings, Reading last) {
    if (!last.partOfSpeech().equals("noun")) return null;
    for (Reading f : firstReadings) {
      if (f.partOfSpeech().equals("noun") && sameCaseAndNumber(f, last)) return f.lemma();
    }
    return null;
  }

  private static boolean sameCaseAndNumber(Reading a, Reading b) {
    for (String c : CASES) {
      if (a.hasTag(c) != b.hasTag(c)) return false;
    }
    return a.hasTag("p") == b.hasTag("p");
  }

  /** Lower ranks first; see the class comment. */
  private static int rank(Reading r, String form, boolean asWritten) {
    int quality = r.hasTag("bad") ? 2 : nonStandard(r) ? 1 : 0;
    String pos = r.partOfSpeech();
    int posRank =
        switch (pos) {
          case "adj" -> 0;
          case "numr" -> 1;
          case "verb" -> 2;
          case "adv" -> 3;
          default -> 4;
        };
    return quality * 10_000
        + (asWritten ? 0 : 1_000)
        + (pos.equals("noun") ? 0 : 100)
        + (r.lemma().equalsIgnoreCase(form) ? 0 : 10)
        + posRank;
  }

  private static boolean nonStandard(Reading r) {
    for (String tag : NON_STANDARD) {
      if (r.hasTag(tag)) return true;
    }
    return false;
  }

  private static List<Reading> concat(List<Reading> a, List<Reading> b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    List<Reading> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
