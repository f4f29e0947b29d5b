package ua.strichka.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * A block that holds a mass of the article's prose: several paragraphs of whole sentences with
 * little link text. Such a block is the article whatever a weak word in its name says (a theme that
 * sets each part of a story as an item of a "list", a "card" or a "meta" box), so a name alone must
 * not drop it. A listing's teasers fail it: their headlines are links, and links are the share of
 * text that a list of teasers cannot hide.
 */
final class ProseMass {
  /** Non-link characters a block needs: a few paragraphs, not a teaser or a caption. */
  static final int MIN_PROSE = 800;

  /** Paragraphs of whole sentences a block needs. */
  private static final int MIN_PARAGRAPHS = 3;

  /** A paragraph that reads as prose: at least this long, outside links. */
  private static final int MIN_PARAGRAPH = 80;

  /** Headline links ({@code h2 a}, {@code a h3}) from which a block is a list of teasers. */
  private static final int MAX_HEADLINE_LINKS = 3;

  /** Parsed once: jsoup parses a selector given as text anew at every call. */
  private static final Evaluator HEADLINE_LINKS = HeadlineLinks.ONLY;

  private static final Evaluator HEADLINE_LINK_OR_DATE = HeadlineLinks.or("time");

  private ProseMass() {}

  /**
   * Whether {@code e}, measured as {@code of} (its text and link text), holds a mass of prose and
   * is named boilerplate only weakly ({@link Hints#stronglyNegative}).
   */
  static boolean holds(Element e, TextStats.Of of) {
    if (of.text - of.links < MIN_PROSE || of.linkDensity() > 0.15) return false;
    if (Hints.stronglyNegative(e)) return false;
    if (e.select(HEADLINE_LINKS).size() >= MAX_HEADLINE_LINKS) return false;
    return paragraphs(e, MIN_PARAGRAPHS) >= MIN_PARAGRAPHS;
  }

  /**
   * Runs of prose pieces ({@link #inRun}), counted once per parent: counting a block's siblings
   * again for each of them made a page of thousands of sibling blocks quadratic. One per pass over
   * a page, while the page does not change.
   */
  static final class Runs {
    private final Map<Element, Map<String, Integer>> pieces = new IdentityHashMap<>();

    /**
     * Whether {@code e} is one of a run of at least three sibling blocks of one shape ({@link
     * BlockRuns#shape}), each named boilerplate only weakly and each holding a paragraph of prose
     * and no headline link or date: the parts of one article, set one per block.
     */
    boolean inRun(Element e, TextStats.Of of) {
      if (of.text - of.links < MIN_PARAGRAPH || of.linkDensity() > 0.2) return false;
      if (!piece(e)) return false;
      Element parent = e.parent();
      if (parent == null) return false;
      Map<String, Integer> byShape = pieces.computeIfAbsent(parent, ProseMass::piecesByShape);
      return byShape.getOrDefault(BlockRuns.shape(e), 0) >= MIN_PARAGRAPHS;
    }

    /**
     * Whether {@code e} holds such a run ({@link #inRun}) as its children: the box around the parts
     * of an article, named like them.
     */
    boolean holdsRun(Element e, TextStats stats) {
      if (Hints.stronglyNegative(e)) return false;
      for (Element c : children(e)) if (inRun(c, stats.of(c))) return true;
      return false;
    }
  }

  /** How many of {@code parent}'s children are prose pieces, by their shape. */
  private static Map<String, Integer> piecesByShape(Element parent) {
    Map<String, Integer> out = new HashMap<>();
    for (Element c : children(parent)) if (piece(c)) out.merge(BlockRuns.shape(c), 1, Integer::sum);
    return out;
  }

  /**
   * The child elements of {@code e}, read from its child nodes: the stripped copy of a page is made
   * of shallow clones, which carry their original's cached {@code children()} list over (jsoup), so
   * that list can name the original's children instead of the copy's.
   */
  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n : e.childNodes()) if (n instanceof Element c) out.add(c);
    return out;
  }

  private static boolean piece(Element e) {
    return !Hints.stronglyNegative(e)
        && e.selectFirst(HEADLINE_LINK_OR_DATE) == null
        && paragraphs(e, 1) >= 1;
  }

  /**
   * Whether a page's main text, its {@code paragraphs} rendered from {@code roots}, reads as an
   * article: several paragraphs of whole sentences and no more than a couple of headline links
   * among them. A listing's main text is its teasers, each under a headline link.
   */
  static boolean reads(List<String> paragraphs, List<Element> roots) {
    int prose = 0;
    for (String p : paragraphs) {
      if (p.length() >= MIN_PARAGRAPH && endsSentence(p)) prose++;
    }
    if (prose < MIN_PARAGRAPHS) return false;
    int headlines = 0;
    for (Element root : roots) headlines += root.select(HEADLINE_LINKS).size();
    return headlines < MAX_HEADLINE_LINKS;
  }

  /**
   * Whether {@code t} ends a sentence: a word of two or more characters, a full stop, question or
   * exclamation mark or ellipsis, maybe a closing quote or bracket, then only whitespace — what the
   * regex {@code (?U)\w{2,}[.!?…。！？؟।][»"”)]?\s*$} finds ({@link TextStats#STOPS}). Read back from
   * the end: that regex, run with {@code find}, tries every position of a paragraph, and every
   * paragraph of a page passes here.
   */
  static boolean endsSentence(String t) {
    int end = t.length();
    while (end > 0 && isSpace(t.charAt(end - 1))) end--;
    if (end > 0 && "»\"”)".indexOf(t.charAt(end - 1)) >= 0) end--;
    if (end == 0 || ".!?…".indexOf(t.charAt(end - 1)) < 0 && !stop(t.charAt(end - 1))) {
      return false;
    }
    end--;
    for (int words = 0; words < 2; words++) {
      if (end == 0) return false;
      int c = t.codePointBefore(end);
      if (!isWord(c)) return false;
      end -= Character.charCount(c);
    }
    return true;
  }

  /** A full stop of another script ({@link TextStats#STOPS}); most text never gets here. */
  private static boolean stop(char c) {
    return c > 0x600 && TextStats.STOPS.indexOf(c) >= 0;
  }

  /** {@code \s} under {@code (?U)}: Unicode White_Space, as {@link Pattern} defines it. */
  private static boolean isSpace(char c) {
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c >= 0x9 && c <= 0xd)
        || c == 0x85;
  }

  /** {@code \w} under {@code (?U)}, as {@link Pattern} defines it. */
  private static boolean isWord(int c) {
    if (Character.isAlphabetic(c)) return true;
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION
        || c == 0x200c
        || c == 0x200d;
  }

  /**
   * The paragraphs of whole sentences with little link text in {@code e}, counted up to {@code
   * enough}.
   */
  static int paragraphs(Element e, int enough) {
    int paragraphs = 0;
    for (Element p : e.getElementsByTag("p")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH || !endsSentence(text)) continue;
      int links = 0;
      for (Element a : p.getElementsByTag("a")) links += a.text().length();
      if (links * 5 > text.length()) continue;
      if (++paragraphs >= enough) return paragraphs;
    }
    return paragraphs;
  }
}
