package ua.strichka.text;

import java.text.Normalizer;

/**
 * Text in one canonical spelling, so copies of an article that differ only in typography hash
 * alike, and words in the spelling the dictionary uses.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * Text for content hashing: Unicode NFKC (ligatures, full-width forms, «…» as «...»), lower case,
   * every quote as {@code "}, every apostrophe as {@code '}, every dash and hyphen as {@code -},
   * runs of white space (NBSP, thin and narrow spaces, line breaks) as one space, no soft hyphens,
   * zero-width chars or stress marks, trimmed.
   */
  public static String forHashing(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (Tokens.isInvisible(cp) || isStressMark(cp, out)) continue;
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(canonical(Character.toLowerCase(cp)));
    }
    return out.toString();
  }

  /**
   * A word as the Ukrainian dictionary spells it: apostrophes ’ ʼ ‘ ` ´ as ', hyphen variants as -,
   * no soft hyphens, zero-width chars or stress marks; case kept. Returns {@code word} itself when
   * nothing changes, which is almost always.
   */
  public static String word(String word) {
    int i = 0;
    while (i < word.length() && !needsWork(word.charAt(i))) i++;
    if (i == word.length()) return word;
    StringBuilder out = new StringBuilder(word.length()).append(word, 0, i);
    for (; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Tokens.isInvisible(c) || isStressMark(c, out)) continue;
      out.append(Tokens.isApostrophe(c) ? '\'' : Tokens.isHyphen(c) ? '-' : c);
    }
    return out.toString();
  }

  /** Whether {@link #word} changes the char; Cyrillic and ASCII letters leave on the first test. */
  private static boolean needsWork(char c) {
    if (c < 0x2000) {
      return c >= 0x60
          && (c == '`' || c == '´' || c == '\u00AD' || c == 'ʼ' || c == '\u0300' || c == '\u0301');
    }
    return c <= 0x2060 && (Tokens.isApostrophe(c) || Tokens.isHyphen(c) || Tokens.isInvisible(c))
        || c == '\uFEFF';
  }

  /** A combining acute or grave over a Cyrillic vowel marks stress, not a different letter. */
  private static boolean isStressMark(int cp, CharSequence before) {
    return (cp == '\u0301' || cp == '\u0300')
        && before.length() > 0
        && Character.UnicodeScript.of(before.charAt(before.length() - 1))
            == Character.UnicodeScript.CYRILLIC;
  }

  private static int canonical(int cp) {
    return switch (cp) {
      case '«', '»', '“', '”', '„', '‟', '‹', '›', '〝', '〞' -> '"';
      case '’', '‘', '‚', '‛', 'ʼ', '`', '´', '′' -> '\'';
      case '‐', '‑', '‒', '–', '—', '―', '−', '⁃' -> '-';
      default -> cp;
    };
  }
}
