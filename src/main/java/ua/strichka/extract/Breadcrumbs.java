package ua.strichka.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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
  static String fromPage(Document doc) {
    Elements trails =
        doc.select(
            "[class~=(?i)breadcrumb], [id~=(?i)breadcrumb], nav[aria-label~=(?i)breadcrumb],"
                + " [itemtype~=(?i)BreadcrumbList]");
    for (Element trail : trails) {
      List<String> crumbs = new ArrayList<>();
      Elements items = trail.select("[itemprop=name], li, a");
      for (Element item : items) {
        if (item.selectFirst("li, [itemprop=name]") != null && !item.is("[itemprop=name]")) {
          continue;
        }
        crumbs.add(item.text());
      }
      String section = section(dedupe(crumbs));
      if (section != null) return section;
    }
    return null;
  }

  private static List<String> dedupe(List<String> crumbs) {
    List<String> out = new ArrayList<>();
    for (String c : crumbs) if (!out.contains(c)) out.add(c);
    return out;
  }
}
