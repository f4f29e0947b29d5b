package ua.strichka.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links of a section page (for outlets with neither feed nor sitemap): links on the
 * outlet's own site whose path matches its article pattern, in page order, each once.
 */
public final class SectionPage {
  private SectionPage() {}

  public static List<FeedItem> links(String html, String pageUrl, ArticlePattern pattern) {
    Document doc = Jsoup.parse(html, pageUrl);
    String host = host(pageUrl);
    Set<String> seen = new LinkedHashSet<>();
    List<FeedItem> items = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      String href = a.absUrl("href");
      if (href.isEmpty() || !href.startsWith("http")) continue;
      int hash = href.indexOf('#');
      if (hash >= 0) href = href.substring(0, hash);
      String h = host(href);
      if (h == null || host == null || !sameSite(h, host)) continue;
      if (!pattern.matches(href) || !seen.add(href)) continue;
      String title = a.text().strip();
      items.add(
          new FeedItem(
              href, title.isEmpty() ? null : title, null, null, List.of(), List.of(), null));
    }
    return items;
  }

  static boolean sameSite(String a, String b) {
    a = a.startsWith("www.") ? a.substring(4) : a;
    b = b.startsWith("www.") ? b.substring(4) : b;
    return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
  }

  static String host(String url) {
    try {
      String h = URI.create(url.replace(" ", "%20")).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
