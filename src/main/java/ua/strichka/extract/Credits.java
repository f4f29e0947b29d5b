package ua.strichka.extract;

import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The «Джерело: X (Розділ)» attribution wherever the page prints it, even in a footer that the text
 * extraction dropped.
 */
final class Credits {
  private Credits() {}

  static SourceCredit find(Document doc) {
    for (Element e : doc.body().select("p, div, span, footer, section, small, em, i, li")) {
      String t = e.text();
      if (t.length() > 200 || t.length() < 8) continue;
      if (e.closest("nav, header, aside") != null) continue;
      Matcher m = Paragraphs.CREDIT.matcher(t);
      if (!m.matches()) continue;
      Element link = e.selectFirst("a[href]");
      String href = link == null ? null : link.absUrl("href");
      if (href != null && href.isEmpty()) href = link.attr("href");
      return new SourceCredit(
          m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip(), href);
    }
    return null;
  }
}
