package ua.strichka.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Metadata one source (JSON-LD, meta tags, microdata, the feed, the visible page) says about a
 * page. Sources are merged field by field in order of trust: the first that knows a field wins.
 */
final class PageFacts {
  String title;
  String description;
  OffsetDateTime published;
  OffsetDateTime modified;
  List<String> authors = new ArrayList<>();
  String image;
  String section;
  String language;
  String siteName;
  String canonical;

  /** The text the page's JSON-LD carries as {@code articleBody}, if any. */
  String body;

  /** Schema.org or {@code og:type} types the page declares, lower case. */
  Set<String> types = new LinkedHashSet<>();

  /** Takes from {@code other} every field this one lacks. */
  PageFacts fill(PageFacts other) {
    if (title == null) title = other.title;
    if (description == null) description = other.description;
    if (published == null) published = other.published;
    if (modified == null) modified = other.modified;
    if (!namesAuthors()) {
      authors.clear();
      authors.addAll(other.authors);
    }
    if (image == null) image = other.image;
    if (section == null) section = other.section;
    if (language == null) language = other.language;
    if (siteName == null) siteName = other.siteName;
    if (canonical == null) canonical = other.canonical;
    if (body == null) body = other.body;
    types.addAll(other.types);
    return this;
  }

  /**
   * Whether some author here is more than a link: {@code article:author} is often the writer's
   * profile URL (Facebook's own spec asks for one), which names no one, and it must not keep the
   * {@code <meta name=author>} or the byline of a later source out.
   */
  boolean namesAuthors() {
    for (String a : authors) {
      if (!Authors.LINKS.matcher(a).replaceAll("").isBlank()) return true;
    }
    return false;
  }

  static String blankToNull(String s) {
    if (s == null) return null;
    String t = TextStats.squeezed(s);
    return t.isEmpty() ? null : t;
  }
}
