package ua.strichka.extract;

import java.util.regex.Pattern;

/**
 * A site's legal line: «© 2024 ТОВ "Новини". Усі права захищені», "Copyright © 2016 Example Media,
 * Inc. All rights reserved." Every site prints one at the foot of every page, and no article's text
 * is one: an article that reports on copyright writes sentences about it, which neither open with
 * the sign nor declare the site's rights. Where a theme sets the line in a plain {@code div} (not a
 * {@code footer}), it is the page's one block of prose-like text without links on a page whose
 * article is mostly links (a list of deals, a digest), and it must not be taken for the article;
 * where the chosen block holds it, it is no line of the text either.
 */
final class LegalLines {
  /** Longer than this, a block is more than the legal line (a terms page, an article). */
  static final int LONGEST = 400;

  /** The mark opening the line: ©, (c) and a year, "Copyright ©" or "Copyright 2016". */
  private static final Pattern OPENS =
      Pattern.compile("(?i)\\s*(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4}))");

  /**
   * The declaration of rights that every language's legal line makes beside its mark; without the
   * mark, a sentence can report that rights were reserved ("…said all rights reserved by the author
   * return to her estate").
   */
  private static final Pattern RIGHTS =
      Pattern.compile(
          "(?iU)all rights reserved|усі права захищені|всі права захищені|все права защищены|"
              + "wszelkie prawa zastrzeżone|tous droits réservés|alle rechte vorbehalten|"
              + "todos los derechos reservados|tutti i diritti riservati|"
              + "todos os direitos reservados");

  private LegalLines() {}

  /**
   * Whether the text carries the mark every legal line carries: the sign, "(c)" or the word
   * "copyright". Scanned by hand, not by a pattern: it is asked of every short paragraph, and
   * almost none has it.
   */
  static boolean marked(String text) {
    if (text.indexOf('©') >= 0) return true;
    for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      if (text.regionMatches(true, i, "(c)", 0, 3)) return true;
    }
    for (int i = 0; i + 9 <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9)) return true;
    }
    return false;
  }

  /** Whether {@code text} is a site's legal line and nothing more. */
  static boolean is(String text) {
    if (text.length() > LONGEST || !marked(text)) return false;
    return OPENS.matcher(text).lookingAt() || RIGHTS.matcher(text).find();
  }
}
