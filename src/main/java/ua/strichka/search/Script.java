package ua.strichka.search;

import java.util.List;

/**
 * Which words a language's text can contain, judged by their letters: Ukrainian has і, ї, є, ґ and
 * no ы, э, ъ, ё; Russian the reverse; English text is Latin. A query word that cannot occur in a
 * language's articles is not looked up in that language's fields — most Ukrainian queries then
 * search only the Ukrainian fields, a third of the term look-ups of searching all three.
 */
final class Script {
  private Script() {}

  /** Whether any alternative of the group can occur in text of {@code lang}. */
  static boolean possible(Lang lang, List<Query.Clause> group) {
    for (Query.Clause c : group) {
      if (possible(lang, c.text())) return true;
    }
    return false;
  }

  static boolean possible(Lang lang, String word) {
    return switch (lang) {
      case UK -> !has(word, "ыЫэЭъЪёЁ");
      case RU -> !has(word, "іІїЇєЄґҐ");
      case EN -> word.codePoints().anyMatch(c -> c < 0x0400 && Character.isLetterOrDigit(c));
    };
  }

  private static boolean has(String word, String letters) {
    for (int i = 0; i < word.length(); i++) {
      if (letters.indexOf(word.charAt(i)) >= 0) return true;
    }
    return false;
  }
}
