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

  /**
   * @param stats the text measures of {@code doc}'s body: a block whose measured text is already
   *     too long for a credit line is passed over without building its text.
   */
  static SourceCredit find(Document doc, TextStats stats) {
    for (Element e : doc.body().select("p, div, span, footer, section, small, em, i, li")) {
      if (stats.of(e).text > 200) continue;
      String t = e.text();
      if (t.length() > 200 || t.length() < 8) continue;
      Matcher m = Paragraphs.CREDIT.matcher(t);
      if (!m.matches()) continue;
      if (e.closest("nav, header, aside") != null) continue;
      Element link = e.selectFirst("a[href]");
      String href = link == null ? null : link.absUrl("href");
      if (href != null && href.isEmpty()) href = link.attr("href");
      return new SourceCredit(
          m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip(), href);
    }
    return null;
  }
}
