package ua.strichka.search;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings and mapping of Strichka's OpenSearch index, and the catch-up position kept in its
 * {@code _meta}. Keyword fields are exact values (filters, facets, collapse, sort); the text fields
 * of each language take our own analysis encoded by {@link LemmaText} and decoded by its analyzer
 * (which needs the {@code analysis-common} module every OpenSearch distribution ships).
 */
final class OpenSearchMapping {
  /** Version of the mapping and of {@link LemmaText}; an index of another is rebuilt on open. */
  static final String LAYOUT = "2";

  private static final String LAYOUT_KEY = "layout";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchMapping() {}

  static ObjectNode index() {
    ObjectNode root = JSON.objectNode();
    ObjectNode settings = root.putObject("settings");
    settings.putObject("index").put("number_of_shards", 1).put("number_of_replicas", 0);
    ObjectNode analysis = settings.putObject("analysis");
    ObjectNode filters = analysis.putObject("filter");
    filters
        .putObject("strichka_unstack")
        .put("type", "pattern_capture")
        .put("preserve_original", false)
        .putArray("patterns")
        .add("([^" + LemmaText.STACK + "]+)");
    filters.putObject("strichka_gaps").put("type", "stop").putArray("stopwords").add(LemmaText.GAP);
    ObjectNode analyzer = analysis.putObject("analyzer").putObject(LemmaText.ANALYZER);
    analyzer.put("type", "custom").put("tokenizer", "whitespace");
    analyzer.putArray("filter").add("strichka_unstack").add("strichka_gaps");

    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    var excludes = mappings.putObject("_source").putArray("excludes");
    for (String base : Fields.TEXT) excludes.add(base + ".*");
    ObjectNode meta = mappings.putObject("_meta");
    meta(IndexPosition.START).forEach(meta::put);
    ObjectNode p = mappings.putObject("properties");
    p.putObject(Fields.ID).put("type", "long");
    p.putObject(Fields.URL).put("type", "keyword").put("index", false).put("doc_values", false);
    p.putObject(Fields.OUTLET).put("type", "keyword");
    p.putObject(Fields.OUTLET_NAME)
        .put("type", "keyword")
        .put("index", false)
        .put("doc_values", false);
    p.putObject(Fields.SECTION).put("type", "keyword");
    p.putObject(Fields.LANGUAGE).put("type", "keyword");
    p.putObject(Fields.ENTITY).put("type", "keyword");
    p.putObject(Fields.ENTITY_NAME).put("type", "keyword");
    p.putObject(Fields.TIME).put("type", "long");
    p.putObject(Fields.PUBLISHED).put("type", "long").put("index", false);
    p.putObject(Fields.FETCHED).put("type", "long");
    p.putObject(Fields.STORY).put("type", "long");
    p.putObject(Fields.COLLAPSE).put("type", "keyword");
    p.putObject(OpenSearchDocument.SHOWN).put("type", "object").put("enabled", false);
    for (String base : Fields.TEXT) {
      ObjectNode langs = p.putObject(base).putObject("properties");
      for (Lang lang : Lang.values()) {
        langs
            .putObject(lang.code)
            .put("type", "text")
            .put("analyzer", LemmaText.ANALYZER)
            // the gap Lucene leaves between a field's values (none but in the combined field)
            .put("position_increment_gap", base.equals(Fields.ALL) ? Fields.ALL_VALUE_GAP : 0);
      }
    }
    return root;
  }

  static Map<String, String> meta(IndexPosition p) {
    Map<String, String> meta = new HashMap<>(p.userData());
    meta.put(LAYOUT_KEY, LAYOUT);
    return meta;
  }

  static IndexPosition position(Map<String, String> meta) {
    if (meta == null || !LAYOUT.equals(meta.get(LAYOUT_KEY))) return IndexPosition.START;
    return IndexPosition.of(meta);
  }

  static boolean sameLayout(Map<String, String> meta) {
    return meta != null && LAYOUT.equals(meta.get(LAYOUT_KEY));
  }
}
