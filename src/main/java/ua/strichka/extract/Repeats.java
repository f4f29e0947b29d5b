package ua.strichka.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a paragraph that comes twice because of layout from one its author repeats. Layout doubles
 * a paragraph beside itself (a standfirst printed again as the text's first line, perhaps past a
 * date line that goes) or prints a run of the text twice (two copies of the body in one container);
 * an author brings a paragraph back after other text or a heading (a refrain, a question asked
 * again). Short lines (headings, labels) are not judged: they repeat for good reasons. Nor is a
 * paragraph whose element is the twin of its copy's, side by side in one container ({@link
 * BodyText#twins}): layout doubles a paragraph in another box or another dress, never so; filler
 * text and a refrain set line after line are.
 */
final class Repeats {
  static final int LONG = 40;

  /** A kept paragraph: the marks counted once its latest copy was kept; its first copy's place. */
  private record Copy(int marks, int ordinal) {}

  private final Map<String, Copy> kept = new HashMap<>();

  /** Long paragraphs and headings kept so far: what stands between two copies. */
  private int marks;

  /** Distinct long paragraphs kept: the place the next new one takes. */
  private int longs;

  /** The first copy's place of the repeat kept or dropped last, while a run of repeats goes on. */
  private int runAt = -1;

  /**
   * The most copies of one paragraph set side by side that a page itself repeats (filler text, a
   * refrain); a longer run is a generated page (one table row streamed for megabytes), and its
   * copies go as layout doubles do.
   */
  static final int MOST_TWINS = 10;

  /**
   * Each block's {@link BodyText.Block#twin} flag, cleared in runs of more than {@link #MOST_TWINS}
   * copies.
   */
  static boolean[] twins(List<BodyText.Block> blocks) {
    boolean[] out = new boolean[blocks.size()];
    int i = 0;
    while (i < blocks.size()) {
      int j = i + 1;
      while (j < blocks.size() && blocks.get(j).twin()) j++;
      boolean repeated = j - i <= MOST_TWINS;
      for (int k = i + 1; k < j; k++) out[k] = repeated;
      i = j;
    }
    return out;
  }

  /**
   * Whether this long paragraph ({@link Titles#normal} form) is a layout double: beside its last
   * copy, or the next paragraph of a text that is being printed a second time; {@code twin}: its
   * element is its copy's twin ({@link BodyText#twins}), so the page repeats it, not its layout.
   */
  boolean isDouble(String normal, boolean twin) {
    Copy c = kept.get(normal);
    if (c == null) return false;
    if (c.marks() == marks && !twin || (runAt >= 0 && c.ordinal() == runAt + 1)) {
      runAt = c.ordinal();
      return true;
    }
    return false;
  }

  /** The share of words two long paragraphs side by side share to be one paragraph twice. */
  static final double REWORDED = 0.9;

  /**
   * Whether {@code normal} ({@link Titles#normal} form) is the paragraph {@code before} (the one
   * kept just before it) again with a word or two changed: a summary box or standfirst that prints
   * the text's first paragraph as an earlier draft had it («…on September 11, 2001» over «…2011»).
   * Layout prints it twice; no author writes the same long paragraph twice in a row with one word
   * changed, and a text that develops its lead adds sentences. Layout prints the copies in two
   * boxes; two paragraphs alike in one container are the page's own run of templated paragraphs
   * («Regarding item# 11111, …», «Regarding item# 22222, …»), which the caller keeps. The words
   * must stand in the same order, all but a few at the start or the end: two examples of one
   * formula («Example 1: 110^010 = 100», «Example 2: 100^010 = 110») share their words, not their
   * order. A draft starts as the text does: items of a numbered list (a gallery's slides, a
   * listicle) differ in the number they open with, and are each the text's. Equal paragraphs are
   * {@link #isDouble}'s.
   */
  static boolean reworded(String before, String normal) {
    if (before.length() < LONG || normal.length() < LONG || before.equals(normal)) return false;
    // Most paragraphs differ in their first word or by a fifth of their length: no split of them
    // is needed to tell.
    int space = before.indexOf(' ');
    if (space < 0 || !normal.startsWith(before.substring(0, space + 1))) return false;
    int shorter = Math.min(before.length(), normal.length());
    if (shorter < 0.8 * Math.max(before.length(), normal.length()) - 20) return false;
    String[] a = before.split(" ");
    String[] b = normal.split(" ");
    int n = Math.min(a.length, b.length);
    int head = 0;
    while (head < n && a[head].equals(b[head])) head++;
    int tail = 0;
    while (tail < n - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) tail++;
    return head > 0 && head + tail >= REWORDED * Math.max(a.length, b.length);
  }

  /** Notes a line the text keeps. */
  void kept(String normal, boolean heading) {
    if (normal.length() < LONG) {
      if (heading) marks++;
      return;
    }
    marks++;
    Copy c = kept.get(normal);
    runAt = c == null ? -1 : c.ordinal();
    kept.put(normal, new Copy(marks, c == null ? longs++ : c.ordinal()));
  }
}
