package ua.strichka.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Phrases looked for anywhere in a text, case-insensitively, the way a {@code (?iU)} regex
 * alternation would find them: characters compare equal when they fold (to upper, then to lower
 * case) to the same one. A regex retries its whole alternation at every position of the text; this
 * reads the text once, with a table of the characters any phrase can start with, and compares the
 * rest of a phrase only where one can start.
 */
final class Phrases {
  /** Every character's folding, looked up instead of asking {@link Character} twice a time. */
  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
    }
  }

  /**
   * The folded phrases by the low byte of their folded first character: where a phrase may start,
   * only those that can are compared (a text in Ukrainian has «о» and «и» in every other word).
   */
  private final char[][][] byFirst = new char[256][][];

  /** Every character that folds to the first character of some phrase. */
  private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

  /** Every character that folds to the second character of some phrase. */
  private final boolean[] seconds = new boolean[Character.MAX_VALUE + 1];

  Phrases(String... phrases) {
    List<char[]> f = new ArrayList<>();
    Stream.of(phrases).map(p -> fold(p).toCharArray()).forEach(f::add);
    List<char[]> folded = List.copyOf(f);
    for (char[] p : folded) {
      char[][] bucket = byFirst[p[0] & 0xFF];
      bucket = bucket == null ? new char[1][] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
      bucket[bucket.length - 1] = p;
      byFirst[p[0] & 0xFF] = bucket;
    }
    boolean[] first = new boolean[Character.MAX_VALUE + 1];
    boolean[] second = new boolean[Character.MAX_VALUE + 1];
    for (char[] p : folded) {
      first[p[0]] = true;
      if (p.length > 1) second[p[1]] = true;
      else java.util.Arrays.fill(second, true); // a one-character phrase: any second will do
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      starts[c] = first[c] || first[fold((char) c)];
      seconds[c] = second[c] || second[fold((char) c)];
    }
  }

  /** True when any phrase occurs in {@code text}. */
  boolean in(String text) {
    int n = text.length();
    // Read from a char array, as TextStats#shownLength does: every text node of a page passes here.
    char[] chars = n <= BUFFERED ? CHARS.get() : new char[n];
    text.getChars(0, n, chars, 0);
    return in(chars, n);
  }

  /** Where the first phrase in {@code text} starts, or -1 when none occurs. */
  int indexIn(String text) {
    int n = text.length();
    char[] chars = n <= BUFFERED ? CHARS.get() : new char[n];
    text.getChars(0, n, chars, 0);
    return first(chars, n);
  }

  /** True when any phrase occurs in the first {@code n} characters of {@code chars}. */
  boolean in(char[] chars, int n) {
    return first(chars, n) >= 0;
  }

  /** Where the first phrase in the first {@code n} characters of {@code chars} starts, or -1. */
  private int first(char[] chars, int n) {
    for (int i = 0; i < n; i++) {
      if (!starts[chars[i]]) continue;
      if (i + 1 < n && !seconds[chars[i + 1]]) continue;
      char[][] bucket = byFirst[FOLD[chars[i]] & 0xFF];
      if (bucket == null) continue;
      for (char[] p : bucket) if (at(chars, n, i, p)) return i;
    }
    return -1;
  }

  /** True when a phrase starts at {@code chars[i]}, in the first {@code n} characters. */
  boolean startsAt(char[] chars, int n, int i) {
    if (i >= n || !starts[chars[i]]) return false;
    char[][] bucket = byFirst[FOLD[chars[i]] & 0xFF];
    if (bucket == null) return false;
    for (char[] p : bucket) if (at(chars, n, i, p)) return true;
    return false;
  }

  private static final int BUFFERED = 4096;
  private static final ThreadLocal<char[]> CHARS =
      ThreadLocal.withInitial(() -> new char[BUFFERED]);

  /**
   * Whether {@code phrase} is at {@code text[i]}, soft hyphens in the text passed over: hyphenation
   * plugins put them into every long word of a page («Дже&amp;shy;ре&amp;shy;ло»), and a reader
   * sees the word whole.
   */
  private static boolean at(char[] text, int n, int i, char[] phrase) {
    if (i + phrase.length > n) return false;
    int j = i;
    for (int k = 0; k < phrase.length; k++, j++) {
      while (j < n && text[j] == SOFT_HYPHEN) j++;
      if (j == n) return false;
      char c = text[j];
      if (c != phrase[k] && FOLD[c] != phrase[k]) return false;
    }
    return true;
  }

  private static final char SOFT_HYPHEN = '\u00ad';

  /** The case folding of {@code (?iU)} regexes, one character at a time. */
  static char fold(char c) {
    return FOLD[c];
  }

  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) c[i] = fold(c[i]);
    return new String(c);
  }
}
