package ua.strichka.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import ua.strichka.search.FacetCount;
import ua.strichka.search.Query;
import ua.strichka.search.SearchBackend;
import ua.strichka.search.SearchResult;

/**
 * The site's searches answered by the Lucene index. The index hands out snippets as escaped HTML
 * with {@code <mark>}; the pages escape on their own, so the snippet goes back to plain text with
 * only the marks kept, and nothing the index escaped is escaped twice.
 */
final class IndexSearcher implements Searcher {
  private static final String OPEN = "\u0001";
  private static final String CLOSE = "\u0002";
  private final SearchBackend index;

  IndexSearcher(SearchBackend index) {
    this.index = index;
  }

  @Override
  public Results search(Request request) {
    Query parsed = Query.parse(request.query());
    int limit = Math.min(Math.max(request.perPage(), 1), Query.MAX_LIMIT);
    int offset = Math.min(Math.max(request.page() - 1, 0) * limit, Query.MAX_OFFSET);
    Query query =
        parsed
            .section(request.section())
            .collapse(request.byStory())
            .facets(true)
            .page(offset, limit);
    SearchResult result = index.search(query);
    List<Hit> hits =
        result.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.articleId(),
                        h.title(),
                        plainWithMarks(h.titleHtml()),
                        plainWithMarks(h.snippetHtml()),
                        h.storyMatches(),
                        h.outletName(),
                        h.section(),
                        h.publishedAt(),
                        h.storyId()))
            .toList();
    Map<String, Long> sections =
        result.facets().getOrDefault("section", List.of()).stream()
            .collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a));
    return new Results(hits, result.total(), sections, true, result.approximate());
  }

  static String plainWithMarks(String html) {
    if (html == null) return "";
    String marked = html.replace("<mark>", OPEN).replace("</mark>", CLOSE);
    return Parser.unescapeEntities(marked, false).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
  }
}
