package ua.strichka.web;

/**
 * Text for XML documents (feeds, sitemaps). XML 1.0 forbids most control characters, which scraped
 * text does contain now and then; one such character would make the whole feed unreadable.
 */
final class Xml {
  private Xml() {}

  static String clean(String s) {
    if (s == null) return null;
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || Character.isSurrogate(c) && validPair(s, i);
      if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
      if (sb != null && ok) sb.append(c);
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c))
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
