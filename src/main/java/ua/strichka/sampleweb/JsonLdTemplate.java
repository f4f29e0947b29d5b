package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A modern server-rendered React site: hashed CSS-module class names, OpenGraph and {@code
 * article:*} meta, and a JSON-LD {@code @graph} with NewsArticle, Organization, BreadcrumbList and
 * WebPage; Atom/RSS per edition and Google News sitemaps.
 */
final class JsonLdTemplate extends Template {

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    String prefix = a.language().equals("uk") ? "" : "/" + a.language();
    return prefix + "/news/" + a.section().slug() + "/" + slug + "-" + number + ".html";
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return prefix(o, language) + "/news/" + r.slug() + "/";
  }

  private String head(View v, String lang, String title, String canonical, String meta) {
    return """
        <!DOCTYPE html><html lang="%s" data-theme="light"><head><meta charSet="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>%s | %s</title>
        <link rel="canonical" href="%s"/>
        <link rel="preload" href="/_next/static/css/4f1c2a.css" as="style"/>
        %s%s<script defer src="/_next/static/chunks/main-7a1b9c.js"></script></head>
        """
        .formatted(
            lang,
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            Chrome.feedLinks(v, this, lang),
            meta);
  }

  private String header(View v, String lang) {
    StringBuilder editions = new StringBuilder();
    for (String l : v.outlet().languages()) {
      editions
          .append("<a class=\"LangSwitch_item__Qm2\" href=\"")
          .append(prefix(v.outlet(), l))
          .append("/\">")
          .append(l.toUpperCase(java.util.Locale.ROOT))
          .append("</a>");
    }
    return """
        <body><div id="__next"><header class="Header_root__x1Kp"><a class="Header_logo__a9" href="%s/">%s</a>
        <nav class="Header_nav__4mT"><ul>%s</ul></nav><div class="LangSwitch_root__Zr">%s</div></header>
        """
        .formatted(
            prefix(v.outlet(), lang),
            Html.esc(v.outlet().name()),
            Chrome.menu(v, this, lang),
            editions);
  }

  private String footer(View v, String lang) {
    return """
        <footer class="Footer_root__kq0"><div class="Footer_cols__3s"><a href="/contacts/">Контакти</a><a href="/about/">Про нас</a></div>
        <p class="Footer_copy__p1">© 2025 %s. Усі права захищено.</p></footer></div>
        <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/","buildId":"b7Xq1"}</script>
        </body></html>
        """
        .formatted(Html.esc(v.outlet().name()));
  }

  private String jsonLd(View v, Post p, CorpusArticle.Version ver) {
    Rubric r = p.article().section();
    String lang = p.language();
    String url = v.url(p);
    String authors =
        p.article().authors().isEmpty()
            ? "{\"@type\":\"Organization\",\"name\":" + Html.json(v.outlet().name()) + "}"
            : p.article().authors().stream()
                .map(
                    a ->
                        "{\"@type\":\"Person\",\"name\":"
                            + Html.json(a)
                            + ",\"url\":\""
                            + v.url("/authors/" + Translit.slug(a, 3))
                            + "\"}")
                .collect(Collectors.joining(","));
    return """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[\
        {"@type":"NewsArticle","@id":"%s#article","headline":%s,"description":%s,"datePublished":"%s","dateModified":"%s",\
        "inLanguage":"%s","articleSection":%s,"author":[%s],"image":{"@type":"ImageObject","url":"%s","width":1200,"height":675},\
        "mainEntityOfPage":{"@id":"%s"},"publisher":{"@id":"%s#organization"},"isAccessibleForFree":true},\
        {"@type":"Organization","@id":"%s#organization","name":%s,"url":"%s","logo":{"@type":"ImageObject","url":"%s"}},\
        {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":%s,"item":"%s"},\
        {"@type":"ListItem","position":2,"name":%s,"item":"%s"},{"@type":"ListItem","position":3,"name":%s}]},\
        {"@type":"WebPage","@id":"%s","url":"%s","name":%s,"inLanguage":"%s"}]}</script>
        """
        .formatted(
            url,
            Html.json(ver.title()),
            Html.json(Html.excerpt(ver.lead(), 200)),
            Feeds.iso(p.published()),
            Feeds.iso(p.modified(v.now())),
            lang,
            Html.json(r.label(lang)),
            authors,
            image(v, p),
            url,
            v.url("/"),
            v.url("/"),
            Html.json(v.outlet().name()),
            v.url("/"),
            v.url("/logo.png"),
            Html.json(v.outlet().name()),
            v.url(prefix(v.outlet(), lang) + "/"),
            Html.json(r.label(lang)),
            v.url(sectionPath(v.outlet(), lang, r)),
            Html.json(ver.title()),
            url,
            url,
            Html.json(ver.title()),
            lang);
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    String lang = p.language();
    Rubric r = p.article().section();
    StringBuilder meta = new StringBuilder();
    meta.append("<meta name=\"description\" content=\"")
        .append(Html.esc(Html.excerpt(ver.lead(), 160)))
        .append("\"/>\n");
    meta.append(
            "<meta property=\"og:type\" content=\"article\"/>\n<meta property=\"og:title\" content=\"")
        .append(Html.esc(ver.title()))
        .append("\"/>\n");
    meta.append("<meta property=\"og:description\" content=\"")
        .append(Html.esc(Html.excerpt(ver.lead(), 200)))
        .append("\"/>\n");
    meta.append("<meta property=\"og:url\" content=\"").append(v.url(p)).append("\"/>\n");
    meta.append("<meta property=\"og:image\" content=\"").append(image(v, p)).append("\"/>\n");
    meta.append("<meta property=\"og:site_name\" content=\"")
        .append(Html.esc(v.outlet().name()))
        .append("\"/>\n");
    meta.append("<meta property=\"og:locale\" content=\"")
        .append(lang.equals("uk") ? "uk_UA" : lang.equals("ru") ? "ru_RU" : "en_US")
        .append("\"/>\n");
    meta.append("<meta property=\"article:published_time\" content=\"")
        .append(Feeds.iso(p.published()))
        .append("\"/>\n");
    meta.append("<meta property=\"article:modified_time\" content=\"")
        .append(Feeds.iso(p.modified(v.now())))
        .append("\"/>\n");
    meta.append("<meta property=\"article:section\" content=\"")
        .append(Html.esc(r.label(lang)))
        .append("\"/>\n");
    for (String a : p.article().authors()) {
      meta.append("<meta property=\"article:author\" content=\"")
          .append(Html.esc(a))
          .append("\"/>\n");
    }
    for (String tag : View.tags(p, 3)) {
      meta.append("<meta property=\"article:tag\" content=\"")
          .append(Html.esc(tag))
          .append("\"/>\n");
    }
    meta.append("<meta name=\"twitter:card\" content=\"summary_large_image\"/>\n");
    meta.append(jsonLd(v, p, ver));
    List<String> paras = ver.paragraphs();
    StringBuilder body = new StringBuilder();
    for (int i = 1; i < paras.size(); i++) {
      body.append("<p class=\"ArticleBody_p__2w\">")
          .append(Html.esc(paras.get(i)))
          .append("</p>\n");
      if (i == 2) body.append("<div class=\"AdSlot_root__9x\" data-slot=\"in-article\"></div>\n");
    }
    String html =
        head(v, lang, ver.title(), v.url(p), meta.toString())
            + header(v, lang)
            + """
            <main class="Layout_main__h2"><nav class="Breadcrumbs_root__b4" aria-label="breadcrumb"><ol><li><a href="%s/">%s</a></li><li><a href="%s">%s</a></li></ol></nav>
            <article class="ArticleLayout_article__3kd"><h1 class="ArticleTitle_title__9f">%s</h1>
            <div class="ArticleMeta_meta__7u"><span class="ArticleMeta_author__c1">%s</span><time dateTime="%s" class="ArticleMeta_date__z0">%s</time></div>
            <figure class="ArticleImage_root__k2"><img alt="%s" src="%s" loading="eager"/><figcaption>%s</figcaption></figure>
            <div class="ArticleBody_lead__q8"><p>%s</p></div>
            <div class="ArticleBody_body__7c">
            %s</div></article>
            <section class="ReadMore_root__1v"><h2>%s</h2>%s</section></main>
            """
                .formatted(
                    prefix(v.outlet(), lang),
                    lang.equals("en") ? "Home" : "Головна",
                    sectionPath(v.outlet(), lang, r),
                    Html.esc(r.label(lang)),
                    Html.esc(ver.title()),
                    Html.esc(byline(p)),
                    Feeds.iso(p.published()),
                    DateText.full(p.published(), lang),
                    Html.esc(ver.title()),
                    image(v, p),
                    caption(p),
                    Html.esc(paras.getFirst()),
                    body,
                    lang.equals("en")
                        ? "Read more"
                        : lang.equals("ru") ? "Читайте также" : "Читайте також",
                    Chrome.headlines(v, v.related(p, 4), "ReadMore_list__s0", true))
            + footer(v, lang);
    return new Rendered(html, 1);
  }

  @Override
  int homeSize() {
    return 15;
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    StringBuilder cards = new StringBuilder();
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      cards
          .append("<div class=\"Card_root__m3\"><a class=\"Card_link__t5\" href=\"")
          .append(p.path())
          .append("\"><h3 class=\"Card_title__e2\">")
          .append(Html.esc(ver.title()))
          .append("</h3></a><time dateTime=\"")
          .append(Feeds.iso(p.published()))
          .append("\">")
          .append(DateText.time(p.published()))
          .append("</time></div>\n");
    }
    String title = r == null ? v.outlet().name() : r.label(lang);
    return head(v, lang, title, v.url(page == 1 ? base : base + "?page=" + page), "")
        + header(v, lang)
        + "<main class=\"Layout_main__h2\"><h1 class=\"SectionTitle_h__u7\">"
        + Html.esc(title)
        + "</h1>\n<div class=\"Grid_root__f8\">\n"
        + cards
        + "</div>\n"
        + Chrome.pager(base, page, pages, "Pagination_root__c3")
        + "</main>\n"
        + footer(v, lang);
  }
}
