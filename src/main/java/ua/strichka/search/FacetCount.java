package ua.strichka.search;

/** One value of a facet (a section slug, outlet slug, entity name or language) and its hits. */
public record FacetCount(String value, long count) {}
