package ua.strichka.search;

import java.time.Instant;
import java.util.List;

/**
 * A search: the words of the search box, parsed, and the filters, order and page to apply.
 *
 * <p>The query language is the one people already type into search boxes: words (all must match, in
 * any inflected form), {@code "phrases in quotes"}, {@code -word} or {@code -"a phrase"} to
 * exclude, {@code OR} (or {@code АБО}) between two words to accept either. Nothing else is special:
 * no field names, wildcards, fuzziness or boosts, so nothing a person types can be a syntax error
 * or an expensive query. A query with no words (empty, or only {@code *}) lists the newest articles
 * that pass the filters.
 *
 * @param text what was typed
 * @param groups the words and phrases, each group a set of alternatives joined by OR; every group
 *     must match
 * @param excluded words and phrases no result may contain
 * @param notices what the parser changed or ignored, for the user
 * @param section section slug, or null for any; likewise {@code outlet} (outlet slug), {@code
 *     language} (uk, ru, en) and {@code entity} (canonical name or slug)
 * @param from inclusive lower bound of the publication time, or null
 * @param to exclusive upper bound of the publication time, or null
 * @param collapse one hit per story (its best article), counting the story's other matches
 * @param facets whether to count sections, outlets, entities and languages of the results
 * @param offset how many hits (or stories, when collapsed) to skip: the page
 */
public record Query(
    String text,
    List<List<Clause>> groups,
    List<Clause> excluded,
    List<Notice> notices,
    String section,
    String outlet,
    String language,
    String entity,
    Instant from,
    Instant to,
    Order order,
    boolean collapse,
    boolean facets,
    int offset,
    int limit) {

  /** Words and phrases beyond this many are dropped (with a notice). */
  public static final int MAX_CLAUSES = 20;

  /** Characters of the search box read; the rest is dropped (with a notice). */
  public static final int MAX_CHARS = 2_000;

  public static final int MAX_LIMIT = 100;

  /** Deep pages cost as much as all the pages before them; nobody reads that far. */
  public static final int MAX_OFFSET = 10_000;

  public static final int DEFAULT_LIMIT = 10;

  /** A word ({@code phrase} false) or a phrase in quotes, as typed. */
  public record Clause(String text, boolean phrase) {}

  /** Best matches first (BM25 and freshness), or newest first. */
  public enum Order {
    RELEVANCE,
    DATE
  }

  public Query {
    text = text == null ? "" : text;
    groups = groups.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    notices = List.copyOf(notices);
    if (order == null) order = Order.RELEVANCE;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "the number of results must be from 1 to " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "results beyond the first " + MAX_OFFSET + " are not served; narrow the query instead");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException(
          "the date range is empty: " + from + " is not before " + to);
    }
  }

  /** Parses what a person typed; never fails (see {@link Notice} for what it may change). */
  public static Query parse(String text) {
    QuerySyntax.Parsed p = QuerySyntax.parse(text);
    return new Query(
        text,
        p.groups(),
        p.excluded(),
        p.notices(),
        null,
        null,
        null,
        null,
        null,
        null,
        Order.RELEVANCE,
        false,
        true,
        0,
        DEFAULT_LIMIT);
  }

  /** True when there is nothing to match words against: list by the filters alone. */
  public boolean browsing() {
    return groups.isEmpty();
  }

  public Query section(String slug) {
    return new Query(
        text,
        groups,
        excluded,
        notices,
        blankToNull(slug),
        outlet,
        language,
        entity,
        from,
        to,
        order,
        collapse,
        facets,
        offset,
        limit);
  }

  public Query outlet(String slug) {
    return new Query(
        text,
        groups,
        excluded,
        notices,
        section,
        blankToNull(slug),
        language,
        entity,
        from,
        to,
        order,
        collapse,
        facets,
        offset,
        limit);
  }

  public Query language(String code) {
    return new Query(
        text,
        groups,
        excluded,
        notices,
        section,
        outlet,
        blankToNull(code),
        entity,
        from,
        to,
        order,
        collapse,
        facets,
        offset,
        limit);
  }

  public Query entity(String nameOrSlug) {
    return new Query(
        text,
        groups,
        excluded,
        notices,
        section,
        outlet,
        language,
        blankToNull(nameOrSlug),
        from,
        to,
        order,
        collapse,
        facets,
        offset,
        limit);
  }

  /** Published in {@code [since, until)}; either may be null for an open end. */
  public Query between(Instant since, Instant until) {
    return new Query(
        text, groups, excluded, notices, section, outlet, language, entity, since, until, order,
        collapse, facets, offset, limit);
  }

  public Query order(Order o) {
    return new Query(
        text, groups, excluded, notices, section, outlet, language, entity, from, to, o, collapse,
        facets, offset, limit);
  }

  public Query collapse(boolean oneHitPerStory) {
    return new Query(
        text,
        groups,
        excluded,
        notices,
        section,
        outlet,
        language,
        entity,
        from,
        to,
        order,
        oneHitPerStory,
        facets,
        offset,
        limit);
  }

  public Query facets(boolean count) {
    return new Query(
        text, groups, excluded, notices, section, outlet, language, entity, from, to, order,
        collapse, count, offset, limit);
  }

  /** The page: skip {@code skip} hits, return at most {@code count}. */
  public Query page(int skip, int count) {
    return new Query(
        text, groups, excluded, notices, section, outlet, language, entity, from, to, order,
        collapse, facets, skip, count);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
