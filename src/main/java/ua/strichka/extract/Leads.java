package ua.strichka.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts the lead back at the head of the body when the page shows it as part of the article but in a
 * block of its own outside the text container (a standfirst under the headline).
 *
 * <p>The lead is recognised by the page's description, which is rarely the lead's exact text: CMS
 * cut it at 160 characters with «…», editors drop or change a word, typography differs. So a block
 * is the lead when its words are nearly the description's (four in five shared), or when the
 * description is the start of it (its first sentence, or cut short).
 */
final class Leads {
  /** Words two texts share, as a share of both their lengths, to be the same lead. */
  static final double SAME = 0.8;

  /** The share of a cut description's words the block must start with. */
  static final double STARTS = 0.9;

  private Leads() {}

  /** {@code p, div, h2, strong, span, section, header}: where a standfirst stands. */
  private static final Set<String> LEAD_TAGS =
      Set.of("p", "div", "h2", "strong", "span", "section", "header");

  /**
   * @param index the index of {@code doc}
   */
  static List<String> withLead(
      List<String> paragraphs,
      String description,
      Document doc,
      PageIndex index,
      List<Element> roots) {
    if (description == null || description.length() < 40 || roots.isEmpty()) return paragraphs;
    // The description's words are read once here, not again for every paragraph and block.
    List<String> d = words(description);
    List<String> dStart = startWords(description, d);
    for (String p : paragraphs) {
      List<String> w = words(p);
      if (isLead(w, d, dStart) || startsWith(w, d)) return paragraphs;
      // A paragraph that is the start of a long description: the lead split in two.
      if (startsWith(d, w) && Titles.normal(p).length() > 40) return paragraphs;
    }
    Element shown = null;
    int longest = description.length() * 2 + 20;
    // The page's elements in order with the text lengths the index measured, so long blocks are
    // passed over without building their text, and without a selector's walk or a measure of the
    // whole page here. What is never text (navigation, asides, hidden blocks) is no standfirst.
    List<Element> body = index.body();
    for (int i = 0; i < body.size(); i++) {
      Element e = body.get(i);
      if (!LEAD_TAGS.contains(e.normalName())) continue;
      int length = index.textLength(index.bodyStart + i);
      if (length < 0 || length > longest) continue;
      String text = e.text();
      if (text.length() > longest) continue;
      if (isLead(words(text), d, dStart)) {
        shown = e;
        break;
      }
    }
    if (shown == null || !afterHeading(shown, doc)) return paragraphs;
    List<String> out = new ArrayList<>();
    out.add(PageFacts.blankToNull(shown.text()));
    out.addAll(paragraphs);
    return out;
  }

  /**
   * True when {@code text} is the lead that {@code description} describes: nearly the same words,
   * or the description's words (all but a word cut by «…») are the start of the text.
   */
  static boolean isLead(String text, String description) {
    List<String> d = words(description);
    return isLead(words(text), d, startWords(description, d));
  }

  /**
   * As {@link #isLead(String, String)}, of the text's words {@code t}, the description's {@code d}
   * and those of {@code d} its start is judged by ({@link #startWords}).
   */
  private static boolean isLead(List<String> t, List<String> d, List<String> dStart) {
    if (t.isEmpty() || d.isEmpty()) return false;
    double both = t.size() + d.size();
    // No more words are shared than the shorter text has: most blocks of a page are far shorter
    // or longer than the description, and are answered without counting.
    if (Math.min(t.size(), d.size()) * 2.0 / both >= SAME && shared(t, d) * 2.0 / both >= SAME) {
      return true;
    }
    return dStart.size() >= 6 && startsWith(t, dStart);
  }

  /** The description's words {@code d} but a last word cut by «…»: what a text must start with. */
  private static List<String> startWords(String description, List<String> d) {
    String cut = description.strip();
    return (cut.endsWith("…") || cut.endsWith("...")) && !d.isEmpty()
        ? d.subList(0, d.size() - 1)
        : d;
  }

  /** True when {@code text} begins with nearly the words of {@code start}. */
  private static boolean startsWith(List<String> text, List<String> start) {
    if (start.isEmpty() || text.size() < start.size()) return false;
    return shared(text.subList(0, start.size()), start) >= STARTS * start.size();
  }

  /** How many words two texts share, each word counted as often as both have it. */
  private static int shared(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : a) counts.merge(w, 1, Integer::sum);
    int n = 0;
    for (String w : b) {
      Integer c = counts.get(w);
      if (c != null && c > 0) {
        counts.put(w, c - 1);
        n++;
      }
    }
    return n;
  }

  private static List<String> words(String s) {
    String n = Titles.normal(s);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  /**
   * True when the block stands after the page's headline (or the page has none): a standfirst, not
   * a teaser of the same story in the site's header.
   */
  private static boolean afterHeading(Element lead, Document doc) {
    Element h1 = doc.selectFirst("h1");
    boolean seenHeading = h1 == null;
    for (Element e : doc.body().getAllElements()) {
      if (e == h1) seenHeading = true;
      if (e == lead) return seenHeading;
    }
    return false;
  }
}
