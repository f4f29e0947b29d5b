package ua.strichka.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words and numbers with offsets and marks where sentences begin.
 *
 * <p>Hand-written rather than {@link java.text.BreakIterator} or Lucene's StandardTokenizer: both
 * split «Індо-Тихоокеанський» at the hyphen, neither keeps Ukrainian apostrophes other than U+0027
 * inside a word, and neither knows that «с. Комарів» or «В. І. Вернадський» do not end a sentence.
 * One pass over the chars, no regular expressions: this runs on every article.
 */
public final class Tokens {
  /**
   * Abbreviations that stand before a name, so a capital after their dot does not open a sentence
   * («с. Комарів», «вул. Хрещатик», «проф. Іваненко», «Dr. Smith»). Abbreviations that may end a
   * sentence («тис.», «грн.», «р.») are left out on purpose.
   */
  private static final Set<String> BEFORE_NAMES =
      Set.of(
          "с", "м", "смт", "сел", "вул", "просп", "пров", "пл", "бульв", "обл", "р-н", "ім", "св",
          "проф", "акад", "доц", "ген", "полк", "лейт", "д-р", "ул", "пос", "им", "mr", "mrs", "ms",
          "dr", "st", "prof", "gen", "col", "lt", "sgt", "sen", "rep", "gov");

  private Tokens() {}

  /** The words, numbers and abbreviations of {@code text}, in order. */
  public static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 7 + 4);
    Word word = new Word(text);
    int sentence = 0;
    Token previous = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      boolean starts =
          Character.isSurrogate(c)
              ? Character.isLetterOrDigit(text.codePointAt(i))
              : Character.isLetterOrDigit(c);
      if (!starts) {
        i++;
        continue;
      }
      int end = word.scan(i);
      boolean opens = previous == null || opensSentence(text, previous, i);
      if (opens && previous != null) sentence++;
      previous = new Token(text.substring(i, end), i, end, word.kind(), sentence, opens);
      tokens.add(previous);
      i = end;
    }
    return tokens;
  }

  /** Apostrophes seen inside Ukrainian and English words: ' ’ ʼ ‘ ` ´. */
  static boolean isApostrophe(int c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`' || c == '´';
  }

  static boolean isHyphen(int c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  /** Chars that are invisible inside a word: soft hyphen, zero-width space/joiners, BOM. */
  static boolean isInvisible(int c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }

  /** Scans one word, counting its letters on the way to tell its kind. */
  private static final class Word {
    private final String text;
    private int letters;
    private boolean lower;

    Word(String text) {
      this.text = text;
    }

    /** The end of the word starting at {@code start}. */
    int scan(int start) {
      letters = 0;
      lower = false;
      int n = text.length();
      int i = start;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          letters++;
          lower |= !Character.isUpperCase(cp);
          i += Character.charCount(cp);
          continue;
        }
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER
            || type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK) {
          i += Character.charCount(cp);
          continue;
        }
        if (i == start || !joins(cp, i)) break;
        i++;
        while (isInvisible(text.charAt(i))) i++;
      }
      return i;
    }

    /**
     * Whether the char at {@code i} joins the chars around it into one word: an apostrophe between
     * letters, a hyphen between letters or digits, a decimal point or comma between digits, an
     * invisible char (soft hyphen, zero-width) before a letter or digit.
     */
    private boolean joins(int cp, int i) {
      int j = i + 1;
      while (j < text.length() && isInvisible(text.charAt(j))) j++;
      if (j >= text.length()) return false;
      int before = text.codePointBefore(i);
      int after = text.codePointAt(j);
      if (isInvisible(cp)) return Character.isLetterOrDigit(after);
      if (isApostrophe(cp)) return Character.isLetter(before) && Character.isLetter(after);
      if (isHyphen(cp))
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
      return (cp == '.' || cp == ',') && Character.isDigit(before) && Character.isDigit(after);
    }

    Token.Kind kind() {
      if (letters == 0) return Token.Kind.NUMBER;
      return letters >= 2 && !lower ? Token.Kind.ABBREVIATION : Token.Kind.WORD;
    }
  }

  /**
   * Whether the token at {@code next} opens a sentence, judging by the gap after {@code previous}:
   * a blank line; a line break before a capital, a list dash or after punctuation; a full stop,
   * «!», «?» or «…» before a capital or digit unless the dot closes an initial or an abbreviation
   * that precedes names; a colon opening quoted speech («сказав: «Ми…»).
   */
  private static boolean opensSentence(String text, Token previous, int next) {
    int newlines = 0;
    boolean terminal = false;
    boolean onlyOneDot = true;
    boolean colon = false;
    boolean quoteAfterColon = false;
    boolean dashAfterNewline = false;
    for (int i = previous.end(); i < next; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> newlines++;
        case '.' -> {
          onlyOneDot &= !terminal;
          terminal = true;
        }
        case '!', '?', '…' -> {
          terminal = true;
          onlyOneDot = false;
        }
        case ':' -> colon = true;
        case '«', '“', '„', '"' -> quoteAfterColon |= colon;
        case '—', '–', '-', '•', '*' -> dashAfterNewline |= newlines > 0;
        default -> {}
      }
    }
    if (newlines >= 2) return true;
    int first = text.codePointAt(next);
    boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
    if (newlines == 1) return capital || terminal || colon || dashAfterNewline;
    if (terminal && capital) {
      boolean dotRightAfter = text.charAt(previous.end()) == '.' && onlyOneDot;
      return !(dotRightAfter && precedesNames(previous));
    }
    return colon && quoteAfterColon && capital;
  }

  private static boolean precedesNames(Token token) {
    String t = token.text();
    boolean initial =
        t.codePointCount(0, t.length()) == 1 && Character.isUpperCase(t.codePointAt(0));
    return initial
        || (token.kind() == Token.Kind.WORD
            && t.length() <= 6
            && BEFORE_NAMES.contains(t.toLowerCase(Locale.ROOT)));
  }
}
