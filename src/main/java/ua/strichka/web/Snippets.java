package ua.strichka.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Search snippets arrive as text with {@code <mark>…</mark>} around matched words. They are split
 * into plain and marked parts so the template escapes every part and adds the {@code <mark>}
 * itself: nothing from an article ever reaches the page as markup.
 */
final class Snippets {
  record Part(String text, boolean marked) {}

  private Snippets() {}

  static List<Part> parse(String snippet) {
    List<Part> parts = new ArrayList<>();
    if (snippet == null) return parts;
    int i = 0;
    while (i < snippet.length()) {
      int open = snippet.indexOf("<mark>", i);
      if (open < 0) break;
      int close = snippet.indexOf("</mark>", open + 6);
      if (close < 0) break;
      if (open > i) parts.add(new Part(snippet.substring(i, open), false));
      parts.add(new Part(snippet.substring(open + 6, close), true));
      i = close + 7;
    }
    if (i < snippet.length()) parts.add(new Part(snippet.substring(i), false));
    return parts;
  }
}
