package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.List;

/**
 * A city site that prints dates only as text («сьогодні, 14:20», «вчора, 21:05», «09 квітня 2025 р.
 * 07:03»), with no machine-readable date anywhere and no feed: a crawler finds its articles only
 * through {@code /news/} and {@code /section/<slug>/} pages.
 */
final class TextDatesTemplate extends Template {

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    String prefix = a.language().equals("uk") ? "" : "/" + a.language();
    return prefix + "/news/" + slug + "-" + number;
  }

  @Override
  boolean sendsLastModified() {
    return false;
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return prefix(o, language) + "/section/" + r.slug() + "/";
  }

  private String page(View v, String lang, String title, String canonical, String main) {
    boolean ru = lang.equals("ru");
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <title>%s - %s</title>
        <link rel="canonical" href="%s">
        <meta name="description" content="%s">
        </head>
        <body>
        <div id="header"><div id="logo"><a href="%s/">%s</a></div><div id="langs"><a href="/">Укр</a> | <a href="/ru/">Рус</a></div></div>
        <div id="menu"><a href="%s">%s</a> %s</div>
        <div id="main">
        %s
        </div>
        <div id="sidebar"><h4>%s</h4>
        %s</div>
        <div id="footer">%s © 2025. <a href="/contacts/">Контакти</a></div>
        </body>
        </html>
        """
        .formatted(
            lang,
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            ru ? "Новости Одессы" : "Новини Одеси",
            prefix(v.outlet(), lang),
            Html.esc(v.outlet().name()),
            newsPath(v.outlet(), lang),
            ru ? "Все новости" : "Усі новини",
            Chrome.menu(v, this, lang)
                .replace("<li class=\"menu-item\">", "")
                .replace("</li>", " "),
            main,
            ru ? "Сейчас читают" : "Зараз читають",
            dated(v, v.recent(lang, 8)),
            Html.esc(v.outlet().name()));
  }

  private static String dated(View v, List<Post> posts) {
    StringBuilder b = new StringBuilder();
    for (Post p : posts) {
      b.append("<div class=\"item\"><span class=\"when\">")
          .append(DateText.relative(p.published(), v.now(), p.language()))
          .append("</span> <a href=\"")
          .append(Html.esc(p.path()))
          .append("\">")
          .append(Html.esc(p.version(v.now()).title()))
          .append("</a></div>\n");
    }
    return b.toString();
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    String lang = p.language();
    String updated =
        p.isUpdated(v.now())
            ? "<div class=\"upd\">"
                + (lang.equals("ru") ? "Обновлено: " : "Оновлено: ")
                + DateText.relative(p.modified(v.now()), v.now(), lang)
                + "</div>\n"
            : "";
    String main =
        """
        <div class="path"><a href="%s/">%s</a> / <a href="%s">%s</a></div>
        <div class="post">
        <h1>%s</h1>
        <div class="when">%s</div>
        %s<div class="pic"><img src="%s" alt=""><span>%s</span></div>
        <div class="txt">
        %s</div>
        <div class="who">%s</div>
        </div>
        """
            .formatted(
                prefix(v.outlet(), lang),
                lang.equals("ru") ? "Главная" : "Головна",
                sectionPath(v.outlet(), lang, p.article().section()),
                Html.esc(p.article().section().label(lang)),
                Html.esc(ver.title()),
                DateText.relative(p.published(), v.now(), lang),
                updated,
                image(v, p),
                caption(p),
                paragraphs(ver.paragraphs()),
                Html.esc(byline(p)));
    return new Rendered(page(v, lang, ver.title(), v.url(p), main), 1);
  }

  @Override
  String home(View v, String language) {
    return page(
        v,
        language,
        v.outlet().name(),
        v.url(prefix(v.outlet(), language) + "/"),
        dated(v, v.recent(language, 20)));
  }

  @Override
  String listing(View v, String lang, Rubric r, List<Post> posts, int page, int pages) {
    String base = r == null ? newsPath(v.outlet(), lang) : sectionPath(v.outlet(), lang, r);
    String title = r == null ? (lang.equals("ru") ? "Все новости" : "Усі новини") : r.label(lang);
    return page(
        v,
        lang,
        title,
        v.url(page == 1 ? base : base + "?page=" + page),
        "<h1>"
            + Html.esc(title)
            + "</h1>\n"
            + dated(v, posts)
            + Chrome.pager(base, page, pages, "pages"));
  }
}
