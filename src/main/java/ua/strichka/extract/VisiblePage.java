package ua.strichka.extract;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort of metadata: what a reader sees near the headline — a date line, a byline, the
 * breadcrumb trail — for pages without structured metadata (old CMS, table layouts).
 */
final class VisiblePage {
  private static final String DATE_PLACES =
      "time, [class~=(?i)(date|time|publish|posted|created|dateline|meta|data|chas)],"
          + " [id~=(?i)(date|time|publish|posted)]";
  private static final String BYLINE_PLACES =
      "a[rel=author], [rel=author], [class~=(?i)(^|[-_ ])(author|authors|byline|avtor|autor)"
          + "([-_ ]|$)], [id~=(?i)author]";

  private VisiblePage() {}

  static PageFacts read(Document doc, ZonedDateTime now) {
    PageFacts f = new PageFacts();
    f.published = date(doc, now).orElse(null);
    for (Element e : doc.select(BYLINE_PLACES)) {
      if (e.closest("[class~=(?i)(comment|related|sidebar)]") != null) continue;
      String t = e.text();
      if (t.length() > 0 && t.length() < 80 && e.select("p, li").isEmpty()) {
        f.authors.add(t);
        if (f.authors.size() >= 3) break;
      }
    }
    if (f.authors.isEmpty()) f.authors.addAll(labelled(doc));
    f.section = Breadcrumbs.fromPage(doc);
    return f;
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
    Set<Element> places = Collections.newSetFromMap(new IdentityHashMap<>());
    places.addAll(doc.select(DATE_PLACES));
    OffsetDateTime beforeHeading = null;
    boolean afterHeading = h1 == null;
    int seen = 0;
    for (Element e : doc.getAllElements()) {
      if (e == h1) afterHeading = true;
      if (!places.contains(e)) continue;
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
