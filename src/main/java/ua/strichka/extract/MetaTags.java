package ua.strichka.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Metadata in the page's markup, in three tiers of trust: OpenGraph and {@code article:*}; named
 * meta tags (description, author, Parse.ly, Sailthru, Dublin Core); microdata ({@code itemprop})
 * and {@code <time datetime>}.
 */
final class MetaTags {
  private final Map<String, List<String>> meta = new HashMap<>();
  private final PageIndex index;
  private final ZonedDateTime now;
  private final PageClock clock;

  /**
   * @param url where the page came from, or null: with the page's own {@code og:url} and canonical
   *     link it tells the page's {@link PageClock}
   * @param zone the zone an outlet's rule gives its times without one ({@link
   *     ExtractionRules.Rule#zone}), over what the page's own hints tell; null for none
   */
  MetaTags(PageIndex index, ZonedDateTime now, String url, ZoneId zone) {
    this.index = index;
    this.now = now;
    for (Element m : index.metas) {
      String key = m.attr("property");
      if (key.isEmpty()) key = m.attr("name");
      if (key.isEmpty()) key = m.attr("itemprop");
      if (key.isEmpty()) key = m.attr("http-equiv");
      String content = PageFacts.blankToNull(m.attr("content"));
      // Pages saved by tools that move a meta's "content" into "value" keep it there (Postlight's
      // Mercury rewrites them so, and its saved pages carry it); HTML gives a meta's "value" no
      // other meaning.
      if (content == null) content = PageFacts.blankToNull(m.attr("value"));
      if (key.isEmpty() || content == null) continue;
      meta.computeIfAbsent(key.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>())
          .add(content);
    }
    String address = url;
    if (address == null || address.isBlank()) address = get("og:url");
    if (address == null && index.canonical != null) address = index.canonical.attr("href");
    PageClock pageClock =
        PageClock.of(
            index, get("og:locale"), index.html == null ? null : index.html.attr("lang"), address);
    this.clock = zone == null ? pageClock : pageClock.in(zone);
  }

  /** How the page writes its times: {@link PageClock}. */
  PageClock clock() {
    return clock;
  }

  /** OpenGraph, {@code article:*} and Twitter cards. */
  PageFacts openGraph() {
    PageFacts f = new PageFacts();
    f.title = get("og:title", "twitter:title");
    f.description = get("og:description", "twitter:description");
    f.published = date("article:published_time", "og:published_time", "article:published");
    f.modified = date("article:modified_time", "og:updated_time", "og:modified_time");
    for (String a : all("article:author")) f.authors.add(a);
    f.image =
        get(
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src");
    f.section = get("article:section");
    f.language = language(get("og:locale"));
    f.siteName = get("og:site_name");
    f.canonical = get("og:url");
    String type = get("og:type");
    if (type != null) f.types.add(type.toLowerCase(Locale.ROOT));
    return f;
  }

  /** Every title the tags claim, each tag's first, blanks left out. */
  List<String> titles() {
    List<String> out = new ArrayList<>();
    for (String k : TITLE_KEYS) {
      String t = get(k);
      if (t != null) out.add(t);
    }
    return out;
  }

  private static final List<String> TITLE_KEYS =
      List.of(
          "og:title",
          "twitter:title",
          "parsely-title",
          "sailthru.title",
          "dc.title",
          "dcterms.title",
          "title",
          "headline");

  /** Named meta tags: the generic ones, Parse.ly, Sailthru, Dublin Core and CMS habits. */
  PageFacts named() {
    PageFacts f = new PageFacts();
    f.title =
        get("parsely-title", "sailthru.title", "dc.title", "dcterms.title", "title", "headline");
    f.description =
        get("description", "sailthru.description", "dc.description", "dcterms.description");
    f.published =
        date(
            PARSELY_DATE,
            "sailthru.date",
            "dc.date.issued",
            "dcterms.created",
            "dc.date",
            "dcterms.date",
            "date",
            "pubdate",
            "publish-date",
            "publish_date",
            "publication_date",
            "article.published",
            "datepublished",
            "cxenseparse:recs:publishtime",
            "og:article:published_time");
    f.modified =
        date(
            "dcterms.modified",
            "dc.date.modified",
            "last-modified",
            "datemodified",
            "article.updated");
    String author =
        get(
            "author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "byl",
            "article.author",
            "mediator_author");
    if (author != null) f.authors.add(author);
    f.image = get("parsely-image-url", "sailthru.image.full", "thumbnail", "image");
    f.section =
        get("parsely-section", "sailthru.section", "section", "article.section", "category");
    f.language = language(get("dc.language", "dcterms.language", "content-language", "language"));
    return f;
  }

  /**
   * Microdata ({@code itemprop}), {@code <time>}, {@code <link rel=canonical>} and {@code lang}.
   */
  PageFacts markup() {
    List<Element> items = index.items;
    List<Element> times = index.times;
    Element canonical = index.canonical;
    Element html = index.html;
    PageFacts f = new PageFacts();
    Element headline = firstItem(items, "headline", false);
    if (headline != null) f.title = PageFacts.blankToNull(headline.text());
    f.published = itemDate(items, "datePublished");
    f.modified = itemDate(items, "dateModified");
    Element scope = null;
    for (Element a : items) {
      if (!isItem(a, "author", false)) continue;
      // The authors of the first item that names one: teasers around the article are items of
      // their own, each with its author, or {@code <article>}s whose links say itemprop=author.
      Element item = a.parent() == null ? null : a.parent().closest(ITEM);
      if (f.authors.isEmpty()) scope = item;
      else if (item != scope) continue;
      Element name = a.selectFirst("[itemprop=name]");
      String n =
          name == null ? a.text() : name.hasAttr("content") ? name.attr("content") : name.text();
      if (PageFacts.blankToNull(n) != null) f.authors.add(n);
      if (f.authors.size() >= 5) break;
    }
    if (f.published == null) {
      for (Element t : times) {
        // An embedded post (Instagram, a tweet) is quoted with its own date.
        if (t.closest(QUOTE) != null) continue;
        OffsetDateTime d = UkrainianDates.parseMachine(t.attr("datetime"), clock).orElse(null);
        if (d != null) {
          f.published = d;
          break;
        }
      }
    }
    if (canonical != null) f.canonical = PageFacts.blankToNull(canonical.absUrl("href"));
    if (f.canonical == null && canonical != null) f.canonical = canonical.attr("href");
    f.language = language(html == null ? null : html.attr("lang"));
    if (f.language == null && html != null) f.language = language(html.attr("xml:lang"));
    return f;
  }

  private static final Evaluator ITEM = QueryParser.parse("[itemscope], article");

  private static final Evaluator QUOTE = QueryParser.parse("blockquote");

  /** The CSS {@code [itemprop=PROP]}, with {@code :not(meta)} unless {@code meta} is allowed. */
  private static boolean isItem(Element e, String prop, boolean meta) {
    return e.attr("itemprop").trim().equalsIgnoreCase(prop) && (meta || !e.nameIs("meta"));
  }

  private static Element firstItem(List<Element> items, String prop, boolean meta) {
    for (Element e : items) if (isItem(e, prop, meta)) return e;
    return null;
  }

  private OffsetDateTime itemDate(List<Element> items, String prop) {
    Element e = firstItem(items, prop, true);
    if (e == null) return null;
    String v =
        e.hasAttr("content")
            ? e.attr("content")
            : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    return parseDate(v);
  }

  /**
   * The first key's date; a day without its time gives way to a later key's time that day ({@code
   * <meta name=date content=2016-12-13>} beside {@code <meta itemprop=datePublished
   * content=2016-12-13T13:45:00-0800>}).
   */
  private OffsetDateTime date(String... keys) {
    OffsetDateTime found = null;
    for (String k : keys) {
      for (String v : all(k)) {
        OffsetDateTime d = parseDate(v, k.equals(PARSELY_DATE) ? PageClock.UTC : clock);
        if (d == null) continue;
        if (found == null) found = d;
        else if (PageFacts.refines(found, d)) return d;
        if (!PageFacts.dayOnly(found)) return found;
      }
    }
    return found;
  }

  /** Compiled once: {@code String.matches} compiles its regex anew at every call. */
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  /**
   * Parse.ly's date, which its specification has in UTC ("ISO 8601 UTC timezone string"): written
   * without a zone it is still UTC, not the page's local time.
   */
  private static final String PARSELY_DATE = "parsely-pub-date";

  private OffsetDateTime parseDate(String v) {
    return parseDate(v, clock);
  }

  private OffsetDateTime parseDate(String v, PageClock reading) {
    if (v == null) return null;
    if (EPOCH.matcher(v).matches()) {
      // Unix seconds or milliseconds, as some CMS print them.
      long n = Long.parseLong(v);
      java.time.Instant t =
          v.length() == 10 ? java.time.Instant.ofEpochSecond(n) : java.time.Instant.ofEpochMilli(n);
      return t.atZone(UkrainianDates.KYIV).toOffsetDateTime();
    }
    return UkrainianDates.parseMachine(v, reading)
        .or(() -> UkrainianDates.parse(v, now, reading))
        .orElse(null);
  }

  private String get(String... keys) {
    for (String k : keys) {
      List<String> v = meta.get(k);
      if (v != null && !v.isEmpty()) return v.get(0);
    }
    return null;
  }

  private List<String> all(String key) {
    return meta.getOrDefault(key, List.of());
  }

  /** {@code uk_UA}, {@code uk-UA}, {@code UK} → {@code uk}. */
  static String language(String tag) {
    String t = PageFacts.blankToNull(tag);
    if (t == null) return null;
    String primary = t.split("[-_,; ]")[0].toLowerCase(Locale.ROOT);
    if (primary.equals("ua")) return "uk";
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }
}
