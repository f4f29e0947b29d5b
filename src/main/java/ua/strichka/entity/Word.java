package ua.strichka.entity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ua.strichka.text.Language;
import ua.strichka.text.Lemmatizer;
import ua.strichka.text.Reading;
import ua.strichka.text.TextNormalizer;
import ua.strichka.text.Token;

/**
 * A token with what the tagger asks of it: its readings, its shape, the punctuation around it, and
 * the keys it matches in the gazetteer. Built once per token, so rules never analyse a word twice.
 */
final class Word {
  final Token token;
  final int index;
  final String text;
  final String lower;
  final List<Reading> readings;

  /** Gazetteer keys: lemmas (Ukrainian) or the stem (Russian, English), and the word itself. */
  final List<String> keys;

  /** Raw text between the previous token and this one, and between this one and the next. */
  String before = "";

  String after = "";

  final boolean capitalized;
  final boolean upper;
  final boolean latin;
  final boolean initial;

  /** What the readings say, one bit each (see the constants): rules ask these for every word. */
  private final int flags;

  /** The cases of the noun and adjective readings, one bit per case of {@link #CASES}. */
  private final int cases;

  private static final int NOUN = 1;
  private static final int ADJ = 1 << 1; // an adjective that is no pronoun and no numeral
  private static final int ORDINAL = 1 << 2; // an adjective that is also a numeral
  private static final int VERB = 1 << 3;
  private static final int PREP = 1 << 4;
  private static final int CONJ = 1 << 5;
  private static final int PRON = 1 << 6;
  private static final int CONTENT = 1 << 7; // some noun, adjective or numeral reading
  private static final int PROPER = 1 << 8;
  private static final int FNAME = 1 << 9;
  private static final int LNAME = 1 << 10;
  private static final int PATR = 1 << 11;
  private static final int GEO = 1 << 12;
  private static final int PROPER_OTHER = 1 << 13;
  private static final int COMMON = 1 << 14;
  private static final int PLURAL = 1 << 15;
  private static final int NOMINATIVE = 1 << 16;
  private static final int ADJ_ANY = 1 << 17;

  static final String[] CASES = {"v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"};

  private Word(Token token, int index, Form form) {
    this.token = token;
    this.index = index;
    this.text = form.text;
    this.lower = form.lower;
    this.capitalized = token.capitalized();
    this.upper = token.kind() == Token.Kind.ABBREVIATION;
    this.latin = form.latin;
    this.initial = text.length() == 1 && capitalized;
    this.readings = form.readings;
    this.keys = form.keys;
    this.flags = form.flags;
    this.cases = form.cases;
  }

  /**
   * What a word form says whatever its place in the text: its readings and what they add up to.
   * News vocabulary is Zipfian, so forms are analysed once and kept in a bounded cache.
   */
  private record Form(
      String text,
      String lower,
      boolean latin,
      List<Reading> readings,
      List<String> keys,
      int flags,
      int cases) {

    static Form of(String raw, Language language) {
      String text = TextNormalizer.word(raw);
      String lower = text.toLowerCase(Locale.ROOT);
      Lemmatizer lemmatizer = Lemmatizer.of(language);
      boolean number = !raw.isEmpty() && Character.isDigit(raw.charAt(0)) && isNumber(raw);
      List<Reading> readings = number ? List.of() : lemmatizer.readings(text);
      List<String> k = new ArrayList<>(3);
      int f = 0;
      int c = 0;
      if (language == Language.UK) {
        String lastLemma = null;
        for (Reading r : readings) {
          String lemma = r.lemma();
          if (lemma != lastLemma) { // readings of one lemma share its string
            String key = lowerCase(lemma);
            if (!k.contains(key)) k.add(key);
            lastLemma = lemma;
          }
          int rf = TAG_FLAGS.computeIfAbsent(r.tags(), t -> tagFlags(r));
          if ((rf & PROPER) == 0 && Character.isLowerCase(lemma.codePointAt(0))) rf |= COMMON;
          f |= rf;
          if ((rf & (NOUN | ADJ_ANY)) != 0) c |= caseBits(r.tags());
        }
      } else {
        k.add(lemmatizer.lemma(text));
      }
      if (!k.contains(lower)) k.add(lower);
      if (language == Language.UK && readings.isEmpty()) guessed(lower, k);
      return new Form(text, lower, isLatin(text), readings, List.copyOf(k), f, c);
    }
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Integer> TAG_FLAGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Map<Language, Cache<String, Form>> FORMS =
      new java.util.EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      FORMS.put(l, Caffeine.newBuilder().maximumSize(50_000).build());
    }
  }

  /**
   * Nominatives a word the dictionary lacks may have, for the gazetteer only («Джидді» → джидда):
   * the common case endings of feminine and masculine nouns.
   */
  private static void guessed(String lower, List<String> keys) {
    if (lower.length() < 5) return;
    String[][] endings = {
      {"ою", "а"}, {"ею", "я"}, {"ові", ""}, {"еві", ""}, {"ом", ""}, {"ем", ""}, {"і", "а"},
      {"і", "я"}, {"у", "а"}, {"ю", "я"}, {"и", "а"}, {"а", ""}, {"у", ""}, {"і", ""}
    };
    for (String[] e : endings) {
      if (lower.endsWith(e[0])) {
        String key = lower.substring(0, lower.length() - e[0].length()) + e[1];
        if (!keys.contains(key)) keys.add(key);
      }
    }
  }

  private static boolean isNumber(String raw) {
    for (int i = 0; i < raw.length(); i++) if (Character.isLetter(raw.charAt(i))) return false;
    return true;
  }

  private static int tagFlags(Reading r) {
    String tags = r.tags();
    int f = 0;
    if (tags.startsWith("noun")) {
      f |= NOUN | CONTENT;
    } else if (tags.startsWith("adj")) {
      f |= ADJ_ANY | CONTENT;
      if (!r.hasTag("&pron")) f |= r.hasTag("&numr") ? ORDINAL : ADJ;
      else f |= PRON;
    } else if (tags.startsWith("numr")) {
      f |= CONTENT;
    } else if (tags.startsWith("verb")) {
      f |= VERB;
    } else if (tags.startsWith("prep")) {
      f |= PREP;
    } else if (tags.startsWith("conj")) {
      f |= CONJ;
    } else if (tags.startsWith("pron")) {
      f |= PRON;
    }
    if (r.isProper()) {
      f |= PROPER;
      boolean fname = r.hasTag("fname");
      boolean lname = r.hasTag("lname");
      boolean patr = r.hasTag("patr");
      boolean geo = r.hasTag("geo");
      if (fname) f |= FNAME;
      if (lname) f |= LNAME;
      if (patr) f |= PATR;
      if (geo) f |= GEO;
      if (!fname && !lname && !patr && !geo) f |= PROPER_OTHER;
    }
    if (r.hasTag("p")) f |= PLURAL;
    if (r.hasTag("v_naz")) f |= NOMINATIVE;
    return f;
  }

  private static int caseBits(String tags) {
    int bits = 0;
    for (int i = 0; i < CASES.length; i++) if (tags.contains(CASES[i])) bits |= 1 << i;
    return bits;
  }

  private static String lowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) return s.toLowerCase(Locale.ROOT);
    }
    return s;
  }

  /** The words of a text, with the punctuation between them. */
  static List<Word> of(String source, List<Token> tokens, Language language) {
    List<Word> words = new ArrayList<>(tokens.size());
    Cache<String, Form> forms = FORMS.get(language);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Form form = forms.get(t.text(), raw -> Form.of(raw, language));
      words.add(new Word(t, i, form));
    }
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      int from = i == 0 ? Math.max(0, w.token.start() - 8) : words.get(i - 1).token.end();
      w.before = source.substring(from, w.token.start());
      int to =
          i + 1 < words.size()
              ? words.get(i + 1).token.start()
              : Math.min(source.length(), w.token.end() + 8);
      w.after = source.substring(w.token.end(), to);
    }
    return words;
  }

  int start() {
    return token.start();
  }

  int end() {
    return token.end();
  }

  boolean sentenceStart() {
    return token.sentenceStart();
  }

  boolean isNumber() {
    return token.kind() == Token.Kind.NUMBER;
  }

  /** Only spaces between this word and the next: no comma, dash, quote or full stop. */
  boolean joinedToNext() {
    return after.isBlank() && after.indexOf('\n') < 0;
  }

  /** A quotation mark opens right before the word: «Полинь». */
  boolean opensQuote() {
    String b = before.stripTrailing();
    return !b.isEmpty() && isOpeningQuote(b.charAt(b.length() - 1));
  }

  /**
   * A quotation mark closes right after the word. A space may come first before a mark that only
   * closes («Полинь »: tokenised text spaces out punctuation); a straight quote after a space
   * opens.
   */
  boolean closesQuote() {
    String a = after.stripLeading();
    if (a.isEmpty() || !isClosingQuote(a.charAt(0))) return false;
    return !after.startsWith(" ") || a.charAt(0) == '»' || a.charAt(0) == '”';
  }

  boolean hasReading() {
    return !readings.isEmpty();
  }

  /**
   * An initial with its full stop: right after the letter («В. І.»), or alone between spaces as
   * tokenised text writes it («В . І .»).
   */
  boolean initialWithDot() {
    return initial
        && (after.startsWith(".") || after.startsWith(" .") && after.strip().equals("."));
  }

  /** Some reading has this tag; for the few tags the flags do not cover. */
  boolean has(String tag) {
    if (tag.equals("p")) return (flags & PLURAL) != 0;
    if (tag.equals("v_naz")) return (flags & NOMINATIVE) != 0;
    for (Reading r : readings) if (r.hasTag(tag)) return true;
    return false;
  }

  /** Some reading is a proper name with this tag ({@code fname}, {@code lname}, {@code geo}). */
  boolean proper(String tag) {
    return switch (tag) {
      case "fname" -> (flags & FNAME) != 0;
      case "lname" -> (flags & LNAME) != 0;
      case "patr" -> (flags & PATR) != 0;
      case "geo" -> (flags & GEO) != 0;
      default -> throw new IllegalArgumentException(tag);
    };
  }

  boolean proper() {
    return (flags & PROPER) != 0;
  }

  /** A proper name that is no person and no place: an organisation, as dict_uk tags them. */
  boolean properOther() {
    return (flags & PROPER_OTHER) != 0;
  }

  /** Some reading is an ordinary (lower-case) word: «Надія» is also hope. */
  boolean common() {
    return (flags & COMMON) != 0;
  }

  boolean noun() {
    return (flags & NOUN) != 0;
  }

  /** An adjective that can be part of a name: not a pronoun («та», «цей»), not a numeral. */
  boolean adjective() {
    return (flags & ADJ) != 0;
  }

  /** An adjective that is also a numeral: «Першого». */
  boolean ordinal() {
    return (flags & ORDINAL) != 0;
  }

  /** Any adjective reading, pronouns and numerals included. */
  boolean anyAdjective() {
    return (flags & ADJ_ANY) != 0;
  }

  boolean verb() {
    return (flags & VERB) != 0;
  }

  boolean preposition() {
    return (flags & PREP) != 0;
  }

  boolean conjunction() {
    return (flags & CONJ) != 0;
  }

  boolean pronoun() {
    return (flags & PRON) != 0;
  }

  /** Some reading has this lemma (case-insensitive). */
  boolean lemma(Set<String> lemmas) {
    for (String k : keys) if (lemmas.contains(k)) return true;
    return false;
  }

  /** Some noun or adjective reading is in this case ({@code v_rod}). */
  /** Whether the two words have a case in common (noun and adjective readings). */
  boolean sharesCase(Word other) {
    return (cases & other.cases) != 0;
  }

  boolean inCase(String caseTag) {
    for (int i = 0; i < CASES.length; i++) {
      if (CASES[i].equals(caseTag)) return (cases & (1 << i)) != 0;
    }
    return false;
  }

  /** A verb, adverb, preposition, conjunction or the like: what never belongs to a name. */
  boolean functionWordOnly() {
    return !readings.isEmpty() && (flags & CONTENT) == 0;
  }

  @Override
  public String toString() {
    return text;
  }

  static boolean isOpeningQuote(char c) {
    return c == '«' || c == '“' || c == '„' || c == '"';
  }

  static boolean isClosingQuote(char c) {
    return c == '»' || c == '”' || c == '"' || c == '“';
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) return c < 0x250;
    }
    return false;
  }
}
