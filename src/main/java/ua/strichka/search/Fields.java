package ua.strichka.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/** The index's field names, the analyzer of each text field and the facet dimensions. */
final class Fields {
  /** The article id: term for updates, doc value for reconciliation, stored for hits. */
  static final String ID = "id";

  static final String URL = "url";
  static final String OUTLET = "outlet";
  static final String OUTLET_NAME = "outlet_name";
  static final String SECTION = "section";
  static final String LANGUAGE = "language";

  /** Canonical entity names and slugs, exact, for the entity filter. */
  static final String ENTITY = "entity";

  /** Canonical entity names, stored for hits. */
  static final String ENTITY_NAME = "entity_name";

  /** Publication time, or the fetch time when the outlet gave none: the date filter and sort. */
  static final String TIME = "time";

  static final String PUBLISHED = "published";

  /** The store's fetch time of the indexed version: tells whether a row changed since. */
  static final String FETCHED = "fetched";

  static final String STORY = "story";

  /**
   * Collapse key: the story, or the article when it is in no story ({@link
   * ArticleDocument#collapseKey} in the Lucene index, {@code s<story id>} or {@code a<article id>}
   * in OpenSearch).
   */
  static final String COLLAPSE = "collapse";

  static final String TITLE = "title";
  static final String LEAD = "lead";
  static final String BODY = "body";
  static final String ENTITIES = "entities";

  /** Text fields of each language; all carry that language's analyzer. */
  static final List<String> TEXT = List.of(TITLE, LEAD, BODY, ENTITIES);

  /** Facet dimensions, counted from sorted-set doc values (no taxonomy index to keep in step). */
  static final String FACET_SECTION = "section";

  static final String FACET_OUTLET = "outlet";
  static final String FACET_ENTITY = "entity";
  static final String FACET_LANGUAGE = "language";
  static final List<String> FACETS =
      List.of(FACET_SECTION, FACET_OUTLET, FACET_ENTITY, FACET_LANGUAGE);

  private Fields() {}

  static String text(String base, Lang lang) {
    return base + "." + lang.code;
  }

  /** One analyzer per language, routed by field name; everything else is a single token. */
  static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Lang lang : Lang.values()) {
      Analyzer a = lang.newAnalyzer();
      for (String base : TEXT) perField.put(text(base, lang), a);
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_ENTITY, true);
    return config;
  }
}
