package ua.strichka.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the metadata readers look up on a page, gathered in one walk instead of a selector run over
 * the whole page per look-up: the nesting depth, the {@code <meta content>} tags, the JSON-LD
 * scripts, the {@code <h1>}s, the microdata and {@code <time>} elements, the canonical link, the
 * {@code <html>} element, how many headline links the page shows and the text nodes that may hold a
 * source line. Everything in page order. The same walk measures the body's text for {@link
 * MainText#stripped}, so the strip pass reads the page's text once, not twice.
 */
final class PageIndex {
  /** Deepest nesting seen; the walk stops past {@code maxDepth}. */
  int depth;

  /** Every element, the document itself first. */
  final List<Element> all = new ArrayList<>();

  /** The marks of the elements of {@link #all}, index for index. */
  private final List<Marks> marks = new ArrayList<>();

  /**
   * Where the {@code <body>} and its elements start in {@link #all}; {@code all.size()} if none.
   */
  int bodyStart = -1;

  /** {@code meta[content], meta[value]}. */
  final List<Element> metas = new ArrayList<>();

  /** {@code script[type~=(?i)application/ld\+json]}. */
  final List<Element> jsonLd = new ArrayList<>();

  final List<Element> h1s = new ArrayList<>();

  /** {@code [itemprop]}. */
  final List<Element> items = new ArrayList<>();

  /** {@code time[datetime]}. */
  final List<Element> times = new ArrayList<>();

  /**
   * The body's text nodes that hold a source word («Джерело», «Source»), where {@link Credits#find}
   * looks for the page's attribution line, so it needs no walk of its own.
   */
  final List<TextNode> creditTexts = new ArrayList<>();

  /** The first {@code link[rel=canonical][href]}, or null. */
  Element canonical;

  /**
   * Whether the page has a {@code link[rel=next][href]}: it says its text goes on on a next page.
   */
  boolean continues;

  /** The first {@code link[rel=next][href]}, or null: where the page says its text goes on. */
  Element next;

  /**
   * The first {@code a[rel~=next][href]}, or null: a pager's "next" link (see {@link NextPage}).
   */
  Element nextAnchor;

  /** The first {@code <html>}, or null. */
  Element html;

  /**
   * Links that are their heading's text and headings in links ({@link HeadlineLinks}, with {@code
   * a[href]}): the shape of a list of articles.
   */
  int headlineLinks;

  /**
   * The body's text measures, without what is never text, and those of its boilerplate-named
   * elements: what {@link TextStats#measureWhere} would give for the strip pass's predicates.
   */
  TextStats.Measured bodyText;

  /**
   * The text measures of the elements of {@link #all}, index for index: null for those outside the
   * body or inside what is never text, which the walk passes over unmeasured.
   */
  private final List<TextStats.Of> measures = new ArrayList<>();

  private final TextStats.Buffer buffer = new TextStats.Buffer();

  /** Measures of the body's open elements, innermost last, while the walk is in the body. */
  private final ArrayList<TextStats.Of> measuring = new ArrayList<>();

  private final List<TextStats.Picked> boilerplate = new ArrayList<>();
  private final List<Element> neverText = new ArrayList<>();

  /** The elements of {@link #boilerplate} and {@link #neverText} together, in page order. */
  private final List<Element> stripOrder = new ArrayList<>();

  /** The never-text element whose subtree the walk is passing over unmeasured, or null. */
  private Element passing;

  private static final AttributeWords JSON_LD =
      AttributeWords.anywhere("type", "application/ld+json");

  private final Element body;

  private PageIndex(Element body) {
    this.body = body;
  }

  static PageIndex of(Document doc, int maxDepth) {
    PageIndex index = new PageIndex(doc.body());
    index.walk(doc, maxDepth);
    return index;
  }

  /**
   * The page walk, depth first, each element's children by index from a stack of its own (so
   * 100,000 nested elements cost no Java stack), stopping at the first node past {@code maxDepth}.
   * By hand rather than jsoup's {@code NodeTraversor}: that calls its filter through an interface
   * every walk of the extraction shares (so the calls are not inlined) and finds each next node
   * through its parent's child list, and this is the hottest loop of the extraction after the
   * parse, run over every node of every page.
   */
  private void walk(Document doc, int maxDepth) {
    int[] open = new int[2]; // headings, links
    // The open elements, their next child and their kind (HEADING, LINK or 0), by depth.
    Element[] path = new Element[64];
    int[] next = new int[64];
    int[] kinds = new int[64];
    path[0] = doc;
    kinds[0] = openElement(doc, open);
    int depth = 0;
    while (depth >= 0) {
      Element parent = path[depth];
      int i = next[depth];
      if (i == parent.childNodeSize()) {
        closeElement(parent, kinds[depth], open);
        depth--;
        continue;
      }
      next[depth] = i + 1;
      Node child = parent.childNode(i);
      int childDepth = depth + 1;
      if (childDepth > this.depth) this.depth = childDepth;
      if (childDepth > maxDepth) return;
      if (child instanceof Element e) {
        int kind = openElement(e, open);
        if (e.childNodeSize() == 0) {
          closeElement(e, kind, open);
          continue;
        }
        if (childDepth == path.length) {
          path = Arrays.copyOf(path, childDepth * 2);
          next = Arrays.copyOf(next, childDepth * 2);
          kinds = Arrays.copyOf(kinds, childDepth * 2);
        }
        path[childDepth] = e;
        next[childDepth] = 0;
        kinds[childDepth] = kind;
        depth = childDepth;
      } else if (child instanceof TextNode t && bodyStart >= 0) {
        bodyText(t);
      }
    }
  }

  /** Files an element and opens its measures; its kind ({@link #HEADING}, {@link #LINK} or 0). */
  private int openElement(Element e, int[] open) {
    Marks m = Marks.of(e);
    int kind = add(e, m, open);
    measureHead(e, m);
    return kind;
  }

  private void closeElement(Element e, int kind, int[] open) {
    if (kind == HEADING) open[0]--;
    if (kind == LINK) open[1]--;
    measureTail(e);
  }

  /** Counts a body text node into its element's measures and notes it if it may be a credit. */
  private void bodyText(TextNode t) {
    String s = t.getWholeText();
    int n = s.length();
    // Read once for both looks at it.
    char[] chars = buffer.read(s);
    int shown = -1;
    if (passing == null && !measuring.isEmpty()) {
      shown = TextStats.shownLength(chars, n);
      measuring.getLast().text += shown;
    }
    // Text longer than a source line is no source line, nor is any block around it (Credits#find
    // stops at blocks longer than that): most of a page's words need no look for a source word.
    if (n > Credits.LONGEST && shown < 0) shown = TextStats.shownLength(chars, n);
    if (shown > Credits.LONGEST) return;
    // Nor can a text shorter than the shortest source word hold one: the whitespace between a
    // page's tags and most of its link and button labels.
    if ((shown < 0 ? n : shown) < Credits.SHORTEST_WORD) return;
    if (Credits.mayBeCredit(chars, n)) creditTexts.add(t);
  }

  /** Opens the measures of a body element, or passes over it with all it holds. */
  private void measureHead(Element e, Marks m) {
    measures.add(null);
    if (passing != null || (e != body && measuring.isEmpty())) return;
    if (e != body && MainText.skipped(e, m)) {
      neverText.add(e);
      stripOrder.add(e);
      passing = e;
      return;
    }
    TextStats.Of of = new TextStats.Of();
    measuring.add(of);
    measures.set(all.size() - 1, of);
    // The element's own mark, read here with its other attributes rather than again at its end.
    of.articleBody = m.itemprop().trim().equalsIgnoreCase("articleBody");
    if (e != body && MainText.boilerplateNamed(e, m)) {
      boilerplate.add(new TextStats.Picked(e, of));
      stripOrder.add(e);
    }
  }

  /** Closes an element's measures into its parent's, as {@link TextStats#measureWhere} does. */
  private void measureTail(Element e) {
    if (passing != null) {
      if (e == passing) passing = null;
      return;
    }
    if (measuring.isEmpty()) return;
    TextStats.Of of = measuring.removeLast();
    if (e.nameIs("a") && TextStats.isLink(e)) of.links = of.text;
    if (measuring.isEmpty())
      bodyText = new TextStats.Measured(of, boilerplate, neverText, stripOrder);
    else TextStats.addTo(measuring.getLast(), of);
  }

  /** The body and every element in it, in page order. */
  List<Element> body() {
    return bodyStart < 0 ? List.of() : all.subList(bodyStart, all.size());
  }

  /**
   * The shown length of the text of {@code all.get(i)}, as {@link TextStats.Of#text} counts it
   * without what is never text; -1 for an element outside the body or inside what is never text.
   */
  int textLength(int i) {
    TextStats.Of of = measures.get(i);
    return of == null ? -1 : of.text;
  }

  /** The first {@code <h1>}, or null. */
  Element h1() {
    return h1s.isEmpty() ? null : h1s.getFirst();
  }

  /** The marks of {@code all.get(i)}. */
  Marks marks(int i) {
    return marks.get(i);
  }

  private static final int HEADING = 1;
  private static final int LINK = 2;

  /**
   * Files an element where the readers look for it; {@link #HEADING} for {@code h2-h4}, {@link
   * #LINK} for {@code a[href]}, else 0. One switch on the tag name rather than a name test per
   * list.
   */
  private int add(Element e, Marks m, int[] open) {
    all.add(e);
    marks.add(m);
    if (m.hasItemprop()) items.add(e);
    if (e == body) bodyStart = all.size() - 1;
    int kind = 0;
    switch (e.normalName()) {
      case "h2", "h3", "h4" -> kind = HEADING;
      case "a" -> {
        kind = m.href() ? LINK : 0;
        if (kind == LINK && nextAnchor == null && NextPage.isNext(m.rel())) nextAnchor = e;
      }
      case "h1" -> h1s.add(e);
      case "meta" -> {
        // A value in "value" is one too: saved pages carry them so (MetaTags).
        if (m.content() || e.hasAttr("value")) metas.add(e);
      }
      case "script" -> {
        if (JSON_LD.in(m)) jsonLd.add(e);
      }
      case "time" -> {
        if (m.datetime()) times.add(e);
      }
      case "link" -> {
        if (m.href()) {
          String rel = m.rel().trim();
          if (canonical == null && rel.equalsIgnoreCase("canonical")) canonical = e;
          if (rel.equalsIgnoreCase("next")) {
            continues = true;
            if (next == null) next = e;
          }
        }
      }
      case "html" -> {
        if (html == null) html = e;
      }
      default -> {}
    }
    if ((kind == LINK && open[0] > 0 && HeadlineLinks.headline(e, null))
        || (kind == HEADING && open[1] > 0)) {
      headlineLinks++;
    }
    if (kind == HEADING) open[0]++;
    if (kind == LINK) open[1]++;
    return kind;
  }
}
