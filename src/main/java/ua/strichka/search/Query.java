package ua.strichka.search;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

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
    return with(d -> d.section = blankToNull(slug));
  }

  public Query outlet(String slug) {
    return with(d -> d.outlet = blankToNull(slug));
  }

  public Query language(String code) {
    return with(d -> d.language = blankToNull(code));
  }

  public Query entity(String nameOrSlug) {
    return with(d -> d.entity = blankToNull(nameOrSlug));
  }

  /** Published in {@code [since, until)}; either may be null for an open end. */
  public Query between(Instant since, Instant until) {
    return with(
        d -> {
          d.from = since;
          d.to = until;
        });
  }

  public Query order(Order o) {
    return with(d -> d.order = o);
  }

  public Query collapse(boolean oneHitPerStory) {
    return with(d -> d.collapse = oneHitPerStory);
  }

  public Query facets(boolean count) {
    return with(d -> d.facets = count);
  }

  /** The page: skip {@code skip} hits, return at most {@code count}. */
  public Query page(int skip, int count) {
    return with(
        d -> {
          d.offset = skip;
          d.limit = count;
        });
  }

  /**
   * A copy with {@code change} applied: records have no withers, and spelling all fifteen
   * components out in every one of them buried the one that changes.
   */
  private Query with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new Query(
        text,
        groups,
        excluded,
        notices,
        d.section,
        d.outlet,
        d.language,
        d.entity,
        d.from,
        d.to,
        d.order,
        d.collapse,
        d.facets,
        d.offset,
        d.limit);
  }

  /** The settable part of a query (its words stay as parsed), for {@link #with}. */
  private static final class Draft {
    String section;
    String outlet;
    String language;
    String entity;
    Instant from;
    Instant to;
    Order order;
    boolean collapse;
    boolean facets;
    int offset;
    int limit;

    Draft(Query q) {
      section = q.section;
      outlet = q.outlet;
      language = q.language;
      entity = q.entity;
      from = q.from;
      to = q.to;
      order = q.order;
      collapse = q.collapse;
      facets = q.facets;
      offset = q.offset;
      limit = q.limit;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
