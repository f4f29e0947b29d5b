package ua.strichka.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders content elements as paragraphs the way a reader sees them: one paragraph per block
 * (paragraph, heading, list item, quote, table row), {@code <br><br>} as a paragraph break (old
 * sites write whole articles that way), whitespace collapsed. Iterative, like every walk here.
 */
final class BodyText {
  /**
   * One rendered paragraph and how much of it was link text; {@code introduced}: an item of a list
   * nested in a list item whose own words introduce it ({@link CitingLists#introduces}), or of a
   * list the text around frames ({@link CitingLists#framed}); {@code twin}: the whole text of an
   * element that is the twin of the previous block's element ({@link #twins}); {@code sibling}: the
   * whole text of an element in the same container as the previous block's element.
   */
  record Block(
      String text,
      int linkChars,
      String firstHref,
      String tag,
      boolean introduced,
      boolean twin,
      boolean sibling) {
    Block(String text, int linkChars, String firstHref, String tag) {
      this(text, linkChars, firstHref, tag, false, false, false);
    }

    Block(String text, int linkChars, String firstHref, String tag, boolean introduced) {
      this(text, linkChars, firstHref, tag, introduced, false, false);
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
  }

  private static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "ul",
          "body",
          "html",
          "caption",
          "option",
          "legend");

  private BodyText() {}

  static List<Block> render(List<Element> roots) {
    Renderer r = new Renderer();
    for (Element root : roots) {
      NodeTraversor.traverse(r, root);
      r.flush();
    }
    return r.blocks;
  }

  /**
   * Two elements side by side in one container, alike in tag, attributes and children (their text
   * the renderer compares, having it at hand): a paragraph the page itself repeats (filler text, a
   * refrain, a line set twice on purpose). Layout that prints a paragraph twice prints it in two
   * boxes (a standfirst box and the text) or in two dresses (a {@code lead} class, a bold first
   * line), so it is never this. What stands between them without text (a picture, an empty ad slot)
   * does not part them: the reader sees no line between.
   */
  static boolean twins(Element before, Element e) {
    if (before == null) return false;
    Element between = e.previousElementSibling();
    while (between != null && between != before && !between.hasText()) {
      between = between.previousElementSibling();
    }
    if (between != before) return false;
    if (!before.normalName().equals(e.normalName())) return false;
    if (!before.attributes().equals(e.attributes())) return false;
    if (before.childrenSize() != e.childrenSize()) return false;
    for (int i = 0; i < e.childrenSize(); i++) {
      if (!before.child(i).normalName().equals(e.child(i).normalName())) return false;
    }
    return true;
  }

  /** Bold text elements, in which old pages set their subheadings. */
  private static final Set<String> BOLD = Set.of("b", "strong");

  /** The longest bold line taken for a subheading; a longer one is a bold paragraph. */
  private static final int MAX_BOLD_HEADING = 100;

  private static final Pattern SENTENCE_END =
      Pattern.compile("(?s).*[.!?…»\"”:;" + TextStats.STOPS + "]$");

  /**
   * True when the text, trailing whitespace aside, ends a sentence. Only its last two characters
   * can decide that ({@code $} also matches before one final line terminator), so a long block of
   * single {@code <br>}s costs no copy of the block per break.
   */
  static boolean endsSentence(CharSequence text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    return SENTENCE_END.matcher(text.subSequence(Math.max(0, end - 2), end)).matches();
  }

  private static final class Renderer implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;
    String firstHref;
    String tag = "p";
    int pendingBreaks;

    /** The block element whose text is being gathered, until a nested block or a break cuts it. */
    Element opener;

    /** The element whose whole text the last block was, if it was one. */
    Element lastWhole;

    /** Where the line being gathered starts in {@link #text}: after a flush or a single break. */
    int lineStart;

    /** Open bold elements ({@link #BOLD}). */
    int boldDepth;

    /** Where the outermost open bold element's text starts, if it starts its line; else -1. */
    int boldStart = -1;

    /** Where the text of a bold element that started its line ended, if one did; else -1. */
    int boldEnd = -1;

    /**
     * One entry per open {@code <li>}, innermost last: whether the item's own words, rendered
     * before a list nested in it, introduce that list.
     */
    final ArrayList<Boolean> items = new ArrayList<>();

    /**
     * One entry per open list, innermost last: whether the text frames it ({@link
     * CitingLists#framed}).
     */
    final ArrayList<Boolean> lists = new ArrayList<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.text();
        if (node.parentNode() instanceof Element p && p.normalName().equals("pre")) {
          s = t.getWholeText();
        }
        if (s.isBlank()) {
          if (!text.isEmpty()) text.append(' ');
          return;
        }
        if (pendingBreaks > 0) lineBreak();
        text.append(s);
        if (linkDepth > 0) linkChars += s.strip().length();
        return;
      }
      if (!(node instanceof Element e)) return;
      String name = e.normalName();
      if (name.equals("br")) {
        pendingBreaks++;
        opener = null;
        if (pendingBreaks >= 2) flush();
        return;
      }
      if (BOLD.contains(name) && boldDepth++ == 0) {
        boldStart = blankFrom(lineStart) ? text.length() : -1;
      }
      if (name.equals("a") && TextStats.isLink(e)) {
        linkDepth++;
        if (firstHref == null && e.hasAttr("href")) firstHref = e.absUrl("href");
        if (firstHref != null && firstHref.isEmpty()) firstHref = e.attr("href");
      }
      if (name.equals("td") || name.equals("th")) {
        if (!text.isEmpty() && !text.toString().isBlank()) text.append(" | ");
        return;
      }
      if (BLOCK.contains(name)) {
        flush();
        opener = e;
        tag = name;
        if (name.equals("li")) items.add(false);
        if (name.equals("ul") || name.equals("ol")) lists.add(CitingLists.framed(e));
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) return;
      String name = e.normalName();
      if (name.equals("a") && TextStats.isLink(e)) linkDepth--;
      if (BOLD.contains(name) && boldDepth > 0 && --boldDepth == 0) {
        boldEnd = boldStart >= 0 && text.length() > boldStart ? text.length() : -1;
      }
      if (BLOCK.contains(name)) flush(e == opener ? e : null);
      if (name.equals("li") && !items.isEmpty()) items.removeLast();
      if ((name.equals("ul") || name.equals("ol")) && !lists.isEmpty()) lists.removeLast();
    }

    /**
     * A single {@code <br>}: a new paragraph after a finished sentence (how old sites break
     * paragraphs) or after a bold line (their subheadings: {@code <b>Що відомо</b><br>Рятувальники
     * …}), else a space (a poem's line, an address).
     */
    private void lineBreak() {
      pendingBreaks = 0;
      if (endsSentence(text) || boldLine()) {
        flush();
      } else {
        text.append(' ');
        lineStart = text.length();
        boldEnd = -1;
      }
    }

    /** Whether {@link #text} holds only whitespace from {@code start} on. */
    private boolean blankFrom(int start) {
      for (int i = start; i < text.length(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) return false;
      }
      return true;
    }

    /**
     * Whether the line gathered is all bold and short: a subheading set in {@code <b>} or {@code
     * <strong>} on a line of its own. A bold lead-in with the sentence after it on the line ({@code
     * <b>Важливо:</b> не вмикайте…}) is no heading, nor a bold paragraph.
     */
    private boolean boldLine() {
      if (boldEnd < 0 || boldDepth > 0) return false;
      int end = text.length();
      while (end > boldEnd && Character.isWhitespace(text.charAt(end - 1))) end--;
      return end == boldEnd && boldEnd - boldStart <= MAX_BOLD_HEADING;
    }

    void flush() {
      flush(null);
    }

    /** Ends the block; {@code whole}: the element whose whole text it is, if it is one. */
    void flush(Element whole) {
      opener = null;
      pendingBreaks = 0;
      lineStart = 0;
      boldStart = boldEnd = -1;
      String t = TextStats.squeezed(text);
      if (t.startsWith("| ")) t = t.substring(2);
      if (!t.isEmpty()) {
        int open = items.size();
        boolean introduced =
            tag.equals("li")
                && ((open >= 2 && items.get(open - 2)) || (!lists.isEmpty() && lists.getLast()));
        if (tag.equals("li") && open >= 1 && CitingLists.introduces(t.length() - linkChars, t)) {
          items.set(open - 1, true);
        }
        boolean sibling =
            whole != null
                && lastWhole != null
                && !blocks.isEmpty()
                && lastWhole.parent() == whole.parent();
        // The text first: most paragraphs follow a sibling of their shape, few repeat its words.
        boolean twin = sibling && blocks.getLast().text().equals(t) && twins(lastWhole, whole);
        blocks.add(new Block(t, linkChars, firstHref, tag, introduced, twin, sibling));
        lastWhole = whole;
      }
      text.setLength(0);
      linkChars = 0;
      firstHref = null;
      tag = "p";
    }
  }
}
