package ua.strichka.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts the lead back at the head of the body when the page shows it as part of the article but in a
 * block of its own outside the text container (a standfirst under the headline).
 */
final class Leads {
  private Leads() {}

  /**
   * @param stats the text measures of {@code doc}'s body, to pass over long blocks without building
   *     their text
   */
  static List<String> withLead(
      List<String> paragraphs,
      String description,
      Document doc,
      TextStats stats,
      List<Element> roots) {
    if (description == null || description.length() < 40 || roots.isEmpty()) return paragraphs;
    String want = Titles.normal(description);
    for (String p : paragraphs) {
      String n = Titles.normal(p);
      if (n.equals(want) || n.startsWith(want) || want.startsWith(n) && n.length() > 40) {
        return paragraphs;
      }
    }
    Element shown = null;
    int longest = description.length() * 2 + 20;
    for (Element e : doc.body().select("p, div, h2, strong, span, section, header")) {
      if (stats.of(e).text > longest) continue;
      String text = e.text();
      if (text.length() > longest) continue;
      if (Titles.normal(text).equals(want)) {
        shown = e;
        break;
      }
    }
    if (shown == null || !beforeContent(shown, doc, roots.get(0))) return paragraphs;
    List<String> out = new ArrayList<>();
    out.add(PageFacts.blankToNull(shown.text()));
    out.addAll(paragraphs);
    return out;
  }

  /**
   * True when the lead stands before the text and after the page's headline, with no more than a
   * few hundred characters of other text in between: that is the article's own standfirst, not a
   * teaser elsewhere on the page.
   */
  private static boolean beforeContent(Element lead, Document doc, Element contentInClone) {
    Element h1 = doc.selectFirst("h1");
    boolean seenHeading = h1 == null;
    for (Element e : doc.body().getAllElements()) {
      if (e == h1) seenHeading = true;
      if (e == lead) return seenHeading;
    }
    return false;
  }
}
