package ua.strichka.sampleweb;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The documents through which a crawler finds an outlet's articles, per its {@code discovery} list:
 * RSS, Atom, sitemaps, Google News sitemaps, sitemap indexes, or section pages alone; and the
 * robots.txt that announces the sitemaps and fences off what a polite crawler must skip.
 */
final class Discovery {
  static final String RSS = "rss";
  static final String ATOM = "atom";
  static final String SITEMAP = "sitemap";
  static final String NEWS_SITEMAP = "news-sitemap";
  static final String SITEMAP_INDEX = "sitemap-index";
  static final String SECTION_PAGES = "section-pages";
  static final Set<String> KINDS =
      Set.of(RSS, ATOM, SITEMAP, NEWS_SITEMAP, SITEMAP_INDEX, SECTION_PAGES);

  /** Items in a feed, as CMSs cut them. */
  static final int FEED_ITEMS = 50;

  /** One discovery document: what it is, which language edition, where. */
  record Doc(String kind, String language, String path) {}

  private Discovery() {}

  static List<Doc> docs(CorpusOutlet o, Template t) {
    List<Doc> docs = new ArrayList<>();
    for (String kind : o.discovery()) {
      switch (kind) {
        case RSS, ATOM -> {
          for (String lang : o.languages())
            docs.add(new Doc(kind, lang, t.feedPath(kind, o, lang)));
        }
        case SECTION_PAGES -> {
          for (String lang : o.languages()) docs.add(new Doc(kind, lang, t.newsPath(o, lang)));
        }
        default -> docs.add(new Doc(kind, o.mainLanguage(), t.feedPath(kind, o, o.mainLanguage())));
      }
    }
    return docs;
  }

  /** The document at {@code path}, when the outlet publishes one there. */
  static Optional<Reply> serve(View v, Template t, String path) {
    CorpusOutlet o = v.outlet();
    Charset cs = t.charset();
    for (Doc d : docs(o, t)) {
      if (!d.path().equals(path)) continue;
      List<Post> posts = v.recent(d.language(), Integer.MAX_VALUE);
      return switch (d.kind()) {
        case RSS -> Optional.of(rss(v, t, d.language(), path, first(posts, FEED_ITEMS)));
        case ATOM ->
            Optional.of(
                xml(
                    Feeds.atom(v, d.language(), path, first(posts, FEED_ITEMS)),
                    cs,
                    posts,
                    v,
                    "application/atom+xml"));
        case SITEMAP ->
            Optional.of(
                xml(
                    Feeds.sitemap(v, all(v), sectionPaths(v, t)),
                    cs,
                    all(v),
                    v,
                    "application/xml"));
        case NEWS_SITEMAP ->
            Optional.of(
                xml(Feeds.newsSitemap(v, newsWindow(v)), cs, newsWindow(v), v, "application/xml"));
        case SITEMAP_INDEX ->
            Optional.of(
                xml(Feeds.sitemapIndex(v, children(v, t)), cs, all(v), v, "application/xml"));
        default -> Optional.empty();
      };
    }
    if (o.discovers(RSS) && t.sectionFeeds()) {
      for (String lang : o.languages()) {
        for (Rubric r : v.sections(lang)) {
          if (path.equals(t.sectionPath(o, lang, r) + "feed/")) {
            return Optional.of(rss(v, t, lang, path, first(v.inSection(lang, r), FEED_ITEMS)));
          }
        }
      }
    }
    if (o.discovers(SITEMAP_INDEX)) {
      for (Feeds.Child c : children(v, t)) {
        if (!c.path().equals(path)
            || c.path().equals(t.feedPath(NEWS_SITEMAP, o, o.mainLanguage()))) continue;
        if (path.endsWith("-pages.xml")) {
          return Optional.of(
              xml(
                  Feeds.sitemap(v, List.of(), sectionPaths(v, t)),
                  cs,
                  List.of(),
                  v,
                  "application/xml"));
        }
        List<Post> month =
            all(v).stream().filter(p -> monthPath(p.published()).equals(path)).toList();
        return Optional.of(
            xml(Feeds.sitemap(v, month, List.of()), cs, month, v, "application/xml"));
      }
    }
    return Optional.empty();
  }

  /** Feed links for a page's {@code <head>}: the outlet's feeds in that language. */
  static List<Doc> alternates(CorpusOutlet o, Template t, String language) {
    return docs(o, t).stream()
        .filter(
            d -> d.language().equals(language) && (d.kind().equals(RSS) || d.kind().equals(ATOM)))
        .toList();
  }

  static String robots(View v, Template t, List<String> extraSitemaps, boolean crawlDelay) {
    StringBuilder b = new StringBuilder("User-agent: *\n");
    b.append("Disallow: /search\nDisallow: /admin/\nDisallow: /print/\n");
    if (t instanceof WordpressTemplate) {
      b.append("Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n");
    }
    if (crawlDelay) b.append("Crawl-delay: 1\n");
    b.append("\nUser-agent: GPTBot\nDisallow: /\n\n");
    for (Doc d : docs(v.outlet(), t)) {
      if (d.kind().contains("sitemap")) b.append("Sitemap: ").append(v.url(d.path())).append('\n');
    }
    for (String s : extraSitemaps) b.append("Sitemap: ").append(v.url(s)).append('\n');
    return b.toString();
  }

  private static Reply rss(View v, Template t, String lang, String path, List<Post> posts) {
    Charset cs = t.charset();
    String xml =
        Feeds.rss(
            v, t, lang, path, posts, new Feeds.RssStyle(cs.name(), t instanceof WordpressTemplate));
    return xml(xml, cs, posts, v, "application/rss+xml");
  }

  private static Reply xml(String xml, Charset cs, List<Post> posts, View v, String type) {
    Instant lm =
        posts.stream()
            .map(p -> p.modified(v.now()))
            .max(Instant::compareTo)
            .orElse(v.edition().start());
    return Reply.of(type, xml, cs, lm);
  }

  private static List<Post> all(View v) {
    return v.posts().stream().filter(p -> p.visible(v.now())).toList();
  }

  /**
   * Google asks news sitemaps to hold the last two days only; outlets with a full sitemap too
   * follow that, so older articles are found only through the other sitemap.
   */
  private static List<Post> newsWindow(View v) {
    boolean full = v.outlet().discovers(SITEMAP) || v.outlet().discovers(SITEMAP_INDEX);
    Instant from = v.now().minus(Duration.ofHours(48));
    return all(v).stream().filter(p -> !full || p.published().isAfter(from)).toList();
  }

  private static List<Feeds.Child> children(View v, Template t) {
    Map<String, Instant> months = new TreeMap<>();
    for (Post p : all(v))
      months.merge(monthPath(p.published()), p.modified(v.now()), (a, b) -> a.isAfter(b) ? a : b);
    List<Feeds.Child> out = new ArrayList<>();
    months.forEach((path, lm) -> out.add(new Feeds.Child(path, lm)));
    out.add(new Feeds.Child("/sitemap-pages.xml", v.edition().start()));
    if (v.outlet().discovers(NEWS_SITEMAP)) {
      out.add(
          new Feeds.Child(
              t.feedPath(NEWS_SITEMAP, v.outlet(), v.outlet().mainLanguage()), v.now()));
    }
    return out;
  }

  private static String monthPath(Instant t) {
    YearMonth m = YearMonth.from(DateText.kyiv(t));
    return "/sitemap-posts-%d-%02d.xml".formatted(m.getYear(), m.getMonthValue());
  }

  private static List<String> sectionPaths(View v, Template t) {
    List<String> paths = new ArrayList<>();
    for (String lang : v.outlet().languages()) {
      paths.add(Template.prefix(v.outlet(), lang) + "/");
      for (Rubric r : v.sections(lang)) paths.add(t.sectionPath(v.outlet(), lang, r));
    }
    paths.add("/contacts/");
    return paths;
  }

  private static <T> List<T> first(List<T> list, int n) {
    return list.subList(0, Math.min(n, list.size()));
  }
}
