package ua.strichka.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, in one iterative pass (jsoup's traversor keeps its own
 * stack, so 100,000 nested elements cost no Java stack): all text, text inside links, commas, and
 * the "direct" text a block shows itself — its text nodes and inline children, as a reader sees one
 * paragraph.
 */
final class TextStats {
  /**
   * The full stops and the question and exclamation marks of scripts that do not end sentences with
   * Latin ones: Chinese and Japanese (。！？, full-width), Arabic (؟), Devanagari (।). The rules that
   * ask whether a text ends a sentence ({@code .!?…}) judge pages in every language, and a Chinese
   * paragraph ends in 。, not in a full stop.
   */
  static final String STOPS = "。！？؟।";

  static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del",
          "dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small",
          "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label");

  /** Measures of one element. */
  static final class Of {
    int text;
    int links;
    int commas;
    int direct;
    int directLinks;
    int directCommas;
    int paragraphs;
    int images;

    /** The element is or holds an {@code itemprop=articleBody}: the page's own mark of the text. */
    boolean articleBody;

    /**
     * An inline element that breaks its text into paragraphs with {@code <br><br>} (old pages set a
     * whole article in one {@code <font>} or {@code <span>}): a block, whatever its tag says.
     */
    boolean paragraphBreaks;

    double linkDensity() {
      return text == 0 ? 0 : Math.min(1.0, (double) links / text);
    }
  }

  private static final Of NONE = new Of();
  private final Map<Element, Of> stats = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(counter(), root);
  }

  /** Empty measures, to be filled by a walk that calls their {@link #counter()}. */
  TextStats() {}

  /**
   * What measures a tree: its head and tail, called for each node in page order as {@link
   * NodeTraversor} calls them, put the measures of every element under the first head into these. A
   * walk that builds the tree (the strip pass's copy) measures it as it goes, without a walk of its
   * own.
   */
  NodeVisitor counter() {
    // The measures of the open elements, innermost last: a node's parent is always on top.
    ArrayList<Of> open = new ArrayList<>();
    Buffer buffer = new Buffer();
    return new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Of of = new Of();
          stats.put(e, of);
          open.add(of);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Of parent = open.getLast();
          String s = t.getWholeText();
          int len = shownLength(buffer.read(s), s.length());
          int commas = commas(s);
          parent.text += len;
          parent.commas += commas;
          parent.direct += len;
          parent.directCommas += commas;
        } else if (node instanceof Element e) {
          Of of = open.removeLast();
          String tag = e.normalName();
          if (tag.equals("a") && isLink(e)) of.links = of.text;
          if (tag.equals("p")) of.paragraphs++;
          if (tag.equals("img") || tag.equals("picture")) of.images++;
          if (e.attr("itemprop").trim().equalsIgnoreCase("articleBody")) of.articleBody = true;
          if (open.isEmpty()) return;
          Of parent = open.getLast();
          if (of.articleBody) parent.articleBody = true;
          parent.text += of.text;
          parent.links += of.links;
          parent.commas += of.commas;
          parent.paragraphs += of.paragraphs;
          parent.images += of.images;
          if (INLINE.contains(tag)) of.paragraphBreaks = hasParagraphBreak(e);
          if (INLINE.contains(tag) && !of.paragraphBreaks) {
            parent.direct += of.text;
            parent.directLinks += of.links;
            parent.directCommas += of.commas;
          }
        }
      }
    };
  }

  Of of(Element e) {
    return stats.getOrDefault(e, NONE);
  }

  /**
   * The measures of a tree's root, of the elements in it a caller picked, and the elements it
   * skipped.
   *
   * @param picked in page order
   * @param skipped in page order, none inside another
   * @param order the elements of {@code picked} and {@code skipped} together, in page order
   */
  record Measured(Of of, List<Picked> picked, List<Element> skipped, List<Element> order) {}

  /** A picked element and its measures. */
  record Picked(Element element, Of of) {}

  /**
   * The text, link text and {@code articleBody} mark of {@code root} and of every element in it
   * that {@code pick} accepts, in one walk that keeps measures only for the open elements (the map
   * of every element that the constructor builds costs about as much as the page's parse). Elements
   * that {@code skip} accepts are passed over with all they hold, unmeasured; the tree is not
   * changed.
   */
  static Measured measureWhere(Element root, Predicate<Element> skip, Predicate<Element> pick) {
    List<Picked> picked = new ArrayList<>();
    List<Element> skipped = new ArrayList<>();
    List<Element> order = new ArrayList<>();
    ArrayList<Of> open = new ArrayList<>();
    Of[] top = {null};
    Buffer buffer = new Buffer();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (e != root && skip.test(e)) {
                skipped.add(e);
                order.add(e);
                return FilterResult.SKIP_ENTIRELY;
              }
              Of of = new Of();
              open.add(of);
              if (e != root && pick.test(e)) {
                picked.add(new Picked(e, of));
                order.add(e);
              }
            } else if (node instanceof TextNode t) {
              open.getLast().text += shownLength(t.getWholeText(), buffer);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            Of of = open.removeLast();
            close(e, of);
            if (open.isEmpty()) top[0] = of;
            else addTo(open.getLast(), of);
            return FilterResult.CONTINUE;
          }
        },
        root);
    return new Measured(top[0], picked, skipped, order);
  }

  /**
   * Whether an {@code <a>} is a link the reader can follow: not a named anchor ({@code <a
   * name="Step_1">Step 1</a>}, {@code <a id=…>} without {@code href}), which marks a place in the
   * page for a table of contents to jump to and shows as plain text. Editors and wikis wrap every
   * subheading in one; counted as a link, the subheading read as a teaser's headline and went.
   */
  static boolean isLink(Element a) {
    return a.hasAttr("href") || !(a.hasAttr("name") || a.hasAttr("id"));
  }

  /** Completes the {@link #measureWhere} measures of an element whose text is all counted. */
  static void close(Element e, Of of) {
    if (e.nameIs("a") && isLink(e)) of.links = of.text;
    if (e.attributesSize() > 0 && e.attr("itemprop").trim().equalsIgnoreCase("articleBody")) {
      of.articleBody = true;
    }
  }

  /** Adds a closed element's {@link #measureWhere} measures to its parent's. */
  static void addTo(Of parent, Of of) {
    parent.text += of.text;
    parent.links += of.links;
    if (of.articleBody) parent.articleBody = true;
  }

  /** Two {@code <br>} among an element's children with nothing but whitespace between them. */
  static boolean hasParagraphBreak(Element e) {
    boolean afterBreak = false;
    // By index: childNodes() wraps the list anew, for every inline element of the page.
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node child = e.childNode(i);
      if (child instanceof Element c && c.nameIs("br")) {
        if (afterBreak) return true;
        afterBreak = true;
      } else if (!(child instanceof TextNode t && t.isBlank())) {
        afterBreak = false;
      }
    }
    return false;
  }

  /**
   * True when {@code e}'s text is certainly longer than {@code limit} characters: its text nodes
   * alone hold more (jsoup's {@code text()} only adds spaces between them). Stops reading as soon
   * as that is known, so a large block costs no more than its first {@code limit} characters.
   */
  static boolean longerThan(Element e, int limit) {
    int[] sum = {0};
    Buffer buffer = new Buffer();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) sum[0] += shownLength(t.getWholeText(), buffer);
            return sum[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return sum[0] > limit;
  }

  /**
   * The length of a text node's text as jsoup's {@code TextNode.text()} gives it, stripped: runs of
   * HTML whitespace count as one space, invisible characters (zero-width space, soft hyphen) as
   * nothing, and whitespace at either end not at all. Counted without building that string, since
   * every text node of every page passes here.
   */
  static int shownLength(String s) {
    int n = s.length();
    // Read from a char array: a loop over it costs about half of String.charAt's (no coder check,
    // no bounds check), and every character of every page passes here.
    char[] chars = n <= BUFFERED ? CHARS.get() : new char[n];
    s.getChars(0, n, chars, 0);
    return shownLength(chars, n);
  }

  /** As {@link #shownLength(String)}, of text read into a {@link Buffer}. */
  static int shownLength(String s, Buffer buffer) {
    return shownLength(buffer.read(s), s.length());
  }

  /** As {@link #shownLength(String)}, of the first {@code n} characters of {@code chars}. */
  static int shownLength(char[] chars, int n) {
    int out = 0;
    int first = -1;
    int last = -1;
    boolean lastWasWhite = false;
    for (int i = 0; i < n; i++) {
      // A word's letters (of text or markup) in one tight run: each needs one or two comparisons
      // and no bookkeeping, which the run does once at its end. Every character of a page's text
      // passes here, and words are most of them.
      int run = i;
      while (i < n && isPlainShown(chars[i])) i++;
      if (i > run) {
        if (first < 0) first = out;
        out += i - run;
        last = out;
        lastWasWhite = false;
        if (i == n) break;
      }
      char c = chars[i];
      boolean shown;
      if (c > ' ') {
        // The letters of text and markup first: one or two comparisons for nearly every char.
        if (c < '\u00a0' || (c > '\u00ad' && c < '\u1680')) {
          shown = true;
        } else if (c == '\u00a0') {
          if (!lastWasWhite) out++;
          lastWasWhite = true;
          continue;
        } else if (c == '\u00ad' || c == '\u200b') {
          continue;
        } else {
          shown = !Character.isWhitespace(c);
        }
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
        if (!lastWasWhite) out++;
        lastWasWhite = true;
        continue;
      } else {
        shown = !isJavaWhitespace(c);
      }
      out++;
      lastWasWhite = false;
      if (shown) {
        if (first < 0) first = out - 1;
        last = out;
      }
    }
    return first < 0 ? 0 : last - first;
  }

  /** A character shown as itself, of the common ranges: ASCII, Latin, Greek, Cyrillic and on. */
  private static boolean isPlainShown(char c) {
    return c > ' ' && (c < '\u00a0' || (c > '\u00ad' && c < '\u1680'));
  }

  /**
   * The copy of the text nodes one walk of a page reads, reused from node to node. A walk keeps its
   * own rather than looking up {@link #CHARS} per text node: on a page of thousands of short text
   * nodes the thread-local look-ups cost more than reading the text.
   */
  static final class Buffer {
    private char[] chars = new char[1024];

    /** {@code s}'s characters at the start of the returned array (valid until the next read). */
    char[] read(String s) {
      int n = s.length();
      if (n > chars.length) chars = new char[Math.max(n, chars.length * 2)];
      s.getChars(0, n, chars, 0);
      return chars;
    }
  }

  /** Text nodes up to this long are read into {@link #CHARS}; longer ones (rare) into their own. */
  private static final int BUFFERED = 16_384;

  /** {@link #shownLength}'s copy of the text it reads, one per thread. */
  private static final ThreadLocal<char[]> CHARS =
      ThreadLocal.withInitial(() -> new char[BUFFERED]);

  /** {@link Character#isWhitespace}, answered without a table look-up for the letters of text. */
  private static boolean isJavaWhitespace(char c) {
    if (c < '\u1680') return c <= ' ' && (c >= '\u001c' || (c >= '\t' && c <= '\r'));
    return Character.isWhitespace(c);
  }

  /**
   * {@code s} with no-break spaces as spaces, each run of whitespace ({@code \\s}: space, tab, line
   * breaks, form feed) as one space, and stripped: what {@code s.replace('\u00a0', '
   * ').replaceAll("\\s+", " ").strip()} gives, in one loop over the text instead of a regex
   * compiled anew at every call (every paragraph and metadata value passes here).
   */
  static String squeezed(CharSequence s) {
    int n = s.length();
    char[] out = new char[n];
    int k = 0;
    boolean white = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00a0') c = ' ';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r') {
        if (!white) out[k++] = ' ';
        white = true;
      } else {
        out[k++] = c;
        white = false;
      }
    }
    return new String(out, 0, k).strip();
  }

  static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،' || c == '，') n++;
    }
    return n;
  }
}
