package ua.strichka.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The section a page files itself under, from its breadcrumb trail. */
final class Breadcrumbs {
  private static final Set<String> HOME =
      Set.of(
          "головна",
          "головна сторінка",
          "главная",
          "главная страница",
          "home",
          "home page",
          "homepage",
          "start",
          "новини",
          "новости",
          "news",
          "стрічка новин",
          "всі новини",
          "все новости");

  private Breadcrumbs() {}

  /**
   * The deepest crumb that is neither the home link nor the article's own title (crumbs of more
   * than six words are titles).
   */
  static String section(List<String> crumbs) {
    String best = null;
    for (String c : crumbs) {
      String t = PageFacts.blankToNull(c);
      if (t == null || t.equals("»") || t.equals(">") || t.equals("/")) continue;
      if (HOME.contains(t.toLowerCase(Locale.ROOT))) continue;
      if (t.split(" ").length > 6 || t.length() > 60) continue;
      best = t;
    }
    return best;
  }

  /** The section from visible breadcrumbs ({@code .breadcrumb(s)}, microdata, ARIA). */
  static String fromPage(PageIndex index) {
    for (int i = 0; i < index.all.size(); i++) {
      Element trail = index.all.get(i);
      if (!isTrail(trail, index.marks(i))) continue;
      List<String> crumbs = new ArrayList<>();
      Elements items = trail.select(CRUMBS);
      for (Element item : items) {
        if (item.selectFirst(INNER_CRUMB) != null && !item.is(NAME)) {
          continue;
        }
        crumbs.add(item.text());
      }
      String section = section(dedupe(crumbs));
      if (section != null) return section;
    }
    return null;
  }

  /**
   * Selectors parsed once: jsoup parses a selector given as text anew at every call, here once per
   * crumb, and a page's nested trail boxes ({@code nav.breadcrumbs > ol.breadcrumb}) are each read.
   */
  private static final Evaluator CRUMBS = QueryParser.parse("[itemprop=name], li, a");

  private static final Evaluator INNER_CRUMB = QueryParser.parse("li, [itemprop=name]");
  private static final Evaluator NAME = QueryParser.parse("[itemprop=name]");

  private static final AttributeWords CLASS = AttributeWords.anywhere("class", "breadcrumb");
  private static final AttributeWords ID = AttributeWords.anywhere("id", "breadcrumb");
  private static final AttributeWords LABEL = AttributeWords.anywhere("aria-label", "breadcrumb");
  private static final AttributeWords TYPE = AttributeWords.anywhere("itemtype", "breadcrumblist");

  /**
   * {@code [class~=(?i)breadcrumb], [id~=(?i)breadcrumb], nav[aria-label~=(?i)breadcrumb],
   * [itemtype~=(?i)BreadcrumbList]}.
   */
  private static boolean isTrail(Element e, Marks m) {
    if (m == Marks.NONE) return false;
    return CLASS.in(m) || ID.in(m) || (e.nameIs("nav") && LABEL.in(m)) || TYPE.in(m);
  }

  private static List<String> dedupe(List<String> crumbs) {
    List<String> out = new ArrayList<>();
    for (String c : crumbs) if (!out.contains(c)) out.add(c);
    return out;
  }
}
