package ua.strichka.entity;

/**
 * A span a rule proposes: words {@code from..to} (exclusive), widened to the quotation marks when
 * {@code quoted}, with its type and, for gazetteer matches, the entity itself.
 *
 * @param rule what found it, so the tagger can rank rivals and the benchmark can explain errors
 * @param weight how much the rule is trusted: a longer span wins, then a higher weight
 * @param known the gazetteer's entity, or null when the name must be normalised from the text
 */
record Candidate(
    int from, int to, int start, int end, EntityType type, Rule rule, int weight, Entity known) {

  /** The rules, for ranking and for the benchmark's error report. */
  enum Rule {
    GAZETTEER,
    ORGANISATION,
    LEGAL_FORM,
    QUOTED,
    ABBREVIATION,
    PLACE,
    STREET,
    SETTLEMENT,
    GEO,
    PERSON,
    INITIALS,
    TITLED,
    SURNAME,
    GUESS,
    FOREIGN
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Candidate o) {
    return start < o.end && o.start < end;
  }
}
