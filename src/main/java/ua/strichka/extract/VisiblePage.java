package ua.strichka.extract;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The last resort of metadata: what a reader sees near the headline — a date line, a byline, the
 * breadcrumb trail — for pages without structured metadata (old CMS, table layouts).
 */
final class VisiblePage {
  /** Evaluated element by element, in page order, until a date is found. */
  private static final Evaluator DATE_PLACES =
      Selector.evaluatorOf(
          "time, [class~=(?i)(date|time|publish|posted|created|dateline|meta|data|chas)],"
              + " [id~=(?i)(date|time|publish|posted)]");

  private static final Evaluator BYLINE_PLACES =
      Selector.evaluatorOf(
          "a[rel=author], [rel=author], [class~=(?i)(^|[-_ ])(author|authors|byline|avtor|autor)"
              + "([-_ ]|$)], [id~=(?i)author]");

  private VisiblePage() {}

  /**
   * What the page shows of the fields {@code known} lacks; the others are not looked for, since the
   * visible page is the last source and could not change them.
   */
  static PageFacts read(Document doc, ZonedDateTime now, PageFacts known) {
    PageFacts f = new PageFacts();
    if (known.published == null) f.published = date(doc, now).orElse(null);
    if (known.authors.isEmpty()) f.authors.addAll(authors(doc));
    if (known.section == null) f.section = Breadcrumbs.fromPage(doc);
    return f;
  }

  private static List<String> authors(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (!BYLINE_PLACES.matches(doc, e)) continue;
      if (e.closest("[class~=(?i)(comment|related|sidebar)]") != null) continue;
      String t = e.text();
      if (t.length() > 0 && t.length() < 80 && e.select("p, li").isEmpty()) {
        out.add(t);
        if (out.size() >= 3) break;
      }
    }
    return out.isEmpty() ? labelled(doc) : out;
  }

  private static final Pattern AUTHOR_LABEL =
      Pattern.compile(
          "(?iU)(?:^|[|•·,]\\s*)(?:автор(?:ка|и)?|author|автор текста)\\s*:\\s*([^|•·]{3,80})");

  /** «… | Автор: Ім'я Прізвище» in a short meta line near the headline. */
  private static List<String> labelled(Document doc) {
    for (Element e : doc.body().select("div, span, p, li, small, em")) {
      String t = e.ownText();
      if (t.length() > 160 || t.length() < 8) continue;
      Matcher m = AUTHOR_LABEL.matcher(t);
      if (m.find()) return List.of(m.group(1).strip());
    }
    return List.of();
  }

  /**
   * The last resort for the date: the first short element anywhere whose text is a date (old pages
   * print it in a bare {@code <i>} or {@code <font>}).
   */
  private static Optional<OffsetDateTime> anyShortDate(Document doc, ZonedDateTime now) {
    int seen = 0;
    for (Element e : doc.body().getAllElements()) {
      String t = e.ownText();
      if (t.length() < 8 || t.length() > 40) continue;
      if (++seen > 300) break;
      if (!t.matches("(?s).*\\d.*")) continue;
      Optional<OffsetDateTime> d = UkrainianDates.parse(t, now);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** The first date line after the headline, else the first on the page. */
  static Optional<OffsetDateTime> date(Document doc, ZonedDateTime now) {
    Element h1 = doc.selectFirst("h1");
    OffsetDateTime beforeHeading = null;
    boolean afterHeading = h1 == null;
    int seen = 0;
    for (Element e : doc.getAllElements()) {
      if (e == h1) afterHeading = true;
      if (!DATE_PLACES.matches(doc, e)) continue;
      if (++seen > 200) break;
      String t =
          e.hasAttr("datetime")
              ? e.attr("datetime")
              : e.ownText().isBlank() ? e.text() : e.ownText();
      if (t.length() > 100) continue;
      Optional<OffsetDateTime> d =
          UkrainianDates.parseMachine(t).or(() -> UkrainianDates.parse(t, now));
      if (d.isEmpty()) continue;
      if (afterHeading) return d;
      if (beforeHeading == null) beforeHeading = d.get();
    }
    return beforeHeading != null ? Optional.of(beforeHeading) : anyShortDate(doc, now);
  }
}
