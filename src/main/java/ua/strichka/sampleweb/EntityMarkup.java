package ua.strichka.sampleweb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips the corpus's {@code [surface](TYPE:Canonical)} markup, keeping where each mention was. */
final class EntityMarkup {
  private static final Pattern MENTION =
      Pattern.compile("\\[([^\\[\\]]+)\\]\\((PER|ORG|LOC):([^()\\[\\]]+)\\)");
  private static final Pattern LEFTOVER = Pattern.compile("\\]\\(|\\((PER|ORG|LOC):");

  private EntityMarkup() {}

  record Stripped(String text, List<EntitySpan> spans) {}

  /**
   * The plain text and its mentions.
   *
   * @throws IllegalArgumentException when markup is left over (a typo like {@code (PERS:...)} or a
   *     nested mention), so a broken annotation never passes as plain text
   */
  static Stripped strip(String marked) {
    StringBuilder plain = new StringBuilder(marked.length());
    List<EntitySpan> spans = new ArrayList<>();
    Matcher m = MENTION.matcher(marked);
    int last = 0;
    while (m.find()) {
      plain.append(marked, last, m.start());
      int start = plain.length();
      plain.append(m.group(1));
      spans.add(new EntitySpan(start, plain.length(), m.group(2), m.group(1), m.group(3).strip()));
      last = m.end();
    }
    plain.append(marked, last, marked.length());
    Matcher leftover = LEFTOVER.matcher(plain);
    if (leftover.find()) {
      int from = Math.max(0, leftover.start() - 30);
      throw new IllegalArgumentException(
          "malformed entity markup near '"
              + plain.substring(from, Math.min(plain.length(), leftover.end() + 30))
              + "'");
    }
    return new Stripped(plain.toString(), List.copyOf(spans));
  }
}
