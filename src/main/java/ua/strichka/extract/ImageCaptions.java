package ua.strichka.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

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

  private ImageCaptions() {}

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

  /** The smallest element of {@code box}, not holding the picture, whose text is {@code alt}. */
  private static Element captionIn(Element box, Element img, String alt) {
    Element found = null;
    for (Element e : box.getAllElements()) {
      if (e == box || e == img || holds(e, img)) continue;
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
