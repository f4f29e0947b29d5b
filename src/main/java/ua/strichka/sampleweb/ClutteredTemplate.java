package ua.strichka.sampleweb;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/**
 * A regional portal at its most cluttered: cookie banner, ads («Реклама»), «Читайте також:» link
 * blocks and an ad between the article's paragraphs, share buttons, popular and latest-news
 * sidebars full of other headlines, a newsletter box and readers' comments; RSS and section pages.
 */
final class ClutteredTemplate extends Template {
  private static final List<String> COMMENTS =
      List.of(
          "Дякую за новину, нарешті хтось пише про наше місто.",
          "А коли вже відремонтують дорогу на Салтівці? Про це напишіть!",
          "Знову те саме. Скільки можна обіцяти.",
          "Тримаймося, все буде Україна!",
          "Автор, перевірте цифри, у минулій статті було інакше.",
          "Хто знає, чи працює сьогодні ЦНАП на Московському?",
          "Гарна робота журналістів, дякую.");
  private static final List<String> USERS =
      List.of(
          "Олег_Х", "kharkiv_mama", "Іван Петрович", "Sasha77", "Наталка", "анонім", "Dmytro K.");

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    ZonedDateTime d = DateText.kyiv(published);
    String prefix = a.language().equals("uk") ? "" : "/" + a.language();
    return "%s/%s/%d/%02d/%02d/%s.html"
        .formatted(
            prefix, a.section().slug(), d.getYear(), d.getMonthValue(), d.getDayOfMonth(), slug);
  }

  private String page(
      View v, String lang, String title, String canonical, String meta, String main) {
    boolean ru = lang.equals("ru");
    List<Post> latest = v.recent(lang, 15);
    List<Post> popular =
        v.recent(lang, 40).stream()
            .sorted((a, b) -> Integer.compare(a.number() % 7, b.number() % 7))
            .limit(8)
            .toList();
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <title>%s | %s</title>
        <link rel="canonical" href="%s">
        %s%s<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
        </head>
        <body class="portal">
        <div class="cookie-banner" id="cookie">%s <button>OK</button></div>
        <div class="ad ad-top"><span class="ad-label">Реклама</span><a href="/promo/"><img src="/banners/top-970x90.gif" alt=""></a></div>
        <header class="header"><div class="logo"><a href="%s/">%s</a></div>
        <div class="header-info"><span class="weather">Харків +7°</span> <span class="rates">USD 41.25 · EUR 45.10</span></div>
        <nav class="main-menu"><ul>%s</ul></nav>
        <div class="lang"><a href="/">UA</a> <a href="/ru/">RU</a></div></header>
        <div class="container">
        <div class="col-main">
        %s
        </div>
        <aside class="col-side">
        <div class="widget popular"><div class="widget-title">%s</div>
        %s</div>
        <div class="ad ad-side"><span class="ad-label">Реклама</span><img src="/banners/300x250.gif" alt=""></div>
        <div class="widget latest"><div class="widget-title">%s</div>
        %s</div>
        <div class="newsletter"><div class="newsletter-title">%s</div><form action="/subscribe"><input type="email" placeholder="E-mail"><button>%s</button></form></div>
        </aside>
        </div>
        <footer class="footer"><ul class="footer-menu"><li><a href="/contacts/">Контакти</a></li><li><a href="/reklama/">Реклама на сайті</a></li><li><a href="/rules/">Правила</a></li></ul>
        <p>© 2008–2025 %s. Використання матеріалів дозволяється за умови посилання на skray.kharkiv.ua.</p></footer>
        </body>
        </html>
        """
        .formatted(
            lang,
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            Chrome.feedLinks(v, this, lang),
            meta,
            ru
                ? "Мы используем файлы cookie, чтобы сайт работал лучше."
                : "Ми використовуємо файли cookie, щоб сайт працював краще.",
            prefix(v.outlet(), lang),
            Html.esc(v.outlet().name()),
            Chrome.menu(v, this, lang),
            main,
            ru ? "Популярное" : "Популярне",
            Chrome.headlines(v, popular, "popular-list", false),
            ru ? "Последние новости" : "Останні новини",
            Chrome.headlines(v, latest, "news-list", true),
            ru
                ? "Подпишитесь на рассылку главных новостей"
                : "Підпишіться на розсилку головних новин",
            ru ? "Подписаться" : "Підписатися",
            Html.esc(v.outlet().name()));
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    String lang = p.language();
    boolean ru = lang.equals("ru");
    Rubric r = p.article().section();
    List<Post> also = v.related(p, 2);
    List<String> paras = ver.paragraphs();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < paras.size(); i++) {
      text.append("<p>").append(Html.esc(paras.get(i))).append("</p>\n");
      if (i == 1 && !also.isEmpty()) text.append(readAlso(v, also.getFirst(), ru));
      if (i == 2)
        text.append(
            "<div class=\"ad ad-inline\"><span class=\"ad-label\">Реклама</span><div id=\"adfox_inline\"></div></div>\n");
      if (i == 4 && also.size() > 1) text.append(readAlso(v, also.get(1), ru));
    }
    Random random = v.random(p, "comments");
    StringBuilder comments = new StringBuilder();
    int n = 2 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      comments
          .append("<div class=\"comment\"><div class=\"comment-author\">")
          .append(Html.esc(USERS.get(random.nextInt(USERS.size()))))
          .append("</div><div class=\"comment-date\">")
          .append(DateText.numeric(p.published().plusSeconds(600L * (i + 1))))
          .append("</div><div class=\"comment-text\"><p>")
          .append(Html.esc(COMMENTS.get(random.nextInt(COMMENTS.size()))))
          .append("</p></div></div>\n");
    }
    String meta =
        "<meta property=\"og:title\" content=\""
            + Html.esc(ver.title())
            + "\">\n<meta property=\"og:type\" content=\"article\">\n"
            + "<meta property=\"article:published_time\" content=\""
            + Feeds.iso(p.published())
            + "\">\n";
    String main =
        """
        <div class="breadcrumbs"><a href="%s/">%s</a> › <a href="%s">%s</a></div>
        <article class="news-full">
        <h1>%s</h1>
        <div class="news-info"><span class="date">%s</span> <span class="views">👁 %d</span> <span class="author">%s</span></div>
        <div class="share-top"><a class="share fb" href="#">Facebook</a><a class="share tg" href="#">Telegram</a><a class="share vb" href="#">Viber</a></div>
        <div class="news-photo"><img src="%s" alt=""><div class="photo-caption">%s</div></div>
        <div class="news-text">
        %s</div>
        <div class="news-tags">%s</div>
        <div class="share-bottom">%s <a class="share fb" href="#">Facebook</a><a class="share tg" href="#">Telegram</a></div>
        </article>
        <div class="ad ad-bottom"><span class="ad-label">Реклама</span><div class="teasers"><a href="/promo/">Схуднути за тиждень? Лікарі в шоці</a><a href="/promo/">Пенсіонерам: нова виплата</a></div></div>
        <section class="comments"><h3>%s (%d)</h3>
        %s</section>
        """
            .formatted(
                prefix(v.outlet(), lang),
                ru ? "Главная" : "Головна",
                sectionPath(v.outlet(), lang, r),
                Html.esc(r.label(lang)),
                Html.esc(ver.title()),
                DateText.numeric(p.published()).replace(" ", ", "),
                300 + random.nextInt(5000),
                Html.esc(byline(p)),
                image(v, p),
                caption(p),
                text,
                tags(p),
                ru ? "Поделиться:" : "Поділитися:",
                ru ? "Комментарии" : "Коментарі",
                n,
                comments);
    return new Rendered(page(v, lang, ver.title(), v.url(p), meta, main), 1);
  }

  private static String readAlso(View v, Post q, boolean ru) {
    return "<p class=\"read-also\"><strong>"
        + (ru ? "Читайте также:" : "Читайте також:")
        + "</strong> <a href=\""
        + Html.esc(q.path())
        + "\">"
        + Html.esc(q.version(v.now()).title())
        + "</a></p>\n";
  }

  private static String tags(Post p) {
    StringBuilder b = new StringBuilder();
    for (String t : View.tags(p, 3)) {
      b.append("<a class=\"tag\" href=\"/tag/")
          .append(Translit.slug(t, 6))
          .append("/\">#")
          .append(Html.esc(t))
          .append("</a> ");
    }
    return b.toString();
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    StringBuilder b =
        new StringBuilder("<h1 class=\"section-title\">")
            .append(
                Html.esc(r == null ? (lang.equals("ru") ? "Новости" : "Новини") : r.label(lang)))
            .append("</h1>\n");
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      b.append("<div class=\"news-item\"><img src=\"")
          .append(image(v, p))
          .append("\" alt=\"\"><span class=\"date\">")
          .append(DateText.numeric(p.published()))
          .append("</span><a class=\"title\" href=\"")
          .append(Html.esc(p.path()))
          .append("\">")
          .append(Html.esc(ver.title()))
          .append("</a><p>")
          .append(Html.esc(Html.excerpt(ver.lead(), 150)))
          .append("</p></div>\n");
    }
    b.append(Chrome.pager(base, page, pages, "pagination"));
    return page(
        v,
        lang,
        r == null ? v.outlet().name() : r.label(lang),
        v.url(page == 1 ? base : base + "?page=" + page),
        "",
        b.toString());
  }
}
