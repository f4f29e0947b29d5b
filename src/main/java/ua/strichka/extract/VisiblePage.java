package ua.strichka.extract;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The last resort of metadata: what a reader sees near the headline — a date line, a byline, the
 * breadcrumb trail — for pages without structured metadata (old CMS, table layouts).
 */
final class VisiblePage {
  private static final AttributeWords DATE_CLASS =
      AttributeWords.anywhere(
          "class",
          "date",
          "time",
          "publish",
          "posted",
          "created",
          "dateline",
          "meta",
          "data",
          "chas");
  private static final AttributeWords DATE_ID =
      AttributeWords.anywhere("id", "date", "time", "publish", "posted");
  private static final AttributeWords BYLINE_CLASS =
      AttributeWords.delimited(
          "class", "author", "authors", "authorname", "byline", "writer", "avtor", "autor");
  private static final AttributeWords AUTHOR_ID = AttributeWords.anywhere("id", "author");

  /** {@code time, [class~=(?i)(date|time|…)], [id~=(?i)(date|time|publish|posted)]}. */
  private static boolean datePlace(Element e, Marks m) {
    if (e.nameIs("time")) return true;
    return m != Marks.NONE && (DATE_CLASS.in(m) || DATE_ID.in(m));
  }

  /** {@code [rel=author], [class~=(?i)(^|[-_ ])(author|…|autor)([-_ ]|$)], [id~=(?i)author]}. */
  private static boolean bylinePlace(Marks m) {
    if (m == Marks.NONE) return false;
    return m.rel().trim().equalsIgnoreCase("author") || BYLINE_CLASS.in(m) || AUTHOR_ID.in(m);
  }

  private VisiblePage() {}

  /** Selectors parsed once: jsoup parses a selector given as text anew at every call. */
  private static final Evaluator ASIDE =
      QueryParser.parse("[class~=(?i)(comment|related|sidebar)]");

  private static final Evaluator OTHER_TEXTS =
      QueryParser.parse("[class~=(?i)(comment|related)], [id~=(?i)comment]");

  private static final Evaluator PARAGRAPHS = QueryParser.parse("p, li");

  /**
   * What the page shows of the fields {@code known} lacks; the others are not looked for, since the
   * visible page is the last source and could not change them.
   */
  static PageFacts read(PageIndex index, ZonedDateTime now, PageFacts known) {
    return read(index, now, known, PageClock.KYIV);
  }

  /**
   * As {@link #read(PageIndex, ZonedDateTime, PageFacts)}, dates read by the page's {@code clock}
   * (its zone, and numeric dates month first on an American page: {@link MetaTags#clock}).
   */
  static PageFacts read(PageIndex index, ZonedDateTime now, PageFacts known, PageClock clock) {
    PageFacts f = new PageFacts();
    Element headline = headline(index, known);
    if (known.published == null || PageFacts.dayOnly(known.published)) {
      f.published = date(index, now, headline, clock).orElse(null);
    }
    if (!known.namesAuthors()) f.authors.addAll(authors(index, now, headline));
    if (known.section == null) f.section = Breadcrumbs.fromPage(index);
    return f;
  }

  /**
   * Bylines after this many elements from the last one taken belong to something else: the names of
   * one article's several authors stand side by side, each maybe with a bio or a button.
   */
  private static final int BYLINE_REACH = 25;

  /**
   * The names the page's bylines give: the first byline from the headline on (teasers above it have
   * theirs), else the first before it, and the bylines that follow it closely.
   */
  private static List<String> authors(PageIndex index, ZonedDateTime now, Element h1) {
    int headline = h1 == null ? 0 : Math.max(0, index.all.indexOf(h1));
    List<String> out = bylines(index, h1, headline, index.all.size());
    if (out.isEmpty() && headline > 0) out = bylines(index, h1, 0, headline);
    if (out.isEmpty()) out.addAll(labelled(index));
    if (out.isEmpty()) out.addAll(byLinks(index, h1));
    if (out.isEmpty()) out.addAll(metaLine(index, now, h1));
    return out;
  }

  private static List<String> bylines(PageIndex index, Element h1, int from, int to) {
    List<String> out = new ArrayList<>();
    List<Element> linking = new ArrayList<>();
    int last = -1;
    for (int i = from; i < to; i++) {
      if (last >= 0 && i - last > BYLINE_REACH) break;
      Element e = index.all.get(i);
      if (!bylinePlace(index.marks(i)) || insideAny(e, linking)) continue;
      if (within(e, h1, ASIDE) || inOtherArticle(e, h1)) continue;
      List<String> linked = linkedNames(e);
      // Whether the reader sees it is asked last, of what would be taken: it walks the ancestors.
      if (!linked.isEmpty() && !MainText.unseen(e)) {
        out.addAll(linked);
        linking.add(e);
        last = i;
        if (out.size() >= 3) break;
        continue;
      }
      if (TextStats.longerThan(e, 80)) continue;
      String t = e.text();
      // Only what reads as a name counts towards the few taken: a byline box's buttons do not.
      if (t.length() > 0
          && t.length() < 80
          && !holdsParagraphs(e)
          && !Authors.clean(List.of(t), null).isEmpty()
          && !MainText.unseen(e)) {
        out.add(t);
        last = i;
        if (out.size() >= 3) break;
      }
    }
    return out;
  }

  /** A byline's word alone in its element, the name linked beside it: «By», «Автор:», «Від». */
  private static final Pattern BY_WORD =
      Pattern.compile(
          "(?iU)[\\s|•·/:,—–-]*(by|posted by|written by|від|автор|авторка|автори)"
              + "[\\s|•·/:,—–-]*");

  /**
   * «By <a href=/author/…>Name</a>» under the headline in an element no class marks: the word alone
   * in the element's own text and a linked name inside.
   */
  private static List<String> byLinks(PageIndex index, Element h1) {
    if (h1 == null) return List.of();
    int seen = -1;
    for (Element e : index.all) {
      if (e == h1) seen = 0;
      if (seen < 0 || e == h1) continue;
      if (++seen > META_LINE_REACH) break;
      if (!BY_WORD.matcher(e.ownText()).matches() || TextStats.longerThan(e, 160)) continue;
      List<String> names = linkedNames(e);
      // Hidden (a copy for another layout, a template's placeholder): asked of the one taken.
      if (!names.isEmpty() && !MainText.unseen(e)) return names;
    }
    return List.of();
  }

  /**
   * The headline's {@code <h1>}: the first that is not the site's name (a logo set as {@code <h1>}
   * above the article: «POLITICO», «Українська правда»), one of several words before a lone word.
   */
  private static Element headline(PageIndex index, PageFacts known) {
    Element alone = null;
    for (Element h : index.h1s) {
      if (MainText.unseen(h)) continue;
      String t = h.text();
      if (known.siteName != null && Titles.same(t, known.siteName)) continue;
      if (t.strip().contains(" ")) return h;
      if (alone == null) alone = h;
    }
    return alone != null ? alone : index.h1();
  }

  /**
   * Whether {@code e} lies in an {@code <article>} the headline is not in, where the headline is in
   * one: teaser cards are {@code <article>}s too, each with its byline. A page whose headline
   * stands above its {@code <article>} says nothing by them.
   */
  private static boolean inOtherArticle(Element e, Element h1) {
    if (h1 == null) return false;
    Element own = h1.closest(ARTICLE);
    if (own == null) return false;
    Element item = e.closest(ARTICLE);
    return item != null && item != own && !own.parents().contains(item);
  }

  private static final Evaluator ARTICLE = QueryParser.parse("article");

  /**
   * Whether paragraphs or list items lie inside {@code e}: then it is text, not a byline. Not
   * {@code e} itself, which {@code select} also matches: {@code <p class="byline">} is a common
   * byline.
   */
  private static boolean holdsParagraphs(Element e) {
    for (Element p : e.select(PARAGRAPHS)) if (p != e) return true;
    return false;
  }

  /** An author block with a photo and a short bio still names its authors in a few words. */
  private static final int AUTHOR_BLOCK = 400;

  /**
   * The names a byline links to its authors' pages, each on its own: links set side by side ({@code
   * <a>Ім'я</a><a>Ім'я</a>}) run together in the block's text, and a block with a photo and a role
   * («Журналістка») holds more than the name. Empty when no link reads as a name.
   */
  private static List<String> linkedNames(Element byline) {
    if (TextStats.longerThan(byline, AUTHOR_BLOCK)) return List.of();
    List<String> names = new ArrayList<>();
    for (Element a : byline.getElementsByTag("a")) {
      String t = a.text();
      if (a.hasAttr("href") && Authors.looksLikeName(t)) names.add(t);
    }
    return names;
  }

  private static boolean insideAny(Element e, List<Element> blocks) {
    if (blocks.isEmpty()) return false;
    for (Element p = e.parent(); p != null; p = p.parent()) if (blocks.contains(p)) return true;
    return false;
  }

  /**
   * What separates the parts of a meta line: «Ім'я Прізвище · 9 квітня 2025 · 5 хв», «by Name /
   * January 19, 2017 /». A slash only with spaces around it: «09/04/2025» is one date.
   */
  private static final Pattern META_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+/\\s+");

  /** Elements after the headline that may hold its meta line. */
  private static final int META_LINE_REACH = 40;

  /**
   * The name in the meta line under the headline, where sites print the author without a label: a
   * part of a {@linkplain #metaLines meta line} that is a person's name.
   */
  private static List<String> metaLine(PageIndex index, ZonedDateTime now, Element h1) {
    for (String t : metaLines(index, now, h1)) {
      for (String part : META_SEPARATOR.split(t)) {
        String name = Authors.unlabelled(part);
        if (Authors.looksLikeName(name)) return List.of(name);
      }
    }
    return List.of();
  }

  /**
   * The texts of the short elements (or short own text nodes of longer ones) after the {@code <h1>}
   * that hold a date and parts split by {@code ·}, {@code •}, {@code |} or a spaced {@code /}: «09
   * квітня 2025 р. 07:03 | Автор: Ім'я», in page order.
   */
  private static List<String> metaLines(PageIndex index, ZonedDateTime now, Element h1) {
    if (h1 == null) return List.of();
    List<String> out = new ArrayList<>();
    int seen = -1;
    for (Element e : index.all) {
      if (e == h1) seen = 0;
      if (seen < 0 || e == h1) continue;
      if (++seen > META_LINE_REACH) break;
      // A meta line set as one text node of a box that holds a subtitle and links besides.
      String t = TextStats.longerThan(e, 160) ? separatedTextNode(e) : e.text();
      if (t == null) continue;
      // Without a separator the split has one part: no regex run on the text to learn that.
      if (!hasSeparator(t)) continue;
      if (META_SEPARATOR.split(t).length < 2 || UkrainianDates.parse(t, now).isEmpty()) continue;
      if (MainText.unseen(e)) continue;
      out.add(t);
    }
    return out;
  }

  /** Whether {@code t} holds a character {@link #META_SEPARATOR} splits at. */
  private static boolean hasSeparator(String t) {
    return t.indexOf('|') >= 0 || t.indexOf('•') >= 0 || t.indexOf('·') >= 0 || t.contains(" / ");
  }

  /** The first of the element's own text nodes that is short and has a separator, else null. */
  private static String separatedTextNode(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof TextNode node) {
        String t = TextStats.squeezed(node.getWholeText());
        if (t.length() <= 160 && hasSeparator(t)) return t;
      }
    }
    return null;
  }

  private static final Pattern AUTHOR_LABEL =
      Pattern.compile(
          "(?iU)(?:^|[|•·,]\\s*)(?:автор(?:ка|и)?|author|автор текста)\\s*:\\s*([^|•·]{3,80})");

  private static final Set<String> LABEL_TAGS = Set.of("div", "span", "p", "li", "small", "em");

  /** What {@link #AUTHOR_LABEL} needs in a text to find anything there. */
  private static final Phrases LABEL_WORDS = new Phrases("автор", "author");

  /** «… | Автор: Ім'я Прізвище» in a short meta line near the headline. */
  private static List<String> labelled(PageIndex index) {
    for (Element e : index.body()) {
      if (!LABEL_TAGS.contains(e.normalName()) || !mayHoldLabel(e)) continue;
      String t = e.ownText();
      if (t.length() > 160 || t.length() < 8) continue;
      Matcher m = AUTHOR_LABEL.matcher(t);
      if (m.find() && !MainText.unseen(e)) return List.of(m.group(1).strip());
    }
    return List.of();
  }

  /**
   * False when the element's own text cannot hold an author label: none of its text nodes has the
   * word. (With several text nodes the word might be split between two; those are read whole.)
   */
  private static boolean mayHoldLabel(Element e) {
    int texts = 0;
    // By index: childNodes() wraps the list anew for each of the page's elements.
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof TextNode t) {
        if (++texts > 1) return true;
        if (!LABEL_WORDS.in(t.getWholeText())) return false;
      }
    }
    return texts > 0;
  }

  /**
   * The last resort for the date: the first short element anywhere whose text is a date (old pages
   * print it in a bare {@code <i>} or {@code <font>}).
   */
  private static Optional<OffsetDateTime> anyShortDate(
      PageIndex index, ZonedDateTime now, Element h1, PageClock clock) {
    int seen = 0;
    boolean inText = false;
    for (Element e : index.body()) {
      String t = e.ownText();
      if (!inText && e.nameIs("p") && t.length() >= PROSE) inText = true;
      // A date line inside a longer text stands above the article's text; below it, such lines
      // are teasers' («by Name (5/17/2007)» under «Suggested reads»).
      if (t.length() > 40) t = inText ? null : shortTextNode(e);
      if (t == null || t.length() < 8 || t.length() > 40) continue;
      if (++seen > 300) break;
      if (!hasAsciiDigit(t) || aside(e, h1)) continue;
      Optional<OffsetDateTime> d = UkrainianDates.parse(t, now, clock);
      if (d.isPresent() && !MainText.unseen(e)) {
        return Optional.of(withClockBeside(e, t, d.get(), now, clock));
      }
    }
    return Optional.empty();
  }

  /** A paragraph this long is the article's text (or another's), not a line of its header. */
  private static final int PROSE = 150;

  /**
   * The first of the element's own text nodes short enough to be a date line, else null: a byline
   * box writes «by Name / January 19, 2017 /» as one text node and its subtitle, links and
   * «Published in …» as others, so its own text is long while the date's node is short.
   */
  private static String shortTextNode(Element e) {
    if (e.childNodeSize() < 2) return null;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof TextNode node) {
        String t = TextStats.squeezed(node.getWholeText());
        if (t.length() >= 8 && t.length() <= 40 && hasAsciiDigit(t)) return t;
      }
    }
    return null;
  }

  /**
   * Inside comments or related teasers: a date there is another text's. A container so named that
   * also holds the headline is the article itself («post has-comments»). Sidebars are not in the
   * list: layouts name their main column after them («page-left-right-sidebar»).
   */
  private static boolean aside(Element e, Element h1) {
    return within(e, h1, OTHER_TEXTS);
  }

  /**
   * Whether the nearest container of {@code e} that {@code names} matches is another text's: one
   * that also holds the headline is the article or the page around it, whatever its class says
   * (Drupal marks every {@code <body>} {@code no-sidebars}, themes name the main column {@code
   * right_sidebar}).
   */
  private static boolean within(Element e, Element h1, Evaluator names) {
    Element aside = e.closest(names);
    if (aside == null) return false;
    return h1 == null || !(aside == h1 || h1.parents().contains(aside));
  }

  /** What {@code t.matches("(?s).*\\d.*")} says, without compiling that regex at every call. */
  private static boolean hasAsciiDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  }

  /**
   * The date a date element keeps for scripts: {@code datetime}, or a {@code data-} attribute
   * holding a machine date or a Unix time ({@code <time data-published="2016-12-09 09:13:00Z">4
   * hours ago</time>}). Pages print «4 hours ago» or a local clock for the reader and keep the
   * instant in an attribute; the text, read later, is relative to when the page was saved.
   */
  static Optional<OffsetDateTime> machineAttribute(Element e, PageClock clock) {
    if (e.hasAttr("datetime")) return UkrainianDates.parseMachine(e.attr("datetime"), clock);
    for (Attribute a : e.attributes()) {
      if (!a.getKey().startsWith("data-") || a.getValue().length() > 40) continue;
      Optional<OffsetDateTime> d =
          UkrainianDates.parseMachine(a.getValue(), clock)
              .or(() -> UkrainianDates.epoch(a.getValue()));
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** The first date line after the headline, else the first on the page. */
  static Optional<OffsetDateTime> date(PageIndex index, ZonedDateTime now) {
    return date(index, now, index.h1(), PageClock.KYIV);
  }

  private static Optional<OffsetDateTime> date(
      PageIndex index, ZonedDateTime now, Element h1, PageClock clock) {
    OffsetDateTime beforeHeading = null;
    OffsetDateTime updated = null;
    boolean afterHeading = h1 == null;
    int seen = 0;
    for (int i = 0; i < index.all.size(); i++) {
      Element e = index.all.get(i);
      if (e == h1) afterHeading = true;
      // a byline often leads with the date: «Wednesday January 18, 2017 11:44 am PST by …»
      if (!datePlace(e, index.marks(i)) && !bylinePlace(index.marks(i))) continue;
      if (++seen > 200) break;
      // Whether it is another text's is asked of a date only: a page's teaser lists show many a
      // time and no date, and the question climbs the ancestors.
      Optional<OffsetDateTime> d = machineAttribute(e, clock);
      boolean edit = isUpdate(index.marks(i));
      if (d.isEmpty()) {
        String own = e.ownText();
        if (own.isBlank() && TextStats.longerThan(e, 100)) continue;
        String t = own.isBlank() ? e.text() : own;
        if (t.length() > 100 || UkrainianDates.clockOnly(t)) continue;
        d = UkrainianDates.parseMachine(t, clock).or(() -> UkrainianDates.parse(t, now, clock));
        if (d.isPresent()) d = Optional.of(withClockBeside(e, t, d.get(), now, clock));
        edit = edit || EDIT_LABEL.matcher(t).lookingAt();
      }
      if (d.isEmpty() || aside(e, h1) || MainText.unseen(e)) continue;
      if (edit) {
        if (updated == null) updated = d.get();
        continue;
      }
      if (afterHeading) return d;
      if (beforeHeading == null) beforeHeading = d.get();
    }
    if (beforeHeading != null) return Optional.of(beforeHeading);
    // A meta line whose element names no date («post-info»): its date, before any short date.
    List<String> lines = metaLines(index, now, h1);
    if (!lines.isEmpty()) return UkrainianDates.parse(lines.getFirst(), now, clock);
    if (updated != null) return Optional.of(updated);
    return anyShortDate(index, now, h1, clock);
  }

  /** A date line labelled as the last edit: «Оновлено: 10 квітня 2025, 12:00», "Updated …". */
  private static final Pattern EDIT_LABEL =
      Pattern.compile(
          "(?iU)\\s*(?:оновлено|оновлена|обновлено|змінено|изменено|відредаговано|"
              + "last updated|updated|last modified|modified)(?!\\p{L})");

  private static final AttributeWords UPDATE_CLASS =
      AttributeWords.anywhere("class", "update", "modified");
  private static final AttributeWords UPDATE_ID =
      AttributeWords.anywhere("id", "update", "modified");
  private static final AttributeWords PUBLISHED_CLASS =
      AttributeWords.anywhere("class", "publish", "posted", "created");

  /**
   * Whether a date element is marked as the last edit ({@code class="updated"}, hAtom's name for
   * it, {@code date-modified}, {@code lastupdate}) and not also as the publication: WordPress marks
   * a never edited post's one date {@code "entry-date published updated"}. An edit's date is no
   * publication date, and is taken only where the page shows no other.
   */
  private static boolean isUpdate(Marks m) {
    if (m == Marks.NONE) return false;
    return (UPDATE_CLASS.in(m) || UPDATE_ID.in(m)) && !PUBLISHED_CLASS.in(m);
  }

  /**
   * Whether {@code side} is set as part of the date line: a {@code <time>}, named for a time or
   * date, or of the same class as the day's element. A clock in another box beside it is a video's
   * length («1:20») or a score, not the hour.
   */
  private static boolean clockPlace(Element side, Element day) {
    if (side.nameIs("time")) return true;
    String c = side.className();
    if (!c.isEmpty() && c.equals(day.className())) return true;
    String lower = c.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("time") || lower.contains("date") || lower.contains("clock");
  }

  /** A clock alone, as a layout prints it beside the day: «07:03», «2:24 pm». */
  private static final Pattern CLOCK_BESIDE =
      Pattern.compile(
          "(?i)\\s*(?:о\\s+|at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*");

  /**
   * A day-only date line given its time by the element printed beside it: layouts set the day and
   * the clock in sibling elements ({@code <span class=date>9 квітня 2025</span><span
   * class=time>07:03</span>}, «December 14, 2016» then «2:24 pm»), and the clock alone names no
   * day, so neither reads whole by itself.
   */
  private static OffsetDateTime withClockBeside(
      Element e, String text, OffsetDateTime day, ZonedDateTime now, PageClock clock) {
    if (!PageFacts.dayOnly(day)) return day;
    for (Element side : new Element[] {e.nextElementSibling(), e.previousElementSibling()}) {
      if (side == null || !clockPlace(side, e) || TextStats.longerThan(side, 20)) continue;
      String t = side.text();
      if (!CLOCK_BESIDE.matcher(t).matches()) continue;
      Optional<OffsetDateTime> d = UkrainianDates.parse(text + " " + t, now, clock);
      if (d.isPresent() && d.get().toLocalDate().equals(day.toLocalDate())) return d.get();
    }
    return day;
  }
}
