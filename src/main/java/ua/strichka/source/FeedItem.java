package ua.strichka.source;

import java.time.Instant;
import java.util.List;

/**
 * An article as a feed, sitemap or section page announced it: where it is and what the source said
 * about it, kept for the extraction stage (feed metadata fills what a page leaves out).
 *
 * @param url the article's address as listed (not yet canonical)
 * @param published null when the source gave no date
 */
public record FeedItem(
    String url,
    String title,
    Instant published,
    String summary,
    List<String> categories,
    List<String> authors,
    String language) {

  public FeedItem {
    categories = categories == null ? List.of() : List.copyOf(categories);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** An item known only by its link (a section page's). */
  public static FeedItem link(String url) {
    return new FeedItem(url, null, null, null, List.of(), List.of(), null);
  }
}
