package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.List;

/**
 * A repost aggregator like the project's example page: headline, the date twice, the text, the
 * headline again, «Джерело: domain (Розділ)» linking the original when it credits one, and the text
 * of an exchange-rates widget that loads from minfin.com.ua.
 */
final class AggregatorTemplate extends Template {

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    return "/news/" + number + "-" + slug + ".html";
  }

  /** Small hosts ask crawlers to go slowly. */
  @Override
  int crawlDelay() {
    return 1;
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return "/cat/" + r.slug() + "/";
  }

  @Override
  String feedPath(String kind, CorpusOutlet o, String language) {
    return kind.equals(Discovery.RSS) ? "/rss/" : super.feedPath(kind, o, language);
  }

  private String page(View v, String title, String canonical, String main, String extraHead) {
    return """
        <!DOCTYPE html>
        <html lang="uk">
        <head>
        <meta charset="utf-8">
        <title>%s - %s</title>
        <link rel="canonical" href="%s">
        %s%s</head>
        <body>
        <div class="wrapper">
        <div class="top"><a href="/" class="logo">%s</a> <span class="slogan">Усі новини України в одному місці</span></div>
        <ul class="menu"><li><a href="/">Головна</a></li>%s</ul>
        <div class="content">
        <div class="left">
        %s
        </div>
        <div class="right">
        <div class="block"><div class="block-title">Останні новини</div>
        %s</div>
        <div class="block" id="minfin-widget"><div class="block-title">Курси валют</div>
        <div class="minfin-informer">Завантажуєм курси валют від minfin.com.ua</div>
        <script src="https://minfin.com.ua/informer/script.js" async></script></div>
        </div>
        </div>
        <div class="footer">© 2025 %s. Матеріали передруковано з відкритих джерел; права належать їхнім авторам.</div>
        </div>
        </body>
        </html>
        """
        .formatted(
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            Chrome.feedLinks(v, this, "uk"),
            extraHead,
            Html.esc(v.outlet().name()),
            Chrome.menu(v, this, "uk"),
            main,
            Chrome.headlines(v, v.recent("uk", 10), "last-news", true),
            Html.esc(v.outlet().name()));
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    String date = DateText.full(p.published(), "uk");
    String source = "";
    if (p.article().credit()) {
      source =
          v.original(p)
              .map(
                  o -> {
                    CorpusOutlet from = v.edition().outlet(o.post().article().outlet());
                    return "<div class=\"source\">Джерело: <a href=\""
                        + Html.esc(o.url())
                        + "\" rel=\"nofollow\" target=\"_blank\">"
                        + from.domain()
                        + "</a> ("
                        + Html.esc(o.post().article().section().label("uk"))
                        + ")</div>\n";
                  })
              .orElse("");
    }
    String main =
        """
        <h1 class="news-title">%s</h1>
        <div class="news-date">%s</div>
        <div class="news">
        <div class="date">%s</div>
        <div class="news-text">
        %s</div>
        %s<div class="news-title-bottom">%s</div>
        %s</div>
        <div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
        """
            .formatted(
                Html.esc(ver.title()),
                date,
                date,
                paragraphs(ver.paragraphs()),
                p.article().authors().isEmpty()
                    ? ""
                    : "<div class=\"author\">Автор: " + Html.esc(byline(p)) + "</div>\n",
                Html.esc(ver.title()),
                source);
    String meta =
        "<meta property=\"og:title\" content=\""
            + Html.esc(ver.title())
            + "\">\n<meta property=\"og:url\" content=\""
            + v.url(p)
            + "\">\n";
    return new Rendered(page(v, ver.title(), v.url(p), main, meta), 1);
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    StringBuilder b =
        new StringBuilder("<h1>")
            .append(Html.esc(r == null ? "Новини" : r.label(lang)))
            .append("</h1>\n");
    for (Post p : posts) {
      b.append("<div class=\"item\"><span class=\"date\">")
          .append(DateText.full(p.published(), "uk"))
          .append("</span> <a href=\"")
          .append(Html.esc(p.path()))
          .append("\">")
          .append(Html.esc(p.version(v.now()).title()))
          .append("</a></div>\n");
    }
    b.append(Chrome.pager(base, page, pages, "pager"));
    return page(v, r == null ? "Новини" : r.label(lang), v.url(base), b.toString(), "");
  }
}
