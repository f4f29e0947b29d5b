package ua.strichka.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

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

  /**
   * Newest first, then by id: the order of the documents in each segment (the index sort) and the
   * date order of results. Sorted so, a date-ordered search stops after its first hits in each
   * segment, and the freshness factor falls along a segment's documents, which lets a relevance
   * search skip by a tighter bound ({@link FreshnessQuery}).
   */
  static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(TIME, SortField.Type.LONG, true),
          new SortField(ID, SortField.Type.LONG, true));

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

  /**
   * The one field each language's queries match and score: title ({@value #ALL_TITLE_COPIES}
   * times), lead, body and entity names as values of one field. One posting list per word instead
   * of four dis-maxed ones gives one tight score bound per word for the top-10 pass to skip by, and
   * one list to walk per match. BM25 has no field boost, so the title counts more by being there
   * more often. Not the sandbox's {@code CombinedFieldQuery} (BM25F): it takes single terms only
   * (no phrases) and still walks every field's postings. The separate fields stay for snippets.
   */
  static final String ALL = "all";

  /**
   * Times the title is indexed into {@link #ALL}: the old title boost was 3 over the body's 1, but
   * term frequency saturates in BM25, so each copy adds less than a boost would and lengthens the
   * field. Two kept the judged queries' NDCG@10 at 0.919 (0.917 with the four boosted fields).
   */
  static final int ALL_TITLE_COPIES = 2;

  /**
   * Positions between the values of {@link #ALL}, so a phrase does not run from the end of the
   * title into the lead.
   */
  static final int ALL_VALUE_GAP = 100;

  /**
   * Text fields of each language; all carry that language's analyzer. Entity names are words of
   * {@link #ALL} only: no query looks them up alone, and the exact filter is {@link #ENTITY}.
   */
  static final List<String> TEXT = List.of(TITLE, LEAD, BODY, ALL);

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
      perField.put(text(ALL, lang), withValueGap(a));
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  /** {@code a}, with {@link #ALL_VALUE_GAP} positions between a field's values. */
  private static Analyzer withValueGap(Analyzer a) {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return a;
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return ALL_VALUE_GAP;
      }
    };
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_ENTITY, true);
    return config;
  }
}
