package ua.strichka.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which links on a section page are articles: an outlet's configured regular expression over the
 * URL path, one learnt from the article URLs its feeds list, or a general rule of thumb.
 */
public final class ArticlePattern {
  /**
   * Article paths usually carry a date, a long numeric id, or a slug of several words; section and
   * tag pages do not.
   */
  private static final Pattern HEURISTIC =
      Pattern.compile(
          ".*/(19|20)\\d\\d/\\d{1,2}/\\d{1,2}/.+"
              + "|.*/\\d{5,}[^/]*/?"
              + "|.*/[^/]*\\d{5,}[^/]*(\\.html?)?/?"
              + "|.*/[^/]*-[^/]*-[^/]*-[^/]*/?");

  private final Pattern pattern;
  private final String description;

  private ArticlePattern(Pattern pattern, String description) {
    this.pattern = pattern;
    this.description = description;
  }

  /** An outlet's configured pattern. */
  public static ArticlePattern of(String regex) {
    try {
      return new ArticlePattern(Pattern.compile(regex), regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "bad article URL pattern '" + regex + "': " + e.getDescription(), e);
    }
  }

  public static ArticlePattern heuristic() {
    return new ArticlePattern(HEURISTIC, "heuristic");
  }

  /**
   * Learns the shape of an outlet's article paths from known article URLs: numbers become {@code
   * \d+}, slugs and ids become one segment of anything, section names stay literal. Shapes shared
   * by at least a fifth of the samples make the pattern. With fewer than three samples the rule of
   * thumb is used.
   */
  public static ArticlePattern learn(Collection<String> articleUrls) {
    Map<String, Integer> shapes = new LinkedHashMap<>();
    int samples = 0;
    for (String url : articleUrls) {
      String path = path(url);
      if (path == null || path.equals("/")) continue;
      samples++;
      shapes.merge(shape(path), 1, Integer::sum);
    }
    if (samples < 3) return heuristic();
    List<String> kept = new ArrayList<>();
    for (var e : shapes.entrySet()) {
      if (e.getValue() * 5 >= samples) kept.add(e.getKey());
    }
    if (kept.isEmpty()) return heuristic();
    String regex = String.join("|", kept);
    return new ArticlePattern(Pattern.compile(regex), "learnt: " + regex);
  }

  /** Whether {@code url}'s path looks like one of this outlet's articles. */
  public boolean matches(String url) {
    String path = path(url);
    return path != null && pattern.matcher(path).matches();
  }

  @Override
  public String toString() {
    return description;
  }

  static String shape(String path) {
    StringBuilder sb = new StringBuilder();
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      sb.append('/');
      if (s.isEmpty()) continue;
      if (s.matches("\\d+")) {
        sb.append("\\d+");
      } else if (i == segments.length - 1
          || s.contains("-")
          || s.contains("_")
          || s.matches(".*\\d.*")
          || s.length() > 24) {
        sb.append("[^/]+");
      } else {
        sb.append(Pattern.quote(s));
      }
    }
    return sb.toString();
  }

  private static String path(String url) {
    try {
      String p = URI.create(url).getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
