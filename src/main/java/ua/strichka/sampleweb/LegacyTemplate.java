package ua.strichka.sampleweb;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

/**
 * A regional paper's 2000s PHP site: table layout, {@code <font>} tags, paragraphs as {@code
 * <br><br>}, articles at {@code /article.php?id=N}, dates like «09.04.2025 07:03», and everything,
 * RSS included, in windows-1251.
 */
final class LegacyTemplate extends Template {
  static final Charset CP1251 = Charset.forName("windows-1251");

  @Override
  Charset charset() {
    return CP1251;
  }

  @Override
  String articlePath(CorpusArticle a, int number, String slug, Instant published) {
    return "/article.php?id=" + number;
  }

  /** Small hosts ask crawlers to go slowly. */
  @Override
  int crawlDelay() {
    return 1;
  }

  @Override
  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return "/rubric.php?r=" + r.slug();
  }

  @Override
  String newsPath(CorpusOutlet o, String language) {
    return "/news.php";
  }

  @Override
  String feedPath(String kind, CorpusOutlet o, String language) {
    return kind.equals(Discovery.RSS) ? "/rss.php" : super.feedPath(kind, o, language);
  }

  private String page(View v, String title, String canonical, String center) {
    StringBuilder menu = new StringBuilder();
    for (Rubric r : v.sections("uk")) {
      menu.append("<tr><td class=\"menu\">&raquo; <a href=\"")
          .append(Html.esc(sectionPath(v.outlet(), "uk", r)))
          .append("\"><font color=\"#003366\">")
          .append(Html.esc(r.label("uk")))
          .append("</font></a></td></tr>\n");
    }
    return """
        <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
        <html lang="uk">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
        <title>%s :: %s</title>
        <link rel="canonical" href="%s">
        <link rel="alternate" type="application/rss+xml" title="RSS" href="%s">
        <link rel="stylesheet" href="/style.css" type="text/css">
        </head>
        <body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
        <table width="990" border="0" cellspacing="0" cellpadding="0" align="center">
        <tr><td colspan="3" bgcolor="#003366" height="90"><a href="/"><img src="/img/logo.gif" width="400" height="80" border="0" alt="%s"></a></td></tr>
        <tr><td colspan="3" bgcolor="#E0E0E0"><font face="Verdana" size="1">Сьогодні: <a href="/news.php">Усі новини</a> | <a href="/contacts/">Контакти</a> | <a href="/search?q=">Пошук</a></font></td></tr>
        <tr>
        <td width="180" valign="top" bgcolor="#F0F0F0"><table width="100%%" cellpadding="4">
        %s</table>
        <br><font face="Verdana" size="1"><b>Архів</b><br><a href="/news.php?page=2">Попередні новини</a></font></td>
        <td width="630" valign="top" style="padding:10px">
        %s
        </td>
        <td width="180" valign="top" bgcolor="#F0F0F0"><font face="Verdana" size="1"><b>Реклама</b><br><img src="/banners/b1.gif" width="160" height="600" alt="Реклама"></font></td>
        </tr>
        <tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; 1999-2025 %s. Усі права захищено. При передруці посилання обов'язкове.</font></td></tr>
        </table>
        </body>
        </html>
        """
        .formatted(
            Html.esc(title),
            Html.esc(v.outlet().name()),
            canonical,
            v.url("/rss.php"),
            Html.esc(v.outlet().name()),
            menu,
            center,
            Html.esc(v.outlet().name()));
  }

  @Override
  Rendered article(View v, Post p, int page) {
    CorpusArticle.Version ver = p.version(v.now());
    StringBuilder text = new StringBuilder();
    List<String> paras = ver.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      if (i > 0) text.append("<br><br>\n");
      String para = Html.esc(paras.get(i));
      text.append(i == 0 ? "<b>" + para + "</b>" : para);
    }
    String author = p.article().authors().isEmpty() ? "" : "<br><i>" + Html.esc(byline(p)) + "</i>";
    String center =
        """
        <font face="Verdana" size="1" color="#666666">%s | <a href="%s">%s</a></font><br>
        <font face="Arial" size="4" color="#003366"><b>%s</b></font><br><br>
        <img src="%s" width="300" height="200" align="left" hspace="8" vspace="4" alt="">
        <font face="Verdana" size="2">
        %s%s
        </font>
        <br><br><font face="Verdana" size="1"><a href="/print/%d">Версія для друку</a> | <a href="javascript:history.back()">Назад</a></font>
        <br><br><font face="Verdana" size="2"><b>Інші новини розділу:</b></font><br>
        %s"""
            .formatted(
                DateText.numeric(p.published()),
                sectionPath(v.outlet(), "uk", p.article().section()),
                Html.esc(p.article().section().label("uk")),
                Html.esc(ver.title()),
                image(v, p),
                text,
                author,
                p.number(),
                older(v, v.related(p, 5)));
    return new Rendered(page(v, ver.title(), v.url(p), center), 1);
  }

  private static String older(View v, List<Post> posts) {
    StringBuilder b = new StringBuilder();
    for (Post q : posts) {
      b.append("<font face=\"Verdana\" size=\"1\">")
          .append(DateText.numeric(q.published()))
          .append("</font> <a href=\"")
          .append(Html.esc(q.path()))
          .append("\"><font face=\"Verdana\" size=\"2\">")
          .append(Html.esc(q.version(v.now()).title()))
          .append("</font></a><br>\n");
    }
    return b.toString();
  }

  @Override
  String listing(
      View v, String lang, Rubric r, String base, List<Post> posts, int page, int pages) {
    StringBuilder b =
        new StringBuilder("<font face=\"Arial\" size=\"3\"><b>")
            .append(Html.esc(r == null ? "Новини" : r.label(lang)))
            .append("</b></font><br><br>\n");
    for (Post p : posts) {
      CorpusArticle.Version ver = p.version(v.now());
      b.append(
              "<table width=\"100%\" cellpadding=\"2\"><tr><td><font face=\"Verdana\" size=\"1\" color=\"#666666\">")
          .append(DateText.numeric(p.published()))
          .append("</font><br><a href=\"")
          .append(Html.esc(p.path()))
          .append("\"><font face=\"Verdana\" size=\"2\"><b>")
          .append(Html.esc(ver.title()))
          .append("</b></font></a><br>")
          .append("<font face=\"Verdana\" size=\"2\">")
          .append(Html.esc(Html.excerpt(ver.lead(), 180)))
          .append("</font></td></tr></table>\n");
    }
    b.append(Chrome.pager(base, page, pages, "pages"));
    return page(v, r == null ? v.outlet().name() : r.label(lang), v.url(base), b.toString());
  }
}
