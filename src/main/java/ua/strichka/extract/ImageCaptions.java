package ua.strichka.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Captions that say again what their picture's {@code alt} says: a CMS writes the caption into
 * both, and the visible copy sits in a bare {@code <p>} or {@code <div>} beside the picture, where
 * no {@code figcaption} or "caption" name marks it. Text that repeats the alt describes the
 * picture, not the story, so it goes; a caption that says something else stays (it may well be
 * reporting).
 */
final class ImageCaptions {
  /** Alts shorter than this ("photo", a name) match too much ordinary text to go by. */
  static final int MIN_ALT = 10;

  /**
   * The most text a picture's block may hold: past it, the block is the article around the picture,
   * whose paragraphs are not captions even when one repeats the alt.
   */
  static final int MAX_BOX = 600;

  /** The least text of a caption that tells the story ({@link #telling}). */
  static final int MIN_TELLING = 300;

  /** The fewest sentences of a caption that tells the story ({@link #telling}). */
  static final int MIN_SENTENCES = 3;

  /** Parsed once: jsoup parses a selector given as text anew at every call. */
  private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");

  private ImageCaptions() {}

  /**
   * Whether a {@code <figcaption>} tells the story rather than labels its picture: several
   * sentences over a few hundred characters. A caption labels a picture in a line or two (who,
   * where, the credit), so captions are no text; but a gallery or slideshow sets its article one
   * slide at a time, each slide's paragraphs in the caption of its picture, and dropping every
   * caption there drops the article. The length and the sentence count, not a site's names, tell
   * the two apart: no picture needs three sentences and 300 characters to be named.
   */
  static boolean telling(Element figcaption) {
    if (!TextStats.longerThan(figcaption, MIN_TELLING - 1)) return false;
    return sentences(figcaption.text()) >= MIN_SENTENCES;
  }

  /**
   * Sentence ends in {@code text}: a full stop, question or exclamation mark or ellipsis (with any
   * closing quote) before the end or before white space and a capital or an opening quote.
   */
  static int sentences(String text) {
    int n = 0;
    int len = text.length();
    for (int i = 0; i < len; i++) {
      if (".!?…".indexOf(text.charAt(i)) < 0) continue;
      int j = i + 1;
      while (j < len && "»\"”’)".indexOf(text.charAt(j)) >= 0) j++;
      if (j == len) {
        n++;
        break;
      }
      if (!Character.isWhitespace(text.charAt(j))) continue;
      while (j < len && Character.isWhitespace(text.charAt(j))) j++;
      if (j < len
          && (Character.isUpperCase(text.charAt(j)) || "«\"“‘(".indexOf(text.charAt(j)) >= 0)) {
        n++;
      }
    }
    return n;
  }

  /** Removes from {@code root} the blocks beside a picture whose text is the picture's alt. */
  static void drop(Element root) {
    for (Element img : root.getElementsByTag("img")) {
      String alt = normal(img.attr("alt"));
      if (alt.length() < MIN_ALT) continue;
      // The caption sits beside the picture: in its block, or one or two blocks up.
      Element box = img.parent();
      for (int level = 0; level < 3 && box != null && box != root; level++) {
        if (TextStats.longerThan(box, MAX_BOX)) break;
        Element caption = captionIn(box, img, alt);
        if (caption != null) {
          caption.remove();
          break;
        }
        box = box.parent();
      }
    }
  }

  /**
   * The smallest element of {@code box}, not holding the picture nor a heading, whose text is
   * {@code alt}. A heading is never a caption: a listicle's CMS fills each item's picture's alt
   * with the item's heading, and the heading is the article's own words.
   */
  private static Element captionIn(Element box, Element img, String alt) {
    Element found = null;
    for (Element e : box.getAllElements()) {
      if (e == box || e == img || holds(e, img) || e.selectFirst(HEADING) != null) continue;
      if (normal(e.text()).equals(alt)) found = e; // later matches are deeper: the smallest
    }
    return found;
  }

  private static boolean holds(Element e, Element img) {
    for (Element p = img.parent(); p != null; p = p.parent()) if (p == e) return true;
    return false;
  }

  /** Text as compared: case, runs of white space and a closing full stop do not count. */
  static String normal(String text) {
    String s = text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
  }
}
