package ua.strichka.extract;

import java.time.LocalTime;
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
    if (siteName == null) siteName = other.siteName;
    // A description that is the site's name («Engadget») describes nothing.
    if (description == null || namesSite(description)) description = other.description;
    if (published == null || refines(published, other.published)) published = other.published;
    if (modified == null) modified = other.modified;
    // Asked only when the other source has authors to give: naming is a few regexes per name.
    if (!other.authors.isEmpty() && (!namesAuthors() || extendedBy(other.authors))) {
      authors.clear();
      authors.addAll(other.authors);
    }
    if (image == null || LeadImage.isBadge(image)) image = other.image;
    if (section == null) section = other.section;
    if (language == null) language = other.language;
    if (canonical == null) canonical = other.canonical;
    if (body == null) body = other.body;
    types.addAll(other.types);
    return this;
  }

  /**
   * Whether {@code more} names every author here and others besides: {@code <meta name=author>}
   * holds one name where the byline's microdata lists the co-authors.
   */
  private boolean extendedBy(List<String> more) {
    if (more.size() <= authors.size()) return false;
    for (String a : authors) {
      if (more.stream().noneMatch(m -> m.strip().equalsIgnoreCase(a.strip()))) return false;
    }
    return true;
  }

  /**
   * Whether some author here names a person: {@code article:author} is often the writer's profile
   * URL (Facebook's own spec asks for one), and {@code <meta name=author>} often the outlet itself
   * («ABC News», «Редакція»); neither names anyone, and they must not keep the byline of a later
   * source out.
   */
  boolean namesAuthors() {
    return !authors.isEmpty() && !Authors.clean(authors, siteName).isEmpty();
  }

  private boolean namesSite(String text) {
    return siteName != null && Titles.same(text, siteName);
  }

  /**
   * Whether a date that names only its day ({@code "2016-12-16"}: midnight) gives way to {@code
   * later}, the same day with its time: sites put the day in one tag and the time in another, and
   * the less trusted source is then the more exact.
   */
  static boolean refines(OffsetDateTime day, OffsetDateTime later) {
    return later != null
        && dayOnly(day)
        && !dayOnly(later)
        && later.toLocalDate().equals(day.toLocalDate());
  }

  /** Midnight to the second: how a date given without its time reads. */
  static boolean dayOnly(OffsetDateTime d) {
    return d.toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  static String blankToNull(String s) {
    if (s == null) return null;
    String t = TextStats.squeezed(s);
    return t.isEmpty() ? null : t;
  }
}
