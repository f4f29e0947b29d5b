package ua.strichka.sampleweb;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RSS 2.0, Atom and sitemap XML, written by hand so each outlet can get its quirks byte for byte.
 */
final class Feeds {
  private Feeds() {}

  /** RSS quirks of a CMS. */
  record RssStyle(String encoding, boolean wordpress) {}

  static String rfc1123(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(DateText.kyiv(t));
  }

  static String iso(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(DateText.kyiv(t).withNano(0));
  }

  static String cdata(String s) {
    return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  static String rss(
      View v, Template t, String language, String self, List<Post> posts, RssStyle style) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"").append(style.encoding()).append("\"?>\n");
    b.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
    b.append("<title>").append(Html.esc(v.outlet().name())).append("</title>\n");
    b.append("<atom:link href=\"")
        .append(Html.esc(v.url(self)))
        .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    b.append("<link>")
        .append(v.url(Template.prefix(v.outlet(), language) + "/"))
        .append("</link>\n");
    b.append("<description>").append(Html.esc(v.outlet().character())).append("</description>\n");
    b.append("<language>")
        .append(language.equals("uk") ? "uk-UA" : language)
        .append("</language>\n");
    Instant built = posts.isEmpty() ? v.edition().start() : posts.getFirst().modified(v.now());
    b.append("<lastBuildDate>").append(rfc1123(built)).append("</lastBuildDate>\n");
    if (style.wordpress()) b.append("<generator>https://wordpress.org/?v=6.5.3</generator>\n");
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      b.append("<item>\n<title>").append(Html.esc(ver.title())).append("</title>\n");
      b.append("<link>").append(Html.esc(t.feedLink(v, p))).append("</link>\n");
      if (style.wordpress()) {
        b.append("<dc:creator>").append(cdata(Template.byline(p))).append("</dc:creator>\n");
        b.append("<guid isPermaLink=\"false\">")
            .append(v.url("/?p=" + p.number()))
            .append("</guid>\n");
      } else {
        b.append("<guid>").append(Html.esc(v.url(p))).append("</guid>\n");
        if (!p.article().authors().isEmpty()) {
          b.append("<author>").append(Html.esc(Template.byline(p))).append("</author>\n");
        }
      }
      b.append("<pubDate>").append(rfc1123(p.published())).append("</pubDate>\n");
      b.append("<category>")
          .append(cdata(p.article().section().label(p.language())))
          .append("</category>\n");
      if (style.wordpress()) {
        for (String tag : View.tags(p, 3)) {
          b.append("<category>").append(cdata(tag)).append("</category>\n");
        }
      }
      b.append("<description>")
          .append(cdata(Html.excerpt(ver.lead(), 220)))
          .append("</description>\n");
      if (style.wordpress()) {
        b.append("<content:encoded>")
            .append(
                cdata(
                    "<p>"
                        + Html.esc(Html.excerpt(ver.lead(), 300))
                        + "</p>\n<p>The post <a href=\""
                        + v.url(p)
                        + "\">"
                        + Html.esc(ver.title())
                        + "</a> appeared first on <a href=\""
                        + v.url("/")
                        + "\">"
                        + Html.esc(v.outlet().name())
                        + "</a>.</p>"))
            .append("</content:encoded>\n");
      }
      b.append("</item>\n");
    }
    return b.append("</channel>\n</rss>\n").toString();
  }

  static String atom(View v, String language, String self, List<Post> posts) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(language)
        .append("\">\n");
    b.append("<title>").append(Html.esc(v.outlet().name())).append("</title>\n");
    b.append("<id>").append(v.url(Template.prefix(v.outlet(), language) + "/")).append("</id>\n");
    b.append("<link rel=\"self\" href=\"").append(v.url(self)).append("\"/>\n");
    b.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(v.url(Template.prefix(v.outlet(), language) + "/"))
        .append("\"/>\n");
    Instant updated = posts.isEmpty() ? v.edition().start() : posts.getFirst().modified(v.now());
    b.append("<updated>").append(iso(updated)).append("</updated>\n");
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      b.append("<entry>\n<title type=\"html\">").append(Html.esc(ver.title())).append("</title>\n");
      b.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(Html.esc(v.url(p)))
          .append("\"/>\n");
      b.append("<id>tag:")
          .append(v.outlet().domain())
          .append(",2025:")
          .append(p.number())
          .append("</id>\n");
      b.append("<published>").append(iso(p.published())).append("</published>\n");
      b.append("<updated>").append(iso(p.modified(v.now()))).append("</updated>\n");
      b.append("<author><name>").append(Html.esc(Template.byline(p))).append("</name></author>\n");
      b.append("<category term=\"")
          .append(p.article().section().slug())
          .append("\" label=\"")
          .append(Html.esc(p.article().section().label(p.language())))
          .append("\"/>\n");
      b.append("<summary type=\"text\">")
          .append(Html.esc(Html.excerpt(ver.lead(), 240)))
          .append("</summary>\n</entry>\n");
    }
    return b.append("</feed>\n").toString();
  }

  /** A plain sitemap of pages with their last modification. */
  static String sitemap(View v, List<Post> posts, List<String> extraPaths) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : extraPaths) {
      b.append("<url><loc>")
          .append(Html.esc(v.url(path)))
          .append("</loc><changefreq>hourly</changefreq></url>\n");
    }
    for (Post p : posts) {
      b.append("<url><loc>")
          .append(Html.esc(v.url(p)))
          .append("</loc><lastmod>")
          .append(iso(p.modified(v.now())))
          .append("</lastmod></url>\n");
    }
    return b.append("</urlset>\n").toString();
  }

  /** A Google News sitemap: each URL with its publication, language, date and title. */
  static String newsSitemap(View v, List<Post> posts) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for (Post p : posts) {
      b.append("<url>\n<loc>").append(Html.esc(v.url(p))).append("</loc>\n<news:news>\n");
      b.append("<news:publication><news:name>")
          .append(Html.esc(v.outlet().name()))
          .append("</news:name><news:language>")
          .append(p.language())
          .append("</news:language></news:publication>\n");
      b.append("<news:publication_date>")
          .append(iso(p.published()))
          .append("</news:publication_date>\n");
      b.append("<news:title>")
          .append(Html.esc(p.version(v.now()).title()))
          .append("</news:title>\n");
      b.append("</news:news>\n</url>\n");
    }
    return b.append("</urlset>\n").toString();
  }

  record Child(String path, Instant lastmod) {}

  static String sitemapIndex(View v, List<Child> children) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Child c : children) {
      b.append("<sitemap><loc>")
          .append(Html.esc(v.url(c.path())))
          .append("</loc><lastmod>")
          .append(iso(c.lastmod()))
          .append("</lastmod></sitemap>\n");
    }
    return b.append("</sitemapindex>\n").toString();
  }
}
