package ua.strichka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Turns an {@link IndexedArticle} into the Lucene document that stands for it. */
final class ArticleDocument {
  /**
   * Stored text with offsets in the postings: the highlighter then finds passages from the postings
   * instead of analysing the text again, which keeps snippets cheap on long bodies.
   */
  private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT.freeze();
  }

  private ArticleDocument() {}

  static Term idTerm(long id) {
    return new Term(Fields.ID, Long.toString(id));
  }

  static Document of(IndexedArticle a, FacetsConfig facets) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, Long.toString(a.id()), Field.Store.NO));
    d.add(new NumericDocValuesField(Fields.ID, a.id()));
    d.add(new StoredField(Fields.ID, a.id()));
    if (a.url() != null) d.add(new StoredField(Fields.URL, a.url()));

    Lang lang = Lang.of(a.language());
    addText(d, Fields.text(Fields.TITLE, lang), a.title());
    addText(d, Fields.text(Fields.LEAD, lang), a.lead());
    addText(d, Fields.text(Fields.BODY, lang), a.body());
    for (IndexedArticle.Entity e : a.entities()) {
      d.add(new StringField(Fields.ENTITY, e.name(), Field.Store.NO));
      if (e.slug() != null) d.add(new StringField(Fields.ENTITY, e.slug(), Field.Store.NO));
      d.add(new StoredField(Fields.ENTITY_NAME, e.name()));
      d.add(new SortedSetDocValuesFacetField(Fields.FACET_ENTITY, e.name()));
    }
    List<String> all = allValues(a);
    for (String value : all) {
      d.add(new TextField(Fields.text(Fields.ALL, lang), value, Field.Store.NO));
    }
    for (Lang other : Lang.values()) {
      // an empty field gives the document a norm of 0 and no terms: each language's norms are then
      // dense, read by position, where norms of only that language's documents went through a
      // sparse index on every scored match (7 % of a search at 1,000,000 articles); the field's
      // statistics (documents with terms, their lengths) stay those of the language's articles
      if (other != lang || all.isEmpty()) {
        d.add(new TextField(Fields.text(Fields.ALL, other), "", Field.Store.NO));
      }
    }

    keyword(d, Fields.OUTLET, a.outletSlug(), Fields.FACET_OUTLET);
    if (a.outletName() != null) d.add(new StoredField(Fields.OUTLET_NAME, a.outletName()));
    keyword(d, Fields.SECTION, a.section(), Fields.FACET_SECTION);
    keyword(d, Fields.LANGUAGE, a.language(), Fields.FACET_LANGUAGE);

    long time = a.time().toEpochMilli();
    d.add(new LongPoint(Fields.TIME, time));
    d.add(new NumericDocValuesField(Fields.TIME, time));
    if (a.publishedAt() != null) {
      d.add(new StoredField(Fields.PUBLISHED, a.publishedAt().toEpochMilli()));
    }
    d.add(new StoredField(Fields.FETCHED, a.fetchedAt().toEpochMilli()));
    if (a.storyId() != null) d.add(new StoredField(Fields.STORY, a.storyId()));
    d.add(new NumericDocValuesField(Fields.COLLAPSE, collapseKey(a)));
    try {
      return facets.build(d);
    } catch (IOException e) {
      // FacetsConfig.build only does I/O for a taxonomy index, and this index has none
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The story id, or minus the article id for an article in no story (ids are positive, so the two
   * never meet). A number, not a string: grouping by a string key looks every group seen so far up
   * again in each segment's terms, which dominated collapsed searches.
   */
  static long collapseKey(IndexedArticle a) {
    return a.storyId() != null ? a.storyId() : -a.id();
  }

  /** The values of the language's {@link Fields#ALL} field: the texts, the title more often. */
  static List<String> allValues(IndexedArticle a) {
    List<String> values = new ArrayList<>();
    if (a.title() != null && !a.title().isBlank()) {
      for (int i = 0; i < Fields.ALL_TITLE_COPIES; i++) values.add(a.title());
    }
    if (a.lead() != null && !a.lead().isBlank()) values.add(a.lead());
    if (a.body() != null && !a.body().isBlank()) values.add(a.body());
    for (IndexedArticle.Entity e : a.entities()) values.add(e.name());
    return values;
  }

  private static void addText(Document d, String field, String text) {
    if (text != null && !text.isBlank()) d.add(new Field(field, text, STORED_TEXT));
  }

  private static void keyword(Document d, String field, String value, String facet) {
    if (value == null || value.isBlank()) return;
    d.add(new StringField(field, value, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(facet, value));
  }
}
