package ua.strichka.search;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The query flow both backends share ({@link SearchRun} on Lucene, {@link OpenSearchRun} on
 * OpenSearch): the text query with every group required; when it finds nothing and the query has
 * several groups, the relaxed one (see {@link LuceneQuery#text}), flagged {@link Notice#RELAXED}.
 * Only which query runs is decided here; how a page is fetched and ranked stays with the backend.
 */
final class Relaxation {
  private Relaxation() {}

  /** How a backend fetches one page of results for a text query, and how many it found. */
  interface Pages<P> {
    /** The page for this text query ({@link LuceneQuery.Text#query()} null: browsing). */
    P page(LuceneQuery.Text text) throws IOException;

    long total(P page);
  }

  /**
   * The page to show, the text query it came from (for marking snippets) and the notices.
   *
   * @param page null when nothing could be matched at all
   */
  record Outcome<P>(P page, LuceneQuery.Text text, List<Notice> notices) {}

  static <P> Outcome<P> run(Query q, LuceneQuery queries, Pages<P> pages) throws IOException {
    Set<Notice> notices = EnumSet.noneOf(Notice.class);
    notices.addAll(q.notices());
    LuceneQuery.Text text = queries.text(q, false);
    notices.addAll(text.notices());
    boolean matchable = q.browsing() || text.query() != null;
    P page = matchable ? pages.page(text) : null;
    if ((page == null || pages.total(page) == 0) && q.groups().size() > 1) {
      LuceneQuery.Text relaxed = queries.text(q, true);
      P second = relaxed.query() == null ? null : pages.page(relaxed);
      if (second != null && pages.total(second) > 0) {
        notices.add(Notice.RELAXED);
        text = relaxed;
        page = second;
      }
    }
    return new Outcome<>(page, text, List.copyOf(notices));
  }
}
