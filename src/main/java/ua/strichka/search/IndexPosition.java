package ua.strichka.search;

import java.util.HashMap;
import java.util.Map;

/**
 * How far the index has caught up with the store, saved in the user data of every Lucene commit. A
 * commit is atomic, so after a crash the index is exactly the last commit and this position says
 * where to resume: nothing committed is lost, nothing uncommitted is half there.
 *
 * @param fetchedAt {@code fetched_at} (ms) of the last article indexed, in {@code (fetched_at, id)}
 *     order
 * @param articleId its id
 * @param joinedAt newest {@code story_article.joined_at} (ms) applied
 */
record IndexPosition(long fetchedAt, long articleId, long joinedAt) {
  /**
   * Version of the document layout and analysis. An index written with another version is rebuilt
   * on open, since its terms would not match the queries.
   */
  static final String LAYOUT = "5";

  static final IndexPosition START = new IndexPosition(Long.MIN_VALUE, Long.MIN_VALUE, 0);

  private static final String KEY_LAYOUT = "strichka.layout";
  private static final String KEY_FETCHED = "strichka.fetchedAt";
  private static final String KEY_ID = "strichka.articleId";
  private static final String KEY_JOINED = "strichka.joinedAt";

  Map<String, String> userData() {
    Map<String, String> data = new HashMap<>();
    data.put(KEY_LAYOUT, LAYOUT);
    data.put(KEY_FETCHED, Long.toString(fetchedAt));
    data.put(KEY_ID, Long.toString(articleId));
    data.put(KEY_JOINED, Long.toString(joinedAt));
    return data;
  }

  /** The position a commit recorded; START when it recorded none or another layout's. */
  static IndexPosition of(Map<String, String> userData) {
    if (!LAYOUT.equals(userData.get(KEY_LAYOUT))) return START;
    try {
      return new IndexPosition(
          Long.parseLong(userData.get(KEY_FETCHED)),
          Long.parseLong(userData.get(KEY_ID)),
          Long.parseLong(userData.get(KEY_JOINED)));
    } catch (NumberFormatException | NullPointerException e) {
      return START;
    }
  }

  static boolean sameLayout(Map<String, String> userData) {
    return LAYOUT.equals(userData.get(KEY_LAYOUT));
  }

  IndexPosition after(IndexedArticle a) {
    return new IndexPosition(a.fetchedAt().toEpochMilli(), a.id(), joinedAt);
  }

  IndexPosition joined(long newest) {
    return new IndexPosition(fetchedAt, articleId, Math.max(joinedAt, newest));
  }

  /**
   * Moved back by {@code margin} ms, to look again at rows a slow writer may have committed late.
   */
  IndexPosition rewound(long margin) {
    if (fetchedAt == Long.MIN_VALUE) return this;
    return new IndexPosition(fetchedAt - margin, Long.MIN_VALUE, joinedAt);
  }
}
