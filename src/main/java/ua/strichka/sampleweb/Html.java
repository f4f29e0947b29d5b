package ua.strichka.sampleweb;

/** Escaping for the hand-built pages and feeds (the whole point is control over every byte). */
final class Html {
  private Html() {}

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code s} with every character {@code charset} cannot encode written as a numeric character
   * reference ({@code &#8372;}), as legacy windows-1251 sites do, so no text is lost to '?'.
   */
  static String encodable(String s, java.nio.charset.Charset charset) {
    var encoder = charset.newEncoder();
    if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)) return s;
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              String ch = Character.toString(cp);
              if (encoder.canEncode(ch)) b.append(ch);
              else b.append("&#").append(cp).append(';');
            });
    return b.toString();
  }

  /** A JSON string literal, for JSON-LD. */
  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '<' -> b.append("\\u003c");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  /** The first {@code max} characters of {@code s} on a word boundary, with an ellipsis. */
  static String excerpt(String s, int max) {
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max);
    return s.substring(0, cut > 0 ? cut : max) + "…";
  }
}
