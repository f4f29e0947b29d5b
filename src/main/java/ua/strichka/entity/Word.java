package ua.strichka.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ua.strichka.text.Lemmatizer;
import ua.strichka.text.Reading;
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
  final Set<String> keys;

  /** Raw text between the previous token and this one, and between this one and the next. */
  String before = "";

  String after = "";

  final boolean capitalized;
  final boolean upper;
  final boolean latin;
  final boolean initial;

  private Word(Token token, int index, Lemmatizer lemmatizer, boolean ukrainian) {
    this.token = token;
    this.index = index;
    this.text = token.normalized();
    this.lower = text.toLowerCase(Locale.ROOT);
    this.capitalized = token.capitalized();
    this.upper = token.kind() == Token.Kind.ABBREVIATION;
    this.latin = isLatin(text);
    this.initial = text.length() == 1 && capitalized;
    this.readings = token.kind() == Token.Kind.NUMBER ? List.of() : lemmatizer.readings(text);
    Set<String> k = new LinkedHashSet<>(4);
    if (ukrainian) {
      for (Reading r : readings) k.add(r.lemma().toLowerCase(Locale.ROOT));
    } else {
      k.add(lemmatizer.lemma(text));
    }
    k.add(lower);
    this.keys = k;
  }

  /** The words of a text, with the punctuation between them. */
  static List<Word> of(String source, List<Token> tokens, Lemmatizer lemmatizer, boolean uk) {
    List<Word> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      words.add(new Word(tokens.get(i), i, lemmatizer, uk));
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

  /** A quotation mark closes right after the word. */
  boolean closesQuote() {
    String a = after.stripLeading();
    return !a.isEmpty() && isClosingQuote(a.charAt(0)) && !after.startsWith(" ");
  }

  boolean hasReading() {
    return !readings.isEmpty();
  }

  boolean has(String tag) {
    for (Reading r : readings) if (r.hasTag(tag)) return true;
    return false;
  }

  /** Some reading is a proper name with this tag ({@code fname}, {@code lname}, {@code geo}). */
  boolean proper(String tag) {
    for (Reading r : readings) if (r.isProper() && r.hasTag(tag)) return true;
    return false;
  }

  boolean proper() {
    for (Reading r : readings) if (r.isProper()) return true;
    return false;
  }

  /** A proper name that is no person and no place: an organisation, as dict_uk tags them. */
  boolean properOther() {
    for (Reading r : readings) {
      if (r.isProper()
          && !r.hasTag("geo")
          && !r.hasTag("fname")
          && !r.hasTag("lname")
          && !r.hasTag("patr")) return true;
    }
    return false;
  }

  /** Some reading is an ordinary (lower-case) word: «Надія» is also hope. */
  boolean common() {
    for (Reading r : readings) {
      if (!r.isProper() && Character.isLowerCase(r.lemma().codePointAt(0))) return true;
    }
    return false;
  }

  boolean pos(String partOfSpeech) {
    for (Reading r : readings) if (r.partOfSpeech().equals(partOfSpeech)) return true;
    return false;
  }

  /** Some reading has this lemma (case-insensitive). */
  boolean lemma(Set<String> lemmas) {
    for (String k : keys) if (lemmas.contains(k)) return true;
    return false;
  }

  /** Some noun or adjective reading is in this case ({@code v_rod}). */
  boolean inCase(String caseTag) {
    for (Reading r : readings) {
      String p = r.partOfSpeech();
      if ((p.equals("noun") || p.equals("adj")) && r.hasTag(caseTag)) return true;
    }
    return false;
  }

  /** A verb, adverb, preposition, conjunction or the like: what never belongs to a name. */
  boolean functionWordOnly() {
    if (readings.isEmpty()) return false;
    for (Reading r : readings) {
      String p = r.partOfSpeech();
      if (p.equals("noun") || p.equals("adj") || p.equals("numr")) return false;
    }
    return true;
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
