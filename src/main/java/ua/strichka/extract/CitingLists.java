package ua.strichka.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Lists whose items are the article's own sentences citing links — release notes, weekly digests,
 * «who fixed what» — as against lists of bare links (menus, «related» teasers, tag clouds). Link
 * density alone cannot tell them apart: «Gijs <a>fixed some flicker</a> on startup» is half link
 * text, and an item that is all link can stand among items that are prose. So a list is judged by
 * its items together: when at least half of them carry words of their own around their links, the
 * list is prose, and so is each of its items.
 */
final class CitingLists {
  /** Characters an item needs outside its links to read as a sentence rather than a link. */
  static final int OWN_TEXT = 20;

  /** Items a run of list paragraphs needs before its prose items vouch for the others. */
  static final int MIN_ITEMS = 3;

  private CitingLists() {}

  /** An item with {@code text} characters, {@code links} of them in links: words of its own. */
  static boolean proseItem(int text, int links) {
    return text - links >= OWN_TEXT && links * 2 < text;
  }

  /** A {@code ul} or {@code ol} at least half of whose items are {@linkplain #proseItem prose}. */
  static boolean prose(Element list, TextStats stats) {
    int items = 0;
    int prose = 0;
    for (Element child : list.children()) {
      if (!child.nameIs("li")) continue;
      items++;
      TextStats.Of of = stats.of(child);
      if (proseItem(of.text, of.links)) prose++;
    }
    return items > 0 && prose * 2 >= items;
  }

  /**
   * A list nested in a list item that says in words of its own what the list is («In progress:»,
   * «she posted three variants of the chart»): the items are the article's, however bare their
   * links. A menu's item heads its sub-menu with a link or a one-word label, which does not count.
   */
  static boolean underProseItem(Element list, TextStats stats) {
    Element item = list.parent();
    if (item == null || !item.nameIs("li")) return false;
    TextStats.Of of = stats.of(item);
    return introduces(of.direct - of.directLinks, item.ownText());
  }

  /**
   * Own words that introduce what follows: eight characters or more outside links («У роботі:»),
   * ending with a colon or four words long.
   */
  static boolean introduces(int ownChars, String ownText) {
    if (ownChars < 8) return false;
    String t = ownText.strip();
    return t.endsWith(":") || t.split("\\s+").length >= 4;
  }

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** A link to another page, not within this one (a table of contents); parsed once. */
  private static final Evaluator LINK_AWAY = QueryParser.parse("a[href]:not([href^=#])");

  /** Siblings after a list looked through for the text going on. */
  private static final int AFTER = 6;

  /** Characters a paragraph after a list needs to be the article's prose going on. */
  private static final int PROSE_AFTER = 100;

  /**
   * A list of bare links that is part of the text around it: introduced by a heading or by a
   * paragraph ending in a colon («Mac Apps», «The tools I use:»), with the article's prose going on
   * after it among the next few blocks. An author's own list of apps, sources or documents reads so
   * on any site; a menu, a tag row or a «related» box stands apart from the text (first or last in
   * its box, or under a teaser label such as «Related» or «Читайте також»), and a table of contents
   * links only within the page.
   */
  static boolean framed(Element list) {
    if (!list.nameIs("ul") && !list.nameIs("ol")) return false;
    Element before = list.previousElementSibling();
    if (before == null || !introducesList(before)) return false;
    if (list.selectFirst(LINK_AWAY) == null) return false;
    int seen = 0;
    for (Element next = list.nextElementSibling();
        next != null && seen < AFTER;
        next = next.nextElementSibling(), seen++) {
      if (!next.nameIs("p")) continue;
      String t = next.text();
      int links = 0;
      for (Element a : next.select("a")) links += a.text().length();
      if (t.length() >= PROSE_AFTER && links * 2 < t.length()) return true;
    }
    return false;
  }

  /**
   * A short heading, or a paragraph whose own words end in a colon; neither a teaser label, nor a
   * heading with a strong boilerplate word («More from our site», «Popular now»).
   */
  private static boolean introducesList(Element e) {
    String t = e.text().strip();
    if (t.isEmpty() || MainText.TEASER.matcher(t).matches()) return false;
    if (HEADINGS.contains(e.normalName())) {
      if (t.length() > 80) return false;
      for (String word : t.split("[^\\p{L}]+")) if (Hints.strongWord(word)) return false;
      return true;
    }
    return e.nameIs("p") && t.endsWith(":") && introduces(e.ownText().strip().length(), t);
  }

  /**
   * For each rendered paragraph, whether it is a list item in a run of at least {@link #MIN_ITEMS}
   * consecutive list items at least half of which are prose: such an item is the article's own
   * however much of it is a link.
   */
  static boolean[] vouched(List<BodyText.Block> blocks) {
    boolean[] out = new boolean[blocks.size()];
    int i = 0;
    while (i < blocks.size()) {
      if (!blocks.get(i).tag().equals("li")) {
        i++;
        continue;
      }
      int end = i;
      int prose = 0;
      while (end < blocks.size() && blocks.get(end).tag().equals("li")) {
        BodyText.Block b = blocks.get(end);
        if (proseItem(b.text().length(), b.linkChars())) prose++;
        end++;
      }
      boolean run = end - i >= MIN_ITEMS && prose * 2 >= end - i;
      for (int k = i; k < end; k++) out[k] = run || blocks.get(k).introduced();
      i = end;
    }
    return out;
  }
}
