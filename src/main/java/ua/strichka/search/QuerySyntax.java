package ua.strichka.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The parser of the search box (see {@link Query} for the language).
 *
 * <p>Hand-written rather than Lucene's classic {@code QueryParser}: that one throws on unbalanced
 * quotes and brackets, a leading {@code *} or a stray {@code :}, reads {@code word:} as a field
 * name, and accepts wildcards, fuzzy and regular-expression terms that can cost seconds on a large
 * index — all things a public search box must not do. {@code SimpleQueryParser} is lenient but
 * spells OR as {@code |}. The language here is four rules, and the words are analysed later per
 * language ({@link LuceneQuery}), which neither parser can do across analyzers.
 */
final class QuerySyntax {
  record Parsed(
      List<List<Query.Clause>> groups, List<Query.Clause> excluded, List<Notice> notices) {}

  private record Token(String text, boolean phrase, boolean excluded, boolean or) {}

  private QuerySyntax() {}

  static Parsed parse(String input) {
    Set<Notice> notices = EnumSet.noneOf(Notice.class);
    String text = clean(input == null ? "" : input, notices);
    List<Token> tokens = tokenize(text, notices);

    List<List<Query.Clause>> groups = new ArrayList<>();
    List<Query.Clause> excluded = new ArrayList<>();
    boolean joinNext = false;
    int clauses = 0;
    for (Token t : tokens) {
      if (t.or()) {
        joinNext = !groups.isEmpty();
        continue;
      }
      if (!hasWordCharacter(t.text())) {
        if (t.text().indexOf('*') >= 0) notices.add(Notice.WILDCARD_IGNORED);
        continue;
      }
      if (t.text().indexOf('*') >= 0) notices.add(Notice.WILDCARD_IGNORED);
      if (clauses == Query.MAX_CLAUSES) {
        notices.add(Notice.TRUNCATED);
        break;
      }
      clauses++;
      Query.Clause clause = new Query.Clause(t.text().replace('*', ' ').strip(), t.phrase());
      if (t.excluded()) {
        excluded.add(clause);
      } else if (joinNext) {
        groups.getLast().add(clause);
      } else {
        groups.add(new ArrayList<>(List.of(clause)));
      }
      joinNext = false;
    }
    return new Parsed(groups, excluded, List.copyOf(notices));
  }

  /**
   * Cuts the text to {@link Query#MAX_CHARS}, composes it (NFC) and turns control and format
   * characters (zero-width spaces, direction marks, broken surrogates) into spaces.
   */
  private static String clean(String input, Set<Notice> notices) {
    String text = input;
    if (text.length() > Query.MAX_CHARS) {
      int cut = Query.MAX_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))) cut--;
      text = text.substring(0, cut);
      notices.add(Notice.TRUNCATED);
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean brokenSurrogate =
          Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1)));
      if (Character.isHighSurrogate(c) && !brokenSurrogate) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isWhitespace(c)) {
        out.append(' ');
      } else if (brokenSurrogate
          || Character.getType(c) == Character.CONTROL
          || Character.getType(c) == Character.FORMAT) {
        notices.add(Notice.CONTROL_CHARACTERS);
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Token> tokenize(String text, Set<Notice> notices) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      boolean exclude = false;
      if (c == '-' && i + 1 < n && text.charAt(i + 1) != ' ') {
        exclude = true;
        c = text.charAt(++i);
      }
      if (isQuote(c)) {
        int end = i + 1;
        while (end < n && !isQuote(text.charAt(end))) end++;
        if (end == n) notices.add(Notice.UNBALANCED_QUOTE);
        tokens.add(new Token(text.substring(i + 1, end).strip(), true, exclude, false));
        i = Math.min(end + 1, n);
        continue;
      }
      int end = i;
      while (end < n && text.charAt(end) != ' ' && !isQuote(text.charAt(end))) end++;
      String word = text.substring(i, end);
      boolean or = !exclude && (word.equals("OR") || word.equals("АБО"));
      tokens.add(new Token(word, false, exclude, or));
      i = end;
    }
    return tokens;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„';
  }

  private static boolean hasWordCharacter(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
