package ua.strichka.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The author's name signed on a line of its own right under the text, outside the element that
 * holds the text ({@code <div class="txt">…</div><div>Ірина Морозюк</div>}): old and small sites
 * sign articles so, with no class or label that names it a byline.
 */
final class Signatures {
  /** How far up from the text's last element the next line is looked for. */
  private static final int LEVELS = 4;

  private Signatures() {}

  /** The name on the first line after the last of {@code roots}, or null when it is no name. */
  static String after(List<Element> roots) {
    if (roots.isEmpty()) return null;
    Node n = roots.getLast();
    for (int up = 0; up < LEVELS && n != null && !isBody(n); up++) {
      for (Node s = n.nextSibling(); s != null; s = s.nextSibling()) {
        if (s instanceof TextNode t) {
          if (t.isBlank()) continue;
          return name(t.text());
        }
        if (s instanceof Element e) {
          if (e.normalName().equals("br") || e.normalName().equals("hr")) continue;
          if (TextStats.longerThan(e, 40)) return null;
          String text = e.text();
          if (text.isBlank()) continue;
          return name(text);
        }
      }
      n = n.parent();
    }
    return null;
  }

  private static boolean isBody(Node n) {
    return n instanceof Element e && e.normalName().equals("body");
  }

  private static String name(String line) {
    return Authors.looksLikeName(line) ? PageFacts.blankToNull(line) : null;
  }
}
