package ua.strichka.extract;

import java.time.OffsetDateTime;

/**
 * What a feed item said about the page before it was fetched. Used where the page itself is silent
 * (after its structured metadata, before guesses from the visible text). Any field may be null.
 */
public record FeedHints(String title, OffsetDateTime published, String author, String category) {
  public static final FeedHints NONE = new FeedHints(null, null, null, null);
}
