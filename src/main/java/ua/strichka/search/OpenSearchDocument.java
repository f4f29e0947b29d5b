package ua.strichka.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * An {@link IndexedArticle} as the OpenSearch document that stands for it, and back. The field
 * names are the Lucene index's ({@link Fields}), so one query fits both; the text fields hold our
 * analysis ({@link LemmaText}) and stay out of {@code _source}, which keeps the plain text under
 * {@code shown} for hits and snippets.
 */
final class OpenSearchDocument {
  static final String SHOWN = "shown";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchDocument() {}

  static ObjectNode of(IndexedArticle a, Analyzer analyzer) {
    ObjectNode d = JSON.objectNode();
    d.put(Fields.ID, a.id());
    d.put(Fields.URL, a.url());
    d.put(Fields.OUTLET, a.outletSlug());
    d.put(Fields.OUTLET_NAME, a.outletName());
    d.put(Fields.SECTION, blankToNull(a.section()));
    d.put(Fields.LANGUAGE, blankToNull(a.language()));
    d.put(Fields.TIME, a.time().toEpochMilli());
    if (a.publishedAt() != null) d.put(Fields.PUBLISHED, a.publishedAt().toEpochMilli());
    d.put(Fields.FETCHED, a.fetchedAt().toEpochMilli());
    if (a.storyId() != null) d.put(Fields.STORY, a.storyId());
    d.put(Fields.COLLAPSE, a.storyId() != null ? "s" + a.storyId() : "a" + a.id());

    Lang lang = Lang.of(a.language());
    text(d, analyzer, Fields.text(Fields.TITLE, lang), a.title());
    text(d, analyzer, Fields.text(Fields.LEAD, lang), a.lead());
    text(d, analyzer, Fields.text(Fields.BODY, lang), a.body());
    ArrayNode entity = d.putArray(Fields.ENTITY);
    ArrayNode names = d.putArray(Fields.ENTITY_NAME);
    for (IndexedArticle.Entity e : a.entities()) {
      entity.add(e.name());
      if (e.slug() != null) entity.add(e.slug());
      names.add(e.name());
    }
    ArrayNode all = d.putArray(Fields.text(Fields.ALL, lang));
    for (String value : ArticleDocument.allValues(a)) {
      all.add(LemmaText.of(analyzer, Fields.text(Fields.ALL, lang), value));
    }

    ObjectNode shown = d.putObject(SHOWN);
    shown.put(Fields.TITLE, a.title());
    shown.put(Fields.LEAD, a.lead());
    shown.put(Fields.BODY, a.body());
    return d;
  }

  /** The article back from a hit's {@code _source} (entities by name only). */
  static IndexedArticle article(JsonNode s) {
    JsonNode shown = s.path(SHOWN);
    List<IndexedArticle.Entity> entities = new ArrayList<>();
    for (JsonNode n : s.path(Fields.ENTITY_NAME))
      entities.add(new IndexedArticle.Entity(n.asText(), null));
    return new IndexedArticle(
        s.path(Fields.ID).asLong(),
        text(s, Fields.URL),
        text(s, Fields.OUTLET),
        text(s, Fields.OUTLET_NAME),
        text(shown, Fields.TITLE),
        text(shown, Fields.LEAD),
        text(shown, Fields.BODY),
        instant(s, Fields.PUBLISHED),
        instant(s, Fields.FETCHED),
        text(s, Fields.LANGUAGE),
        text(s, Fields.SECTION),
        s.hasNonNull(Fields.STORY) ? s.get(Fields.STORY).asLong() : null,
        entities);
  }

  private static void text(ObjectNode d, Analyzer analyzer, String field, String text) {
    if (text != null && !text.isBlank()) d.put(field, LemmaText.of(analyzer, field, text));
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Instant instant(JsonNode n, String field) {
    return n.hasNonNull(field) ? Instant.ofEpochMilli(n.get(field).asLong()) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
