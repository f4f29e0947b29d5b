package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.List;

/**
 * A weekly magazine whose long reads run over two or three pages ({@code ?page=2}) with {@code
 * rel=prev/next} links and a page nav, so the full text exists only across pages.
 */
final class PaginatedTemplate extends Template {

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    return "/articles/" + slug + "-" + number + "/";
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return "/rubric/" + r.slug() + "/";
  }

  @Override
  String feedPath(String kind, CorpusOutlet o, String language) {
    return kind.equals(Discovery.RSS) ? "/feed.xml" : super.feedPath(kind, o, language);
  }

  /** How many pages an article of {@code paragraphs} paragraphs is split over. */
  static int pages(int paragraphs) {
    return paragraphs >= 9 ? 3 : paragraphs >= 4 ? 2 : 1;
  }

  /** The paragraphs on page {@code page} (1-based) of {@code pages}. */
  static List<String> slice(List<String> paras, int page, int pages) {
    int per = (paras.size() + pages - 1) / pages;
    return paras.subList(
        Math.min(paras.size(), (page - 1) * per), Math.min(paras.size(), page * per));
  }

  private String page(View v, String title, String canonical, String links, String main) {
    return """
        <!DOCTYPE html>
        <html lang="uk">
        <head>
        <meta charset="utf-8">
        <title>%s — %s</title>
        <link rel="canonical" href="%s">
        %s%s<meta name="viewport" content="width=device-width">
        </head>
        <body class="magazine">
        <header class="mag-header"><a class="mag-logo" href="/">%s</a><nav class="mag-nav"><ul>%s</ul></nav>
        <a class="subscribe" href="/subscribe/">Передплатити</a></header>
        <main class="mag-main">
        %s
        </main>
        <footer class="mag-footer"><p>%s — щотижневий журнал про головне.</p><p><a href="/contacts/">Контакти</a> · <a href="/feed.xml">RSS</a></p></footer>
        </body>
        </html>
        """
        .formatted(
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            Chrome.feedLinks(v, this, "uk"),
            links,
            Html.esc(v.outlet().name()),
            Chrome.menu(v, this, "uk"),
            main,
            Html.esc(v.outlet().name()));
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    List<String> paras = ver.paragraphs();
    int pages = pages(paras.size());
    if (page > pages) return new Rendered("", pages);
    String url = v.url(p);
    StringBuilder links = new StringBuilder();
    if (page > 1)
      links
          .append("<link rel=\"prev\" href=\"")
          .append(page == 2 ? url : url + "?page=" + (page - 1))
          .append("\">\n");
    if (page < pages)
      links
          .append("<link rel=\"next\" href=\"")
          .append(url)
          .append("?page=")
          .append(page + 1)
          .append("\">\n");
    links
        .append("<meta property=\"og:title\" content=\"")
        .append(Html.esc(ver.title()))
        .append("\">\n");
    links
        .append("<meta property=\"article:published_time\" content=\"")
        .append(Feeds.iso(p.published()))
        .append("\">\n");
    StringBuilder text = new StringBuilder();
    List<String> mine = slice(paras, page, pages);
    for (int i = 0; i < mine.size(); i++) {
      boolean lead = page == 1 && i == 0;
      text.append(lead ? "<p class=\"standfirst\">" : "<p>")
          .append(Html.esc(mine.get(i)))
          .append("</p>\n");
    }
    String continued =
        page < pages ? "<p class=\"continued\">Продовження на наступній сторінці</p>\n" : "";
    String main =
        """
        <article class="longread">
        <div class="kicker"><a href="%s">%s</a></div>
        <h1 class="longread-title">%s</h1>
        <div class="longread-meta">%s · <time datetime="%s">%s</time> · Сторінка %d з %d</div>
        %s<div class="longread-body">
        %s%s</div>
        %s</article>
        <aside class="more"><h2>Читайте в номері</h2>%s</aside>
        """
            .formatted(
                sectionPath(v.outlet(), "uk", p.article().section()),
                Html.esc(p.article().section().label("uk")),
                Html.esc(ver.title()),
                Html.esc(byline(p)),
                Feeds.iso(p.published()),
                DateText.full(p.published(), "uk"),
                page,
                pages,
                page == 1
                    ? "<figure class=\"cover\"><img src=\""
                        + image(v, p)
                        + "\" alt=\"\"><figcaption>"
                        + caption(p)
                        + "</figcaption></figure>\n"
                    : "",
                text,
                continued,
                Chrome.pager(p.path(), page, pages, "page-nav"),
                Chrome.headlines(v, v.related(p, 3), "more-list", false));
    return new Rendered(
        page(v, ver.title(), page == 1 ? url : url + "?page=" + page, links.toString(), main),
        pages);
  }

  @Override
  int homeSize() {
    return 12;
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    StringBuilder b =
        new StringBuilder("<h1>")
            .append(Html.esc(r == null ? "Свіжий номер" : r.label(lang)))
            .append("</h1>\n");
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      b.append("<div class=\"teaser\"><h2><a href=\"")
          .append(p.path())
          .append("\">")
          .append(Html.esc(ver.title()))
          .append("</a></h2><p>")
          .append(Html.esc(Html.excerpt(ver.lead(), 220)))
          .append("</p><span class=\"by\">")
          .append(Html.esc(byline(p)))
          .append("</span></div>\n");
    }
    b.append(Chrome.pager(base, page, pages, "page-nav"));
    return page(v, r == null ? v.outlet().name() : r.label(lang), v.url(base), "", b.toString());
  }
}
