package ua.strichka.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the search page, the search feeds and the search API ask of the search index. The index
 * lives in {@code ua.strichka.search}; this seam keeps the pages independent of how it answers.
 */
interface Searcher {
  /** What was asked: free text, an optional section filter, a 1-based page. */
  /**
   * @param byStory one hit per story, its best article, with how many of its articles matched: what
   *     a reader wants (a repost or a second outlet's report is not news); feeds and the API list
   *     every article
   */
  record Request(String query, String section, int page, int perPage, boolean byStory) {}

  /**
   * One hit. {@code snippet} is plain text in which the matched words are wrapped in {@code
   * <mark>…</mark>}; the page escapes everything else.
   */
  /**
   * @param titleMarked the title as plain text with the matched words in {@code <mark>}
   * @param snippet likewise, a passage of the text
   * @param storyMatches when searched by story, how many of its articles matched (this one too)
   */
  record Hit(
      long articleId,
      String title,
      String titleMarked,
      String snippet,
      long storyMatches,
      String outletName,
      String section,
      Instant publishedAt,
      Long storyId) {}

  /**
   * @param available false when there is no index yet: the page says so instead of "nothing found"
   * @param sections section slug → hits in it, for the facet links
   * @param approximate the total and the section counts are estimates (many matches; see {@code
   *     SearchResult.approximate}): shown with «≈»
   */
  record Results(
      List<Hit> hits,
      long total,
      Map<String, Long> sections,
      boolean available,
      boolean approximate) {
    static Results none(boolean available) {
      return new Results(List.of(), 0, Map.of(), available, false);
    }
  }

  Results search(Request request);

  /** Until the search index is wired in: every search answers that search is not available. */
  Searcher UNAVAILABLE = request -> Results.none(false);
}
