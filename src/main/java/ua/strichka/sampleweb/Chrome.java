package ua.strichka.sampleweb;

import java.util.List;

/** Page parts many templates share: simple pages, the print version, pagers, feed links. */
final class Chrome {
  private Chrome() {}

  /** A plain page in the outlet's colours: contacts, tags, search, 404. */
  static String simplePage(View v, String lang, String title, String content) {
    Template t = Templates.of(v.outlet().template());
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="%s">
        <title>%s — %s</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        </head>
        <body class="page">
        <header class="site-header"><a class="logo" href="/">%s</a>
        <nav class="menu"><ul>%s</ul></nav></header>
        <main class="page-content">
        <h1 class="page-title">%s</h1>
        %s
        </main>
        <footer class="site-footer"><a href="/contacts/">Контакти</a> · © 2025 %s</footer>
        </body>
        </html>
        """
        .formatted(
            lang,
            t.charset().name(),
            Html.esc(title),
            Html.esc(v.outlet().name()),
            Html.esc(v.outlet().name()),
            menu(v, t, lang),
            Html.esc(title),
            content,
            Html.esc(v.outlet().name()));
  }

  /** The printer-friendly copy of an article; robots.txt disallows it, as outlets do. */
  static String print(View v, Post p) {
    CorpusArticle.Version ver = p.version(v.now());
    return """
        <!DOCTYPE html>
        <html lang="%s"><head><meta charset="utf-8"><title>%s</title>
        <meta name="robots" content="noindex"><link rel="canonical" href="%s"></head>
        <body onload="window.print()"><h1>%s</h1><p>%s</p>
        %s<p>© %s</p></body></html>
        """
        .formatted(
            p.language(),
            Html.esc(ver.title()),
            v.url(p),
            Html.esc(ver.title()),
            DateText.full(p.published(), p.language()),
            Template.paragraphs(ver.paragraphs()),
            Html.esc(v.outlet().name()));
  }

  /** {@code <li>} links to the sections of an edition. */
  static String menu(View v, Template t, String lang) {
    StringBuilder b = new StringBuilder();
    for (Rubric r : v.sections(lang)) {
      b.append("<li class=\"menu-item\"><a href=\"")
          .append(Html.esc(t.sectionPath(v.outlet(), lang, r)))
          .append("\">")
          .append(Html.esc(r.label(lang)))
          .append("</a></li>");
    }
    return b.toString();
  }

  /** {@code <link rel="alternate">} to the edition's feeds, for a page's head. */
  static String feedLinks(View v, Template t, String lang) {
    StringBuilder b = new StringBuilder();
    for (Discovery.Doc d : Discovery.alternates(v.outlet(), t, lang)) {
      b.append("<link rel=\"alternate\" type=\"application/")
          .append(d.kind().equals(Discovery.ATOM) ? "atom" : "rss")
          .append("+xml\" title=\"")
          .append(Html.esc(v.outlet().name()))
          .append("\" href=\"")
          .append(v.url(d.path()))
          .append("\">\n");
    }
    for (String path : v.extraFeeds()) {
      b.append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"")
          .append(v.url(path))
          .append("\">\n");
    }
    return b.toString();
  }

  /** Links to the pages of a list or an article: «1 2 3 Далі →». */
  static String pager(String base, int page, int pages, String cssClass) {
    if (pages <= 1) return "";
    String sep = base.contains("?") ? "&" : "?";
    StringBuilder b = new StringBuilder("<nav class=\"" + cssClass + "\">");
    if (page > 1) {
      b.append("<a class=\"prev\" rel=\"prev\" href=\"")
          .append(Html.esc(page == 2 ? base : base + sep + "page=" + (page - 1)))
          .append("\">← Назад</a> ");
    }
    for (int i = 1; i <= pages; i++) {
      if (i == page) b.append("<span class=\"current\">").append(i).append("</span> ");
      else {
        b.append("<a href=\"")
            .append(Html.esc(i == 1 ? base : base + sep + "page=" + i))
            .append("\">")
            .append(i)
            .append("</a> ");
      }
    }
    if (page < pages) {
      b.append("<a class=\"next\" rel=\"next\" href=\"")
          .append(Html.esc(base + sep + "page=" + (page + 1)))
          .append("\">Далі →</a>");
    }
    return b.append("</nav>\n").toString();
  }

  /** A {@code <ul>} of headlines linking to posts, with the class a template wants. */
  static String headlines(View v, List<Post> posts, String cssClass, boolean withTime) {
    StringBuilder b = new StringBuilder("<ul class=\"" + cssClass + "\">\n");
    for (Post p : posts) {
      b.append("<li>");
      if (withTime) {
        b.append("<span class=\"time\">").append(DateText.time(p.published())).append("</span> ");
      }
      b.append("<a href=\"")
          .append(Html.esc(p.path()))
          .append("\">")
          .append(Html.esc(p.version(v.now()).title()))
          .append("</a></li>\n");
    }
    return b.append("</ul>\n").toString();
  }
}
