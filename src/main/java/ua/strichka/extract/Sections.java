package ua.strichka.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The section an outlet files a page under, read from its URL path ({@code /politics/…}). */
final class Sections {
  /** Compiled once: {@code String.matches} compiles its regex anew at every call. */
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z-]{2,24}");

  private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private static final Set<String> NOT_SECTIONS =
      Set.of(
          "news",
          "novyny",
          "novosti",
          "novini",
          "article",
          "articles",
          "post",
          "posts",
          "uk",
          "ua",
          "ru",
          "en",
          "rus",
          "ukr",
          "eng",
          "amp",
          "www",
          "index",
          "p",
          "a",
          "n",
          "story",
          "stories",
          "publications",
          "materials",
          "material",
          "item",
          "items",
          "id",
          "content",
          "pages",
          "page",
          "html",
          "php",
          "all",
          "rubric",
          "rubrics",
          "category",
          "categories",
          "section",
          "sections",
          "blog",
          "blogs",
          "mobile",
          "m",
          "lenta",
          "stat",
          "statti",
          "stati");

  private Sections() {}

  /** The first path segment that looks like a section name (letters, not a date or an id). */
  static String fromUrl(String url) {
    if (url == null) return null;
    String path;
    try {
      path = URI.create(url.strip()).getPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null) return null;
    String[] segments = path.split("/");
    // The last segment is the article's own slug; only the ones before it name sections.
    for (int i = 0; i < segments.length - 1; i++) {
      String s = segments[i].toLowerCase(Locale.ROOT);
      if (s.isEmpty() || NOT_SECTIONS.contains(s)) continue;
      if (SLUG.matcher(s).matches() && !ANY_DIGIT.matcher(s).matches()) return s;
      if (DIGITS.matcher(s).matches()) break;
    }
    return null;
  }
}
