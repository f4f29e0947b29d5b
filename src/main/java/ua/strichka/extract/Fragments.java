package ua.strichka.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tiny blocks in the chosen text that conditional cleaning ({@link MainText#clean}) drops: under 25
 * characters, no picture, no end of a sentence or phrase. Most are the page's leftovers (a counter,
 * a label, a lone word); some are the text's own in a shape that holds no sentence, and stay.
 */
final class Fragments {
  private static final Pattern PHRASE_DONE =
      Pattern.compile("(?s).*[.!?…»\"”:：" + TextStats.STOPS + "]\\s*$");

  private Fragments() {}

  /**
   * Whether {@code e}, of measures {@code of} and text {@code text}, is a tiny fragment that goes.
   */
  static boolean tiny(Element e, TextStats.Of of, String text) {
    return of.text > 0
        && of.text < 25
        && of.images == 0
        && !PHRASE_DONE.matcher(text).matches()
        && !headingBox(e, text)
        && !shortTable(e);
  }

  /**
   * A block that holds a subheading and nothing else ({@code <div class="body-paragraph"><h3>What
   * next</h3></div>}, or the bold line editors set as one: {@code <div><strong>Що далі</strong>
   * </div>}): CMS that box each paragraph box their subheadings so. It is no fragment without a
   * sentence: a heading never ends in a full stop, and a short one ("What next", «Що далі») is what
   * the tiny-fragment rule would otherwise take it for. A linked one is a teaser's headline, and a
   * heading's own name still judges it, as a bare one's does.
   */
  private static boolean headingBox(Element e, String text) {
    Element h = e.selectFirst(SUBHEADING);
    return h != null && h.text().length() == text.length() && e.selectFirst(LINK) == null;
  }

  private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6, strong, b");

  private static final Evaluator LINK = QueryParser.parse("a[href]");

  /**
   * A list or table of two or more short items without links ({@code <ul><li>Київ</li><li>Суми
   * </li></ul>} after «Тривогу оголосили в містах:», a score table): the text's own facts, set out
   * item by item, not a fragment without a sentence. Items are words, not sentences, and all of
   * them together can be shorter than the tiny-fragment rule's bound. Menus, tag rows and pagers
   * are links.
   */
  private static boolean shortTable(Element e) {
    Evaluator items;
    if (e.nameIs("ul") || e.nameIs("ol")) items = LIST_ITEM;
    else if (e.nameIs("table")) items = ROW;
    else return false;
    return e.select(items).size() >= 2 && e.selectFirst(LINK) == null;
  }

  private static final Evaluator LIST_ITEM = QueryParser.parse("li");

  private static final Evaluator ROW = QueryParser.parse("tr");
}
