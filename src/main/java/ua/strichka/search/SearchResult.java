package ua.strichka.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link Query}: one page of hits, how many there are in all, facet counts and what
 * was changed in the query.
 *
 * @param total matching articles, or stories when collapsed
 * @param totalExact false when {@code total} is a lower bound (counting stopped early: no facets
 *     were asked for) or an estimate ({@code approximate})
 * @param facets for each dimension ({@code section}, {@code outlet}, {@code entity}, {@code
 *     language}) its most frequent values among all matching articles; empty unless asked for
 * @param approximate true when {@code total}, the facet counts and the hits' story sizes are
 *     estimates, scaled up from a share of the matches (a search with more than a few thousand)
 */
public record SearchResult(
    Query query,
    long total,
    boolean totalExact,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    boolean approximate,
    List<Notice> notices) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    notices = List.copyOf(notices);
  }

  static SearchResult empty(Query q, List<Notice> notices) {
    return new SearchResult(q, 0, true, List.of(), Map.of(), false, notices);
  }
}
