package ua.strichka.extract;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import ua.strichka.fetch.PageCharset;

/**
 * HTML in, {@link Extraction} out: an {@link Article} with its metadata merged from every source
 * the page offers, or the reason the page is not an article. Thread-safe; one instance serves a
 * whole crawl.
 */
public final class Extractor {
  /**
   * Pages above this many characters are refused: real articles are 50–500 KB, and the fetcher caps
   * downloads at the same size, so anything bigger is a mistake or an attack.
   */
  public static final int MAX_CHARS = 10 * 1024 * 1024;

  /** Real pages nest 20–60 elements deep; thousands only come from broken or hostile markup. */
  public static final int MAX_DEPTH = 2_000;

  /**
   * jsoup (1.22+) caps its tree at the parser's max depth (512 by default) by closing the deepest
   * open element before opening one more, so a deeper page parses flat and silently. One level past
   * our limit keeps every page within the limit exactly as written, and leaves a page nested deeper
   * with nodes past the limit, which the page walk sees and refuses: the check costs no second pass
   * over the bytes, and 100,000 nested elements parse as flat siblings, fast.
   */
  static final int PARSER_DEPTH = MAX_DEPTH + 1;

  private final ExtractionRules rules;

  public Extractor() {
    this(ExtractionRules.none());
  }

  public Extractor(ExtractionRules rules) {
    this.rules = rules;
  }

  /** Extracts a page given as bytes, decoding them with {@link PageCharset}. */
  public Extraction extract(
      byte[] page, String contentType, String url, FeedHints hints, ZonedDateTime now) {
    if (page.length > MAX_CHARS) throw tooBig(page.length);
    return extract(PageCharset.decode(page, contentType).text(), url, hints, now);
  }

  /** Extracts a page with no feed hints, relative dates counted from now. */
  public Extraction extract(String html, String url) {
    return extract(html, url, FeedHints.NONE, ZonedDateTime.now(UkrainianDates.KYIV));
  }

  /**
   * Extracts a page.
   *
   * @param url where the page came from (resolves relative links; may be null for a file)
   * @param now the moment relative dates («2 години тому») count from
   * @throws ExtractionException for input that is no web page (empty, binary, too big, too deep)
   */
  public Extraction extract(String html, String url, FeedHints hints, ZonedDateTime now) {
    guard(html);
    String base = url == null ? "" : url;
    // A parser per page: jsoup's parser locks itself per parse, and the crawl extracts in threads.
    Document doc = Parser.htmlParser().setMaxDepth(PARSER_DEPTH).parseInput(html, base);
    PageIndex index = PageIndex.of(doc, MAX_DEPTH);
    if (index.depth > MAX_DEPTH) {
      throw new ExtractionException(
          "page nests elements more than " + MAX_DEPTH + " levels deep; no real page does");
    }
    FeedHints feed = hints == null ? FeedHints.NONE : hints;
    Optional<ExtractionRules.Rule> rule = rules.forUrl(url);

    ZoneId ruleZone = rule.map(ExtractionRules.Rule::zone).map(ZoneId::of).orElse(null);
    MetaTags tags = new MetaTags(index, now, url, ruleZone);
    PageClock clock = tags.clock();
    PageFacts jsonLd = JsonLd.read(index, now, clock);
    PageFacts markup = tags.markup();
    PageFacts facts =
        ruleFacts(doc, rule, now, clock)
            .fill(jsonLd)
            .fill(tags.openGraph())
            .fill(tags.named())
            .fill(markup)
            .fill(feedFacts(feed));
    boolean structuredDate = facts.published != null;
    facts.fill(VisiblePage.read(index, now, facts, clock));
    String canonical = first(markup.canonical, facts.canonical, url);
    if (!structuredDate)
      facts.published = UrlDates.overVisible(facts.published, canonical, clock.zone());
    String siteName = first(facts.siteName, host(url));
    List<String> headings = headings(index);
    String title =
        rule.isPresent() && rule.get().title() != null && facts.title != null
            ? facts.title
            : Titles.clean(
                facts.title,
                doc.title(),
                titleClaims(jsonLd, tags, markup),
                headings,
                !index.h1s.isEmpty(),
                siteName,
                canonical);
    List<String> authors = Authors.clean(facts.authors, siteName);

    // An outlet's rule works on a copy it may change; where it finds no text, the generic
    // extractor reads that copy, without what the rule removed.
    Document ruledCopy = hasBodyRule(rule) ? doc.clone() : null;
    List<Element> roots = ruledCopy == null ? List.of() : ruleRoots(ruledCopy, rule.get());
    boolean ruled = !roots.isEmpty();
    if (!ruled)
      roots =
          genericRoots(
              ruledCopy == null ? doc : ruledCopy, ruledCopy == null ? index : null, title);
    Paragraphs.Findings findings = new Paragraphs.Findings();
    List<String> paragraphs =
        Paragraphs.keep(
            BodyText.render(roots),
            title,
            authors,
            now,
            findings,
            OffSiteLists.site(first(canonical, url)));
    paragraphs = Leads.withLead(paragraphs, facts.description, doc, index, roots);
    if (textLength(paragraphs) < 200 && facts.body != null && facts.body.length() > 200) {
      paragraphs = List.of(facts.body.split("\\s*\\n\\s*\\n\\s*|\\s*\\n\\s*"));
    }
    String body = String.join("\n\n", paragraphs);
    if (authors.isEmpty()) authors = Authors.clean(findings.bylines, siteName);
    if (authors.isEmpty()) {
      String signed = Signatures.after(roots);
      if (signed != null) authors = Authors.clean(List.of(signed), siteName);
    }
    SourceCredit credit =
        findings.credit != null ? findings.credit : Credits.find(index, paragraphs);

    // Where an outlet's rule found the text, the outlet's own markup has said it is an article.
    Optional<Extraction.NotArticle> notArticle =
        ruled && !body.isEmpty()
            ? Optional.empty()
            : PageKinds.notArticle(index, facts, url, body, ProseMass.reads(paragraphs, roots));
    if (notArticle.isPresent()) return notArticle.get();
    String image = LeadImage.isBadge(facts.image) ? null : absolute(facts.image, base);
    if (image == null) image = firstImage(roots);
    String section = first(facts.section, Sections.fromUrl(canonical), Sections.fromUrl(url));
    return new Extraction.Found(
        new Article(
            url == null ? canonical : url,
            canonical,
            title,
            body,
            facts.description,
            UkrainianDates.inKyiv(facts.published),
            UkrainianDates.inKyiv(facts.modified),
            authors,
            image,
            section,
            facts.language,
            siteName,
            credit),
        NextPage.of(index, url));
  }

  /** Every title the page's metadata claims, in order of trust; blanks and repeats left out. */
  private static List<String> titleClaims(PageFacts jsonLd, MetaTags tags, PageFacts markup) {
    List<String> all = new ArrayList<>();
    all.add(jsonLd.title);
    all.add(markup.title);
    all.addAll(tags.titles());
    List<String> out = new ArrayList<>();
    for (String t : all) if (t != null && !out.contains(t)) out.add(t);
    return out;
  }

  /**
   * The page's visible headlines: its {@code <h1>}s, or where it has none (old layouts), the first
   * few headings and bold lines.
   */
  private static List<String> headings(PageIndex index) {
    List<String> out = new ArrayList<>();
    // Hidden headlines (another story's copy, a screen reader's site name) are no title, as for
    // VisiblePage#headline; where every <h1> is hidden, they are what the page has.
    index.h1s.stream().filter(h -> !MainText.unseen(h)).limit(5).forEach(h -> out.add(h.text()));
    if (out.isEmpty()) index.h1s.stream().limit(5).forEach(h -> out.add(h.text()));
    if (out.isEmpty()) {
      for (int i = 0; i < index.all.size(); i++) {
        Element e = index.all.get(i);
        if (!isHeadingLike(e, index.marks(i))) continue;
        String t = e.text();
        if (t.length() > 15 && t.length() < 300 && !MainText.unseen(e)) out.add(t);
        if (out.size() >= 20) break;
      }
    }
    return out;
  }

  private static final AttributeWords TITLE_CLASS = AttributeWords.anywhere("class", "title");

  /** {@code h2, h3, b, strong, font[size], [class~=(?i)title]}, without a selector per element. */
  private static boolean isHeadingLike(Element e, Marks m) {
    return e.nameIs("h2")
        || e.nameIs("h3")
        || e.nameIs("b")
        || e.nameIs("strong")
        || (e.nameIs("font") && m.size())
        || TITLE_CLASS.in(m);
  }

  private static boolean hasBodyRule(Optional<ExtractionRules.Rule> rule) {
    return rule.isPresent() && rule.get().body() != null;
  }

  private static List<Element> ruleRoots(Document content, ExtractionRules.Rule rule) {
    for (String css : rule.remove()) content.select(css).remove();
    content.select("script, style, noscript, template").remove();
    return content.select(rule.body());
  }

  /** The generic extractor's text blocks, found in a stripped copy ({@code page} is unchanged). */
  private static List<Element> genericRoots(Document page, PageIndex index, String title) {
    List<Element> roots =
        index == null || index.bodyText == null
            ? MainText.find(MainText.stripped(page), title)
            : MainText.find(MainText.strip(page, index.bodyText), title);
    MainText.clean(roots);
    return roots;
  }

  private static PageFacts ruleFacts(
      Document doc, Optional<ExtractionRules.Rule> rule, ZonedDateTime now, PageClock clock) {
    PageFacts f = new PageFacts();
    if (rule.isEmpty()) return f;
    ExtractionRules.Rule r = rule.get();
    if (r.title() != null) {
      Element t = doc.selectFirst(r.title());
      if (t != null) f.title = PageFacts.blankToNull(t.text());
    }
    if (r.date() != null) {
      for (Element d : doc.select(r.date())) {
        String v =
            d.hasAttr("datetime")
                ? d.attr("datetime")
                : d.hasAttr("content") ? d.attr("content") : d.text();
        f.published =
            UkrainianDates.parseMachine(v, clock)
                .or(() -> UkrainianDates.parse(v, now, clock))
                .orElse(null);
        if (f.published != null) break;
      }
    }
    if (r.author() != null) doc.select(r.author()).forEach(a -> f.authors.add(a.text()));
    return f;
  }

  private static PageFacts feedFacts(FeedHints hints) {
    PageFacts f = new PageFacts();
    f.title = PageFacts.blankToNull(hints.title());
    f.published = hints.published();
    if (hints.author() != null) f.authors.add(hints.author());
    f.section = PageFacts.blankToNull(hints.category());
    return f;
  }

  private static void guard(String html) {
    if (html == null || html.isBlank()) throw new ExtractionException("empty page");
    if (html.length() > MAX_CHARS) throw tooBig(html.length());
    // Binary data shows itself in its first few kilobytes; reading more costs every page time.
    int sample = Math.min(html.length(), 8_192);
    int bad = 0;
    for (int i = 0; i < sample; i++) {
      char c = html.charAt(i);
      if (c == 0
          || c == '\uFFFD'
          || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        bad++;
      }
    }
    if (bad * 20 > sample) {
      throw new ExtractionException("not a web page: looks like binary data");
    }
  }

  private static ExtractionException tooBig(long size) {
    return new ExtractionException(
        String.format(
            "page too large: %.1f MB, the limit is %d MB", size / 1048576.0, MAX_CHARS >> 20));
  }

  private static int textLength(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(String::length).sum();
  }

  private static String firstImage(List<Element> roots) {
    for (Element root : roots) {
      // By tag, not select("img[src]"): that parses the selector anew for every page.
      for (Element img : root.getElementsByTag("img")) {
        if (!img.hasAttr("src")) continue;
        String src = img.absUrl("src");
        if (src.isEmpty()) src = img.attr("src");
        if (!src.startsWith("data:") && !src.isBlank() && !LeadImage.isBadge(src)) return src;
      }
    }
    return null;
  }

  private static String absolute(String href, String base) {
    if (href == null) return null;
    try {
      return base.isEmpty()
          ? href
          : URI.create(base).resolve(href.strip().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }

  static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null) return v;
    return null;
  }
}
