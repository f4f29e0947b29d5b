package ua.strichka.sampleweb;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One outlet CMS's markup: article paths, pages and feed addresses. Each subclass models a kind of
 * real Ukrainian news site, with its own DOM, so extraction is tested against variety rather than
 * one house style.
 */
abstract class Template {
  /** A rendered article: the HTML of the requested page and how many pages the article has. */
  record Rendered(String html, int pages) {}

  abstract String articlePath(CorpusArticle a, int number, String slug, Instant published);

  abstract Rendered article(View v, Post p, int page);

  /**
   * The front page: the edition's latest posts as a list page (a CMS with its own front overrides).
   */
  String home(View v, String language) {
    return listing(
        v,
        language,
        null,
        prefix(v.outlet(), language) + "/",
        v.recent(language, homeSize()),
        1,
        1);
  }

  /** How many of the latest posts the front page lists: each CMS's front is as long as its own. */
  int homeSize() {
    return 20;
  }

  /**
   * A list page at {@code path} (the home page, the all-news list or a section): posts of a section
   * ({@code rubric} null for all news), one page of many.
   */
  abstract String listing(
      View v, String language, Rubric rubric, String path, List<Post> posts, int page, int pages);

  Charset charset() {
    return StandardCharsets.UTF_8;
  }

  /** The edition prefix: nothing for the main language, {@code /ru} or {@code /en} otherwise. */
  static String prefix(CorpusOutlet o, String language) {
    return language.equals(o.mainLanguage()) ? "" : "/" + language;
  }

  String sectionPath(CorpusOutlet o, String language, Rubric r) {
    return prefix(o, language) + "/" + r.slug() + "/";
  }

  /** The all-news list page. */
  String newsPath(CorpusOutlet o, String language) {
    return prefix(o, language) + "/news/";
  }

  /** Where the feed or sitemap of {@code kind} ({@link Discovery#KINDS}) lives. */
  String feedPath(String kind, CorpusOutlet o, String language) {
    String p = prefix(o, language);
    return switch (kind) {
      case Discovery.RSS -> p + "/rss.xml";
      case Discovery.ATOM -> p + "/atom.xml";
      case Discovery.NEWS_SITEMAP -> "/sitemap-news.xml";
      case Discovery.SITEMAP_INDEX -> "/sitemap.xml";
      default -> "/sitemap.xml";
    };
  }

  /** How the CMS writes RSS: its encoding, and WordPress's extra elements or not. */
  Feeds.RssStyle rssStyle() {
    return new Feeds.RssStyle(charset().name(), false);
  }

  /** Seconds robots.txt asks crawlers to wait between requests; 0 for no Crawl-delay line. */
  int crawlDelay() {
    return 0;
  }

  /** The CMS's own robots.txt rules, after the common ones. */
  String robotsRules() {
    return "";
  }

  /**
   * Whether responses carry {@code Last-Modified}; a site that hides every machine-readable date
   * hides this one too.
   */
  boolean sendsLastModified() {
    return true;
  }

  /** Whether every section has its own feed at {@code <section path>feed/} (WordPress does). */
  boolean sectionFeeds() {
    return false;
  }

  /** A page of the template's own besides articles and lists (the AMP variants), if any. */
  java.util.Optional<String> extraPage(View v, java.util.Map<String, Post> byPath, String key) {
    return java.util.Optional.empty();
  }

  /** The link a feed gives for a post (WordPress adds tracking parameters). */
  String feedLink(View v, Post p) {
    return v.url(p);
  }

  /** The page with the outlet's contacts: not news, linked from every footer. */
  String contacts(View v) {
    String lang = v.outlet().mainLanguage();
    return Chrome.simplePage(
        v,
        lang,
        "Контакти",
        "<p>Редакція «"
            + Html.esc(v.outlet().name())
            + "». Адреса для листів: redakcia@"
            + v.outlet().domain()
            + ". Телефон редакції: +380 44 000 00 00.</p>"
            + "<p>Передрук матеріалів дозволено лише з посиланням на джерело.</p>");
  }

  /** The paragraphs of a version, lead first, as {@code <p>} elements. */
  static String paragraphs(List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    for (String para : paragraphs) b.append("<p>").append(Html.esc(para)).append("</p>\n");
    return b.toString();
  }

  /** «Редакція» when the outlet prints no author, as small outlets do. */
  static String byline(Post p) {
    List<String> a = p.article().authors();
    if (!a.isEmpty()) return String.join(", ", a);
    return switch (p.language()) {
      case "ru" -> "Редакция";
      case "en" -> "Staff";
      default -> "Редакція";
    };
  }

  static String image(View v, Post p) {
    return v.url(
        "/uploads/" + DateText.kyiv(p.published()).getYear() + "/img-" + p.number() + ".jpg");
  }

  static String caption(Post p) {
    return switch (p.language()) {
      case "ru" -> "Иллюстративное фото";
      case "en" -> "Illustrative photo";
      default -> "Ілюстративне фото";
    };
  }
}
