package ua.strichka.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * Words inside an attribute's value, found as a selector {@code [class~=(?i)(date|time)]} finds
 * them (ASCII case ignored), but with {@link String#indexOf} instead of a regex run on every
 * element of every page. {@link #delimited} words must stand between the value's ends, spaces,
 * hyphens or underscores, as {@code (^|[-_ ])(word)([-_ ]|$)} would have them; {@link #classes} are
 * whole class names, as {@link Element#hasClass} finds them.
 *
 * <p>A site repeats a few hundred class names over thousands of elements, so each answer is
 * remembered per distinct attribute value (up to a bound, so a page of generated names cannot grow
 * the map): one hash look-up instead of a scan per word.
 */
final class AttributeWords {
  private final String attribute;

  /** How {@link #in(Marks)} reads the attribute, resolved once rather than by name per element. */
  private final Function<Marks, String> read;

  private final String[] words;
  private final Kind kind;
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  /** Values remembered per instance, at most. */
  private static final int MAX_KNOWN = 5_000;

  private enum Kind {
    ANYWHERE,
    DELIMITED,
    CLASS_NAME
  }

  private AttributeWords(String attribute, Kind kind, String... words) {
    this.attribute = attribute;
    this.read = Marks.reader(attribute);
    this.words = words.clone();
    this.kind = kind;
    for (String w : words) {
      if (!w.equals(asciiLower(w))) throw new IllegalArgumentException("not lower case: " + w);
    }
    // Looked up by exact name: the HTML parser lower-cases attribute names.
    if (!attribute.equals(asciiLower(attribute))) {
      throw new IllegalArgumentException("not lower case: " + attribute);
    }
  }

  /** Any of the words anywhere in the attribute's value. */
  static AttributeWords anywhere(String attribute, String... words) {
    return new AttributeWords(attribute, Kind.ANYWHERE, words);
  }

  /** Any of the words as a whole piece of the value, between {@code - _}, space or its ends. */
  static AttributeWords delimited(String attribute, String... words) {
    return new AttributeWords(attribute, Kind.DELIMITED, words);
  }

  /** Any of the words as one of the element's class names (whitespace-separated). */
  static AttributeWords classes(String... words) {
    return new AttributeWords("class", Kind.CLASS_NAME, words);
  }

  boolean in(Element e) {
    return e.attributesSize() > 0 && inValue(e.attributes().get(attribute));
  }

  /** As {@link #in(Element)}, with the element's attributes read into marks. */
  boolean in(Marks m) {
    // Most of a page's elements have the empty marks: no call through the reader, whose call site
    // every instance shares (a different method each), for them.
    return m != Marks.NONE && inValue(read.apply(m));
  }

  /** The answer for the attribute's value already read ({@code ""} when it is absent). */
  boolean inValue(String value) {
    if (value.isEmpty()) return false;
    Boolean answer = known.get(value);
    if (answer != null) return answer;
    boolean found = find(asciiLower(value));
    if (known.size() < MAX_KNOWN) known.put(value, found);
    return found;
  }

  private boolean find(String v) {
    for (String w : words) {
      for (int at = v.indexOf(w); at >= 0; at = v.indexOf(w, at + 1)) {
        boolean whole =
            switch (kind) {
              case ANYWHERE -> true;
              case DELIMITED -> startsPiece(v, at) && endsPiece(v, at + w.length());
              case CLASS_NAME -> startsName(v, at) && endsName(v, at + w.length());
            };
        if (whole) return true;
      }
    }
    return false;
  }

  private static boolean startsPiece(String v, int at) {
    return at == 0 || isPieceBreak(v.charAt(at - 1));
  }

  /**
   * At the end, before a final line terminator (where a regex's {@code $} also matches), or a
   * break.
   */
  private static boolean endsPiece(String v, int at) {
    int n = v.length();
    if (at == n) return true;
    char c = v.charAt(at);
    if (isPieceBreak(c)) return true;
    if (at == n - 1)
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    return at == n - 2 && c == '\r' && v.charAt(at + 1) == '\n';
  }

  private static boolean startsName(String v, int at) {
    return at == 0 || Character.isWhitespace(v.charAt(at - 1));
  }

  private static boolean endsName(String v, int at) {
    return at == v.length() || Character.isWhitespace(v.charAt(at));
  }

  private static boolean isPieceBreak(char c) {
    return c == '-' || c == '_' || c == ' ';
  }

  /** Lower case for ASCII letters only, as {@code (?i)} without {@code u} compares them. */
  static String asciiLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') chars[j] = (char) (chars[j] + ('a' - 'A'));
        }
        return new String(chars);
      }
    }
    return s;
  }
}
