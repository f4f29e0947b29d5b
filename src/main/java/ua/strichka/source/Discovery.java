package ua.strichka.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an outlet from its home page: its feeds ({@code <link rel="alternate">}, then the usual
 * paths), its sitemaps (from robots.txt, then {@code /sitemap.xml}), its name ({@code
 * og:site_name}, then {@code <title>}), language ({@code <html lang>}) and favicon. An outlet with
 * neither feed nor sitemap is crawled through its home page as a section page.
 */
public final class Discovery {
  static final List<String> COMMON_FEED_PATHS =
      List.of("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/rss/");

  /** Words a home page's title puts beside the outlet's name. */
  private static final Set<String> GENERIC_TITLES =
      Set.of(
          "новини",
          "головна",
          "головна сторінка",
          "новости",
          "главная",
          "news",
          "home",
          "останні новини",
          "последние новости",
          "latest news");

  private final PageLoader loader;

  public Discovery(PageLoader loader) {
    this.loader = loader;
  }

  /**
   * Discovers the outlet at {@code homeUrl}.
   *
   * @throws SourceFormatException when the home page cannot be loaded
   */
  public Outlet discover(String homeUrl) throws SourceFormatException {
    PageLoader.Page home =
        loader
            .load(homeUrl)
            .orElseThrow(() -> new SourceFormatException("cannot load the home page " + homeUrl));
    Document doc = Jsoup.parse(home.text(), home.url());
    String base = root(home.url());

    List<Source> sources = new ArrayList<>();
    for (String feed : declaredFeeds(doc)) {
      if (isFeed(feed)) sources.add(new Source(SourceKind.FEED, feed));
    }
    if (sources.isEmpty()) {
      for (String path : COMMON_FEED_PATHS) {
        if (isFeed(base + path)) {
          sources.add(new Source(SourceKind.FEED, base + path));
          break;
        }
      }
    }
    for (String sitemap : sitemaps(base)) {
      sources.add(new Source(SourceKind.SITEMAP, sitemap));
    }
    if (sources.isEmpty()) sources.add(new Source(SourceKind.SECTION, home.url()));

    return new Outlet(
        slug(home.url()),
        name(doc, home.url()),
        home.url(),
        language(doc),
        favicon(doc, base),
        sources,
        null);
  }

  private static List<String> declaredFeeds(Document doc) {
    Set<String> feeds = new LinkedHashSet<>();
    for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (type.contains("rss") || type.contains("atom")) {
        String href = link.absUrl("href");
        if (!href.isEmpty()) feeds.add(href);
      }
    }
    return List.copyOf(feeds);
  }

  private boolean isFeed(String url) {
    Optional<PageLoader.Page> page = loader.load(url);
    if (page.isEmpty()) return false;
    try {
      FeedParser.parse(page.get().body(), page.get().url());
      return true;
    } catch (SourceFormatException e) {
      return false;
    }
  }

  private List<String> sitemaps(String base) {
    List<String> found = new ArrayList<>();
    Optional<PageLoader.Page> robots = loader.load(base + "/robots.txt");
    if (robots.isPresent()) {
      BaseRobotRules rules =
          new SimpleRobotRulesParser()
              .parseContent(
                  robots.get().url(), robots.get().body(), "text/plain", List.of("strichka"));
      for (String s : rules.getSitemaps()) {
        if (isSitemap(s)) found.add(s);
      }
    }
    if (found.isEmpty() && isSitemap(base + "/sitemap.xml")) found.add(base + "/sitemap.xml");
    return found;
  }

  private boolean isSitemap(String url) {
    Optional<PageLoader.Page> page = loader.load(url);
    if (page.isEmpty()) return false;
    try {
      SitemapReader.parse(page.get().body(), page.get().contentType(), page.get().url());
      return true;
    } catch (SourceFormatException e) {
      return false;
    }
  }

  static String name(Document doc, String url) {
    Element site = doc.selectFirst("meta[property=og:site_name][content]");
    if (site != null && !site.attr("content").isBlank()) return site.attr("content").strip();
    // "Name | Slogan", "Name :: Новини Львова", "Новини - Name": of the title's parts, the name is
    // the one that is not a generic word and that the page repeats most (logo, footer, copyright)
    String[] parts = doc.title().strip().split("\\s+(?:\\||::|—|–|-|·)\\s+|:\\s+");
    String page = doc.body() == null ? "" : doc.body().text();
    String title = "";
    int best = -1;
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty() || GENERIC_TITLES.contains(p.toLowerCase(Locale.ROOT))) continue;
      int count = occurrences(page, p);
      if (count > best) {
        best = count;
        title = p;
      }
    }
    return title.isEmpty() ? SectionPage.host(url) : title;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
    return n;
  }

  static String language(Document doc) {
    String lang = doc.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
    if (lang.isEmpty()) {
      Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
      if (meta != null) lang = meta.attr("content").strip().toLowerCase(Locale.ROOT);
    }
    if (lang.isEmpty()) return null;
    String primary = lang.split("[-_]")[0];
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  static String favicon(Document doc, String base) {
    for (Element link :
        doc.select("link[rel~=(?i)(^|\\s)(icon|shortcut icon|apple-touch-icon)($|\\s)][href]")) {
      String href = link.absUrl("href");
      if (!href.isEmpty()) return href;
    }
    return base + "/favicon.ico";
  }

  /** {@code https://www.pravda.com.ua/} → {@code pravda-com-ua}. */
  public static String slug(String url) {
    String host = SectionPage.host(url);
    if (host == null) throw new IllegalArgumentException("no host in " + url);
    if (host.startsWith("www.")) host = host.substring(4);
    return host.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String root(String url) {
    URI u = URI.create(url);
    return u.getScheme() + "://" + u.getRawAuthority();
  }
}
