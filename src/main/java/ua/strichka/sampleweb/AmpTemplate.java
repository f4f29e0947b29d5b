package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fast mobile news site: each article links its AMP variant ({@code <link rel="amphtml">}) at
 * {@code …/amp}, an {@code <html ⚡>} page with {@code amp-img} and a canonical link back.
 */
final class AmpTemplate extends Template {

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    return "/news/" + number + "-" + slug;
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return "/" + r.slug() + "/";
  }

  @Override
  String newsPath(CorpusOutlet o, String language) {
    return "/latest/";
  }

  private String page(View v, String title, String canonical, String head, String main) {
    return """
        <!DOCTYPE html>
        <html lang="uk">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
        <title>%s — %s</title>
        <link rel="canonical" href="%s">
        %s</head>
        <body>
        <header class="topbar"><a class="brand" href="/">%s</a><button class="burger" aria-label="Меню">☰</button></header>
        <nav class="sections"><ul>%s</ul></nav>
        %s
        <footer class="bottom"><a href="/contacts/">Контакти</a> · %s, 2025</footer>
        </body>
        </html>
        """
        .formatted(
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            head,
            Html.esc(v.outlet().name()),
            Chrome.menu(v, this, "uk"),
            main,
            Html.esc(v.outlet().name()));
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    String head =
        "<link rel=\"amphtml\" href=\""
            + v.url(p)
            + "/amp\">\n"
            + "<meta property=\"og:title\" content=\""
            + Html.esc(ver.title())
            + "\">\n"
            + "<meta property=\"og:description\" content=\""
            + Html.esc(Html.excerpt(ver.lead(), 200))
            + "\">\n"
            + "<meta property=\"article:published_time\" content=\""
            + Feeds.iso(p.published())
            + "\">\n"
            + "<meta name=\"author\" content=\""
            + Html.esc(byline(p))
            + "\">\n";
    String main =
        """
        <main class="story">
        <h1 class="story-title">%s</h1>
        <div class="story-meta"><time datetime="%s">%s</time> · <a href="%s">%s</a> · <span class="story-author">%s</span></div>
        <img class="story-img" src="%s" width="640" height="360" alt="">
        <div class="story-text">
        %s</div>
        <div class="story-more"><b>Більше новин:</b>
        %s</div>
        </main>
        """
            .formatted(
                Html.esc(ver.title()),
                Feeds.iso(p.published()),
                DateText.time(p.published()),
                sectionPath(v.outlet(), "uk", p.article().section()),
                Html.esc(p.article().section().label("uk")),
                Html.esc(byline(p)),
                image(v, p),
                paragraphs(ver.paragraphs()),
                Chrome.headlines(v, v.related(p, 5), "more", true));
    return new Rendered(page(v, ver.title(), v.url(p), head, main), 1);
  }

  /** The AMP variant of an article, at its path plus {@code /amp}. */
  @Override
  Optional<String> extraPage(View v, Map<String, Post> byPath, String key) {
    if (!key.endsWith("/amp")) return Optional.empty();
    Post p = byPath.get(key.substring(0, key.length() - 4));
    if (p == null || !p.visible(v.now())) return Optional.empty();
    CorpusArticle.Version ver = p.version(v.now());
    return Optional.of(
        """
        <!doctype html>
        <html ⚡ lang="uk">
        <head>
        <meta charset="utf-8">
        <script async src="https://cdn.ampproject.org/v0.js"></script>
        <title>%s</title>
        <link rel="canonical" href="%s">
        <meta name="viewport" content="width=device-width">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s","dateModified":"%s"}</script>
        <style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
        <style amp-custom>h1{font-size:22px}</style>
        </head>
        <body>
        <header class="amp-top"><a href="/">%s</a></header>
        <article>
        <h1>%s</h1>
        <time datetime="%s">%s</time>
        <amp-img src="%s" width="640" height="360" layout="responsive" alt=""></amp-img>
        %s</article>
        <amp-analytics type="gtag" data-credentials="include"></amp-analytics>
        </body>
        </html>
        """
            .formatted(
                Html.esc(ver.title()),
                v.url(p),
                Html.json(ver.title()),
                Feeds.iso(p.published()),
                Feeds.iso(p.modified(v.now())),
                Html.esc(v.outlet().name()),
                Html.esc(ver.title()),
                Feeds.iso(p.published()),
                DateText.full(p.published(), "uk"),
                image(v, p),
                paragraphs(ver.paragraphs())));
  }

  @Override
  int homeSize() {
    return 25;
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    String main =
        "<main class=\"feed\"><h1>"
            + Html.esc(r == null ? "Стрічка новин" : r.label(lang))
            + "</h1>\n"
            + Chrome.headlines(v, posts, "feed-list", true)
            + Chrome.pager(base, page, pages, "more-pages")
            + "</main>";
    return page(v, r == null ? v.outlet().name() : r.label(lang), v.url(base), "", main);
  }
}
