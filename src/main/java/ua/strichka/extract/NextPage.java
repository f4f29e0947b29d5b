package ua.strichka.extract;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an article split over several pages goes on. Trusted, in order: the head's {@code
 * link[rel=next]} (what CMSs and their SEO plugins print for a paginated post, and nothing else),
 * then a pager's {@code a[rel=next]} only when it points at a numbered page of this very address.
 *
 * <p>Link text alone («Далі», «Наступна», "Next") is not followed: on Ukrainian and Russian news
 * templates it is mostly a teaser's "read more" or the link to the next article, and WordPress's
 * {@code next_post_link} even puts {@code rel=next} on the link to the next article; following them
 * would fetch a foreign page for every article. The crawler checks the fetched page's title too.
 */
final class NextPage {
  /**
   * A page number in the query ({@code page=2}, {@code PAGEN_1=2}). Not {@code p=}: WordPress's
   * plain permalinks name a post {@code ?p=124}, and its next-post link would pass for a page.
   */
  private static final Pattern PAGE_QUERY =
      Pattern.compile("(?i)(?:^|&)(?:page|pg|pagen_\\d+|part|str)=\\d{1,3}(?:&|$)");

  /** A page number as the last path segment ({@code /slug/2/}, {@code /slug/page-2}). */
  private static final Pattern PAGE_PATH =
      Pattern.compile("(?i)/(?:page[-/]?|p[-/]?|part[-/]?)?\\d{1,3}/?$");

  private NextPage() {}

  static boolean isNext(String rel) {
    if (rel == null || rel.isEmpty()) return false;
    for (String token : rel.trim().split("\\s+")) {
      if (token.equalsIgnoreCase("next")) return true;
    }
    return false;
  }

  /** The absolute address of the next page of the article at {@code url}, or null. */
  static String of(PageIndex index, String url) {
    if (index.next != null) {
      String href = index.next.absUrl("href");
      if (!href.isEmpty()) return href;
    }
    if (index.nextAnchor == null || url == null) return null;
    String href = index.nextAnchor.absUrl("href");
    return samePaged(url, href) ? href : null;
  }

  /**
   * Whether {@code next} is {@code page} with a page number: same host and path, or one more
   * segment.
   */
  static boolean samePaged(String page, String next) {
    try {
      URI a = URI.create(page);
      URI b = URI.create(next);
      if (a.getHost() == null || b.getHost() == null) return false;
      if (!a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))) {
        return false;
      }
      String pa = trimSlash(a.getRawPath());
      String pb = trimSlash(b.getRawPath());
      if (pa.equals(pb))
        return b.getRawQuery() != null && PAGE_QUERY.matcher(b.getRawQuery()).find();
      return pb.startsWith(pa + "/") && PAGE_PATH.matcher(pb.substring(pa.length())).matches();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String trimSlash(String path) {
    if (path == null) return "";
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
