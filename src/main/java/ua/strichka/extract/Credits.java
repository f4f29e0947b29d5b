package ua.strichka.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The «Джерело: X (Розділ)» attribution of a repost. A source line is an attribution only when it
 * names an outlet or a domain (with a section in brackets or not) and ends the article; «Джерело:
 * Reuters» or «Джерело: дані МОЗ» in the middle of the text is the text's own sourcing and stays in
 * it. Outside the text, the page's attribution may sit in a block of its own or its footer.
 */
final class Credits {
  /** A line longer than this is prose, not an attribution. */
  static final int LONGEST = 200;

  /**
   * The words a source line starts with, as {@link Paragraphs#CREDIT} reads them (a line that names
   * its source is matched from its first character).
   */
  private static final Phrases WORDS =
      new Phrases(
          "джерело", "джерела", "источник", "source", "першоджерело", "оригінал", "оригинал");

  /** The length of the shortest of {@link #WORDS}: no shorter text can hold one. */
  static final int SHORTEST_WORD = "source".length();

  private static final Set<String> LINE_TAGS =
      Set.of("p", "div", "span", "footer", "section", "small", "em", "i", "li");

  private static final Pattern DOMAIN =
      Pattern.compile("(?iU)(?:https?://)?(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+/?");

  private Credits() {}

  /**
   * The credit a line gives, or null when it is no source line or names no outlet.
   *
   * @param href the first link in the line, or null
   */
  static SourceCredit of(String line, String href) {
    if (line.length() > LONGEST) return null;
    Matcher m = Paragraphs.CREDIT.matcher(line);
    if (!m.matches()) return null;
    String outlet = m.group(1).strip();
    if (!namesOutlet(outlet, href != null)) return null;
    return new SourceCredit(outlet, m.group(2) == null ? null : m.group(2).strip(), href);
  }

  /**
   * An outlet as attributions print it: a domain, or a short name (at most five words, no list or
   * sentence punctuation) written as a name, capitalised or quoted, or linked to its site.
   */
  static boolean namesOutlet(String name, boolean linked) {
    String s = name.strip();
    if (s.isEmpty() || s.length() > 60) return false;
    if (DOMAIN.matcher(s).matches()) return true;
    if (s.split("\\s+").length > 5) return false;
    if (s.matches("(?s).*[,;!?].*") || s.endsWith(".")) return false;
    int first = s.codePointAt(0);
    return linked
        || Character.isUpperCase(first)
        || Character.isDigit(first)
        || "«\"“'„".indexOf(first) >= 0;
  }

  /**
   * The page's attribution line outside the extracted text: the first block on the page (not in its
   * navigation, header or sidebar) whose text is a source line naming an outlet and is not one of
   * the body's paragraphs.
   *
   * <p>Only blocks holding a text node with a source word are looked at, and a block's text is
   * built only once its text is known to be short: on a 300 KB page that is a handful of blocks.
   */
  static SourceCredit find(PageIndex index, List<String> paragraphs) {
    Element body = bodyOf(index);
    if (body == null) return null;
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextNode t : index.creditTexts) {
      for (Element e : shortBlocks(t, body)) {
        if (!seen.add(e)) continue;
        SourceCredit c = line(e, paragraphs);
        if (c != null) return c;
      }
    }
    return null;
  }

  /**
   * Whether a text node's text (its first {@code n} characters in {@code text}) starts with a
   * source word, so {@link #find} must look at the blocks around it.
   *
   * <p>Only the start: {@link #line} takes a block only when its text starts with the word, so the
   * word is the first thing its first text node shows (a word split over two text nodes was never
   * found). Looking for the word anywhere read every character of every short text of the page for
   * one word, a twentieth of the whole extraction's time on a typical page.
   */
  static boolean mayBeCredit(char[] text, int n) {
    int i = 0;
    while (i < n && hiddenAtStart(text[i])) i++;
    return WORDS.startsAt(text, n, i);
  }

  /**
   * What a block's text may start with unseen: whitespace and control characters ({@code
   * Element.text()} squeezes whitespace and trims all below the space; no-break and other Unicode
   * spaces, too, to be safe) and the invisible characters jsoup drops (zero-width space, soft
   * hyphen) or a page may carry (byte-order mark, zero-width joiners).
   */
  private static boolean hiddenAtStart(char c) {
    // The letters of text first, answered by two comparisons: no whitespace or space character
    // lies between the space and U+00A0, nor between the soft hyphen and U+1680 (Unicode's Zs,
    // Zl and Zp), and nearly every text node of a page starts with one of them; the look-ups in
    // Character's tables below cost every short text node of every page more than the rest.
    if ((c > ' ' && c < '\u00a0') || (c > '\u00ad' && c < '\u1680')) return false;
    return c <= ' '
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200b'
        || c == '\u00ad'
        || c == '\ufeff'
        || c == '\u200c'
        || c == '\u200d'
        || c == '\u2060';
  }

  private static Element bodyOf(PageIndex index) {
    List<Element> body = index.body();
    return body.isEmpty() ? null : body.getFirst();
  }

  /**
   * The line tags enclosing a text node whose text may be short enough for a source line, outermost
   * first (page order): an enclosing block with more text than that has only longer blocks around
   * it.
   */
  private static List<Element> shortBlocks(TextNode t, Element body) {
    List<Element> out = new ArrayList<>();
    for (Element e = t.parent() instanceof Element p ? p : null;
        e != null && e != body;
        e = e.parent()) {
      if (TextStats.longerThan(e, LONGEST)) break;
      if (LINE_TAGS.contains(e.normalName())) out.add(e);
    }
    Collections.reverse(out);
    return out;
  }

  private static SourceCredit line(Element e, List<String> paragraphs) {
    String t = e.text();
    if (t.length() < 8) return null;
    Element link = e.selectFirst("a[href]");
    String href = link == null ? null : link.absUrl("href");
    if (href != null && href.isEmpty()) href = link.attr("href");
    SourceCredit c = of(t, href);
    if (c == null || paragraphs.contains(t)) return null;
    if (e.closest("nav, header, aside") != null) return null;
    return c;
  }
}
