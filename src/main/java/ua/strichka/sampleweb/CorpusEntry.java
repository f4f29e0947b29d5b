package ua.strichka.sampleweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One YAML entry of the corpus, checked field by field and turned into a {@link CorpusArticle}. */
final class CorpusEntry {
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private final JsonNode entry;
  private final String where;
  private final Map<String, CorpusOutlet> outlets;

  CorpusEntry(JsonNode entry, String where, Map<String, CorpusOutlet> outlets) {
    this.entry = entry;
    this.where = where;
    this.outlets = outlets;
  }

  CorpusArticle toArticle() {
    String id = text("id");
    if (!ID.matcher(id).matches()) fail("id must match [a-z0-9-]+");
    String slug = text("outlet");
    CorpusOutlet outlet = outlets.get(slug);
    if (outlet == null) fail("unknown outlet '" + slug + "'");
    String language = text("language");
    if (!outlet.languages().contains(language)) {
      fail("outlet '" + slug + "' does not publish in '" + language + "'");
    }
    String sectionSlug = text("section");
    Rubric section =
        Rubric.bySlug(sectionSlug)
            .orElseThrow(() -> error("unknown section '" + sectionSlug + "'"));
    if (!entry.path("news").isBoolean()) fail("'news' must be true or false");
    boolean news = entry.path("news").asBoolean();
    Optional<String> event = optional("event");
    if (news && event.isEmpty()) fail("news needs an 'event'");
    double hoursAgo = hours(entry.path("hoursAgo"), "hoursAgo");
    Optional<String> repostOf = optional("repostOf");
    if (repostOf.isPresent() && repostOf.get().equals(id)) fail("repostOf points at itself");
    CorpusArticle.Version original = version(text("title"), text("lead"), text("body"));
    Optional<CorpusArticle.Update> update = Optional.empty();
    JsonNode u = entry.path("update");
    if (!u.isMissingNode() && !u.isNull()) {
      double updateHours = hours(u.path("hoursAgo"), "update.hoursAgo");
      if (updateHours >= hoursAgo) fail("update.hoursAgo must be less than hoursAgo");
      String title = u.path("title").isTextual() ? u.path("title").asText() : text("title");
      String body = u.path("body").isTextual() ? u.path("body").asText() : text("body");
      update =
          Optional.of(new CorpusArticle.Update(updateHours, version(title, text("lead"), body)));
    }
    return new CorpusArticle(
        id,
        slug,
        language,
        section,
        event,
        news,
        repostOf,
        entry.path("credit").asBoolean(false),
        hoursAgo,
        Corpus.texts(entry.path("authors")),
        original,
        update);
  }

  private CorpusArticle.Version version(String title, String lead, String body) {
    try {
      EntityMarkup.Stripped t = EntityMarkup.strip(title.strip());
      EntityMarkup.Stripped text = EntityMarkup.strip(lead.strip() + "\n\n" + normaliseBody(body));
      String plainLead = text.text().substring(0, text.text().indexOf("\n\n"));
      String plainBody = text.text().substring(plainLead.length() + 2);
      return new CorpusArticle.Version(t.text(), plainLead, plainBody, t.spans(), text.spans());
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /** Paragraphs separated by exactly one blank line, no trailing newline, no stray spaces. */
  private static String normaliseBody(String body) {
    return String.join(
        "\n\n",
        java.util.Arrays.stream(body.strip().split("\\n\\s*\\n"))
            .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
            .toList());
  }

  private double hours(JsonNode node, String field) {
    if (!node.isNumber()) fail("'" + field + "' must be a number of hours");
    double h = node.asDouble();
    if (h <= 0 || h > 24 * 30) fail("'" + field + "' out of range: " + h);
    return h;
  }

  private String text(String field) {
    JsonNode n = entry.path(field);
    if (!n.isTextual() || n.asText().isBlank()) fail("'" + field + "' missing or empty");
    return n.asText();
  }

  private Optional<String> optional(String field) {
    JsonNode n = entry.path(field);
    return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
  }

  private void fail(String message) {
    throw error(message);
  }

  private CorpusException error(String message) {
    return new CorpusException(where + ": " + message);
  }
}
