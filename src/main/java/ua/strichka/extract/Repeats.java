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
  private static final int LONG = 40;

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
