package ua.strichka.search;

/**
 * What the search did with a query that was not quite what it understands. Results come with their
 * notices instead of an error, so a search box never fails on what a person types; the web layer
 * can show {@link #message()} or its own wording for the constant.
 */
public enum Notice {
  UNBALANCED_QUOTE("A quotation mark was not closed; the phrase runs to the end of the query."),
  WILDCARD_IGNORED("Wildcards (*) are not supported; every form of a word is found anyway."),
  CONTROL_CHARACTERS("Control characters were removed from the query."),
  TRUNCATED(
      "The query was too long; only its first "
          + Query.MAX_CLAUSES
          + " words and phrases were searched."),
  ONLY_STOP_WORDS(
      "The query has only common words (prepositions, conjunctions, pronouns), which are not"
          + " searched."),
  RELAXED("No article has enough of the words of the query; showing articles with some of them.");

  private final String message;

  Notice(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
