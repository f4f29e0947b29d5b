package ua.strichka.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, in one iterative pass (jsoup's traversor keeps its own
 * stack, so 100,000 nested elements cost no Java stack): all text, text inside links, commas, and
 * the "direct" text a block shows itself — its text nodes and inline children, as a reader sees one
 * paragraph.
 */
final class TextStats {
  static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del",
          "dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small",
          "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label");

  /** Measures of one element. */
  static final class Of {
    int text;
    int links;
    int commas;
    int direct;
    int directLinks;
    int directCommas;
    int paragraphs;
    int images;

    double linkDensity() {
      return text == 0 ? 0 : Math.min(1.0, (double) links / text);
    }
  }

  private static final Of NONE = new Of();
  private final Map<Element, Of> stats = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) stats.put(e, new Of());
          }

          @Override
          public void tail(Node node, int depth) {
            Node parentNode = node.parentNode();
            Of parent =
                parentNode instanceof Element p && stats.containsKey(p) ? stats.get(p) : null;
            if (node instanceof TextNode t) {
              if (parent == null) return;
              String s = t.text();
              int len = s.isBlank() ? 0 : s.strip().length();
              int commas = commas(s);
              parent.text += len;
              parent.commas += commas;
              parent.direct += len;
              parent.directCommas += commas;
            } else if (node instanceof Element e) {
              Of of = stats.get(e);
              String tag = e.normalName();
              if (tag.equals("a")) of.links = of.text;
              if (tag.equals("p")) of.paragraphs++;
              if (tag.equals("img") || tag.equals("picture")) of.images++;
              if (parent == null) return;
              parent.text += of.text;
              parent.links += of.links;
              parent.commas += of.commas;
              parent.paragraphs += of.paragraphs;
              parent.images += of.images;
              if (INLINE.contains(tag)) {
                parent.direct += of.text;
                parent.directLinks += of.links;
                parent.directCommas += of.commas;
              }
            }
          }
        },
        root);
  }

  Of of(Element e) {
    return stats.getOrDefault(e, NONE);
  }

  static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،' || c == '，') n++;
    }
    return n;
  }
}
