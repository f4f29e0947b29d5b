package ua.strichka.sampleweb;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A WordPress theme (Twenty-something descendant): {@code entry-title}, {@code entry-content} with
 * Gutenberg {@code wp-block-*} blocks, {@code byline}, categories and tags, Jetpack related posts,
 * a recent-posts widget; RSS at {@code /feed/} and per category, Yoast-style sitemaps.
 */
final class WordpressTemplate extends Template {

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    ZonedDateTime d = DateText.kyiv(published);
    return "%s/%d/%02d/%02d/%s/"
        .formatted(
            a.language().equals("uk") || a.language().equals("en") ? "" : "/" + a.language(),
            d.getYear(),
            d.getMonthValue(),
            d.getDayOfMonth(),
            slug);
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return prefix(o, language) + "/category/" + r.slug() + "/";
  }

  @Override
  String newsPath(CorpusOutlet o, String language) {
    return prefix(o, language) + "/category/news/";
  }

  @Override
  String feedPath(String kind, CorpusOutlet o, String language) {
    return switch (kind) {
      case Discovery.RSS -> prefix(o, language) + "/feed/";
      case Discovery.ATOM -> prefix(o, language) + "/feed/atom/";
      case Discovery.NEWS_SITEMAP -> "/news-sitemap.xml";
      case Discovery.SITEMAP_INDEX -> "/sitemap_index.xml";
      default -> "/sitemap.xml";
    };
  }

  @Override
  Feeds.RssStyle rssStyle() {
    return new Feeds.RssStyle("UTF-8", true);
  }

  @Override
  String robotsRules() {
    return "Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n";
  }

  @Override
  boolean sectionFeeds() {
    return true;
  }

  /** WordPress's feeds carry tracking parameters; the canonical link drops them. */
  @Override
  String feedLink(View v, Post p) {
    return v.url(p)
        + "?utm_source=rss&utm_medium=rss&utm_campaign="
        + Translit.slug(p.article().original().title(), 4);
  }

  private String head(View v, String lang, String title, String canonical, String extra) {
    return """
        <!doctype html>
        <html lang="%s" prefix="og: https://ogp.me/ns#">
        <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s – %s</title>
        <link rel="canonical" href="%s">
        %s<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all'>
        <meta name="generator" content="WordPress 6.5.3">
        %s</head>
        """
        .formatted(
            lang.equals("uk") ? "uk" : "en-US",
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            Chrome.feedLinks(v, this, lang),
            extra);
  }

  private String header(View v, String lang, String bodyClass) {
    return """
        <body class="%s wp-embed-responsive">
        <a class="skip-link screen-reader-text" href="#content">Перейти до вмісту</a>
        <div id="page" class="site">
        <header id="masthead" class="site-header">
        <div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p>
        <p class="site-description">%s</p></div>
        <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s<li class="menu-item"><a href="/contacts/">Контакти</a></li></ul></nav>
        </header>
        <div id="content" class="site-content">
        """
        .formatted(
            bodyClass,
            Html.esc(v.outlet().name()),
            Html.esc(v.outlet().character()),
            Chrome.menu(v, this, lang));
  }

  private String sidebarAndFooter(View v, String lang) {
    return """
        <aside id="secondary" class="widget-area">
        <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/search"><input type="search" class="search-field" name="s"></form></section>
        <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">%s</h2>
        %s</section>
        </aside>
        </div>
        <footer id="colophon" class="site-footer"><div class="site-info">© 2025 %s · <a href="/contacts/">Контакти</a> · <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
        </div>
        </body>
        </html>
        """
        .formatted(
            lang.equals("en") ? "Recent Posts" : "Свіжі записи",
            Chrome.headlines(v, v.recent(lang, 5), "wp-block-latest-posts", false),
            Html.esc(v.outlet().name()));
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    String lang = p.language();
    Rubric r = p.article().section();
    String published = Feeds.iso(p.published());
    String og =
        """
        <meta property="og:type" content="article">
        <meta property="og:title" content="%s">
        <meta property="og:url" content="%s">
        <meta property="og:site_name" content="%s">
        <meta property="article:published_time" content="%s">
        <meta property="article:modified_time" content="%s">
        """
            .formatted(
                Html.esc(ver.title()),
                v.url(p),
                Html.esc(v.outlet().name()),
                published,
                Feeds.iso(p.modified(v.now())));
    StringBuilder content = new StringBuilder();
    List<String> paras = ver.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      String para = paras.get(i);
      if (i > 0 && para.startsWith("«") && para.length() > 120) {
        content
            .append("<blockquote class=\"wp-block-quote\"><p>")
            .append(Html.esc(para))
            .append("</p></blockquote>\n");
      } else {
        content.append("<p>").append(Html.esc(para)).append("</p>\n");
      }
      if (i == 0) {
        content
            .append("<figure class=\"wp-block-image size-large\"><img decoding=\"async\" src=\"")
            .append(image(v, p))
            .append("\" alt=\"\" class=\"wp-image-")
            .append(p.number() + 1)
            .append("\"><figcaption class=\"wp-element-caption\">")
            .append(caption(p))
            .append("</figcaption></figure>\n");
      }
    }
    StringBuilder tags = new StringBuilder();
    for (String tag : View.tags(p, 3)) {
      if (!tags.isEmpty()) tags.append(", ");
      tags.append("<a href=\"/tag/")
          .append(Translit.slug(tag, 6))
          .append("/\" rel=\"tag\">")
          .append(Html.esc(tag))
          .append("</a>");
    }
    String author = byline(p);
    boolean en = lang.equals("en");
    String html =
        head(v, lang, ver.title(), v.url(p), og)
            + header(
                v,
                lang,
                "post-template-default single single-post postid-"
                    + p.number()
                    + " single-format-standard")
            + """
            <main id="main" class="site-main">
            <nav class="yoast-breadcrumbs"><span><span><a href="/">%s</a></span> » <span><a href="%s">%s</a></span> » <span class="breadcrumb_last" aria-current="page">%s</span></span></nav>
            <article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">
            <header class="entry-header">
            <h1 class="entry-title">%s</h1>
            <div class="entry-meta"><span class="posted-on"><a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s">%s</time></a></span><span class="byline"> <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span></div>
            </header>
            <div class="entry-content">
            %s</div>
            <footer class="entry-footer"><span class="cat-links">%s <a href="%s" rel="category tag">%s</a></span> <span class="tags-links">%s %s</span> <a class="print" href="/print/%d" rel="nofollow">%s</a></footer>
            </article>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>%s</em></h3>
            %s</div>
            <nav class="navigation post-navigation" aria-label="Записи"><div class="nav-links"><div class="nav-previous"><a href="/" rel="prev">%s</a></div></div></nav>
            <div id="comments" class="comments-area"><p class="no-comments">%s</p></div>
            </main>
            """
                .formatted(
                    en ? "Home" : "Головна",
                    sectionPath(v.outlet(), lang, r),
                    Html.esc(r.label(lang)),
                    Html.esc(ver.title()),
                    p.number(),
                    p.number(),
                    r.slug(),
                    Html.esc(ver.title()),
                    v.url(p),
                    published,
                    DateText.full(p.published(), lang),
                    Feeds.iso(p.modified(v.now())),
                    DateText.full(p.modified(v.now()), lang),
                    Translit.slug(author, 3),
                    Html.esc(author),
                    content,
                    en ? "Categories:" : "Рубрики:",
                    sectionPath(v.outlet(), lang, r),
                    Html.esc(r.label(lang)),
                    en ? "Tags:" : "Теги:",
                    tags,
                    p.number(),
                    en ? "Print" : "Друк",
                    en ? "Related" : "Схожі записи",
                    Chrome.headlines(v, v.related(p, 3), "jp-relatedposts-items", false),
                    en ? "Home" : "На головну",
                    en ? "Comments are closed." : "Коментарі закриті.")
            + sidebarAndFooter(v, lang);
    return new Rendered(html, 1);
  }

  @Override
  int homeSize() {
    return 12;
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    String title = r == null ? v.outlet().name() : r.label(lang);
    StringBuilder b = new StringBuilder();
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      b.append("<article id=\"post-")
          .append(p.number())
          .append("\" class=\"post type-post hentry\">")
          .append("<h2 class=\"entry-title\"><a href=\"")
          .append(p.path())
          .append("\" rel=\"bookmark\">")
          .append(Html.esc(ver.title()))
          .append("</a></h2>")
          .append("<div class=\"entry-meta\"><time class=\"entry-date published\" datetime=\"")
          .append(Feeds.iso(p.published()))
          .append("\">")
          .append(DateText.full(p.published(), lang))
          .append("</time></div>")
          .append("<div class=\"entry-summary\"><p>")
          .append(Html.esc(Html.excerpt(ver.lead(), 200)))
          .append(" [&hellip;]</p></div></article>\n");
    }
    String canonical = v.url(page == 1 ? base : base + "?page=" + page);
    return head(v, lang, title, canonical, "")
        + header(v, lang, r == null ? "home blog" : "archive category category-" + r.slug())
        + "<main id=\"main\" class=\"site-main\">\n<header class=\"page-header\"><h1 class=\"page-title\">"
        + Html.esc(title)
        + "</h1></header>\n"
        + b
        + Chrome.pager(base, page, pages, "navigation pagination")
        + "</main>\n"
        + sidebarAndFooter(v, lang);
  }
}
