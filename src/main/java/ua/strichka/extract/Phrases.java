package ua.strichka.extract;

import java.util.List;
import java.util.stream.Stream;

/**
 * Phrases looked for anywhere in a short text, case-insensitively, the way a {@code (?iU)} regex
 * alternation would find them: both sides folded per character (upper, then lower case), then plain
 * {@link String#indexOf}. A regex retries its whole alternation at every position of the text; this
 * reads the text once per phrase, with the JDK's vectorised search.
 */
final class Phrases {
  private final List<String> folded;

  Phrases(String... phrases) {
    this.folded = Stream.of(phrases).map(Phrases::fold).toList();
  }

  /** True when any phrase occurs in {@code text}. */
  boolean in(String text) {
    String t = fold(text);
    for (String p : folded) if (t.indexOf(p) >= 0) return true;
    return false;
  }

  /** The case folding of {@code (?iU)} regexes, one character at a time. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(Character.toUpperCase(c[i]));
    return new String(c);
  }
}
