package ua.strichka.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Titles and snippets of a page of hits as HTML: escaped, matched words in {@code <mark>}. The
 * snippet is the best one or two passages of the body (about {@value #PASSAGE_CHARS} characters
 * each), else of the lead; when only the title matched, the start of the lead.
 *
 * <p>One highlighter pass does titles and texts, from the stored documents the search already read:
 * reading a stored document means decompressing its block, which was the largest single cost of a
 * search when every step read it again.
 */
final class Snippets {
  static final int PASSAGE_CHARS = 160;
  static final int BODY_PASSAGES = 2;

  /** Highlight within this many characters of a field; later matches are not shown. */
  private static final int MAX_LENGTH = 50_000;

  private static final Locale UKRAINIAN = Locale.of("uk");
  private static final PassageScore PASSAGE_SCORE = new PassageScore();
  private static final String[] FIELDS = fields();

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final FieldInfos fieldInfos;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    this(searcher, analyzer, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
  }

  /**
   * @param fieldInfos the searcher's merged field infos, kept with its view: the highlighter would
   *     merge them again for every search, a pass over every segment's fields
   */
  Snippets(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.fieldInfos = fieldInfos;
  }

  /** Stored fields the snippets need: titles, leads and bodies of every language. */
  static List<String> storedFields() {
    return List.of(FIELDS);
  }

  /**
   * The title and snippet of each document, in order.
   *
   * @param text the text part of the query, or null (browsing: nothing to mark)
   * @param stored each document's stored fields, including {@link #storedFields()}
   */
  Marked[] of(org.apache.lucene.search.Query text, int[] docs, Lang[] langs, Document[] stored)
      throws IOException {
    Marked[] out = new Marked[docs.length];
    Map<String, String[]> marked =
        text == null || docs.length == 0 ? Map.of() : marks(text, docs, langs, stored);
    for (int i = 0; i < docs.length; i++) {
      Lang lang = langs[i];
      String title = stored[i].get(Fields.text(Fields.TITLE, lang));
      String lead = stored[i].get(Fields.text(Fields.LEAD, lang));
      String body = stored[i].get(Fields.text(Fields.BODY, lang));
      String titleHtml = value(marked, Fields.text(Fields.TITLE, lang), i);
      String bodyHtml = value(marked, Fields.text(Fields.BODY, lang), i);
      String leadHtml = value(marked, Fields.text(Fields.LEAD, lang), i);
      String snippet =
          bodyHtml != null ? bodyHtml : leadHtml != null ? leadHtml : escape(opening(lead, body));
      out[i] = new Marked(titleHtml != null ? titleHtml : escape(title), snippet.strip());
    }
    return out;
  }

  /**
   * Marked titles, bodies and leads by field, each an array over {@code docs}. A lead is shown only
   * when the body has no match, so only those hits' leads are marked: a field costs term lookups
   * for every hit it is asked of.
   */
  private Map<String, String[]> marks(
      org.apache.lucene.search.Query text, int[] docs, Lang[] langs, Document[] stored)
      throws IOException {
    // only the fields of the hits' languages: each field costs a pass over every hit
    Set<Lang> present = EnumSet.copyOf(Arrays.asList(langs));
    String[] fields =
        Arrays.stream(FIELDS)
            .filter(f -> present.stream().anyMatch(l -> f.endsWith("." + l.code)))
            .toArray(String[]::new);
    Map<Integer, Document> byDoc = new HashMap<>();
    for (int i = 0; i < docs.length; i++) byDoc.put(docs[i], stored[i]);
    Marker marker = new Marker(searcher, analyzer, fieldInfos, byDoc);
    String[] titlesAndBodies =
        Arrays.stream(fields).filter(f -> !f.startsWith(Fields.LEAD)).toArray(String[]::new);
    Map<String, String[]> marked = new HashMap<>(highlight(marker, titlesAndBodies, text, docs));
    // a lead is shown only when the body has no match: mark the leads of those hits alone
    int[] bodiless =
        IntStream.range(0, docs.length)
            .filter(i -> value(marked, Fields.text(Fields.BODY, langs[i]), i) == null)
            .toArray();
    if (bodiless.length > 0) {
      String[] leads =
          Arrays.stream(fields).filter(f -> f.startsWith(Fields.LEAD)).toArray(String[]::new);
      int[] leadDocs = new int[bodiless.length];
      for (int j = 0; j < bodiless.length; j++) leadDocs[j] = docs[bodiless[j]];
      Map<String, String[]> leadMarks = highlight(marker, leads, text, leadDocs);
      for (Map.Entry<String, String[]> e : leadMarks.entrySet()) {
        String[] all = new String[docs.length];
        for (int j = 0; j < bodiless.length; j++) all[bodiless[j]] = e.getValue()[j];
        marked.put(e.getKey(), all);
      }
    }
    return marked;
  }

  /** Marks {@code fields} of {@code docs}: whole titles, one passage of a lead, two of a body. */
  private static Map<String, String[]> highlight(
      Marker marker, String[] fields, org.apache.lucene.search.Query text, int[] docs)
      throws IOException {
    int[] passages = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      passages[i] = fields[i].startsWith(Fields.BODY) ? BODY_PASSAGES : 1;
    }
    return marker.highlightFields(fields, text, docs, passages);
  }

  /** A hit's title and snippet as HTML. */
  record Marked(String titleHtml, String snippetHtml) {}

  private static String value(Map<String, String[]> marked, String field, int i) {
    String[] values = marked.get(field);
    return values == null ? null : values[i];
  }

  /** The opening of the text (the lead, else the body), cut near two passages' length. */
  static String opening(String lead, String body) {
    String text = lead != null && !lead.isBlank() ? lead : body == null ? "" : body;
    if (text.length() <= PASSAGE_CHARS * 2) return text.strip();
    int cut = text.lastIndexOf(' ', PASSAGE_CHARS * 2);
    return text.substring(0, cut > 0 ? cut : PASSAGE_CHARS * 2).strip() + " …";
  }

  private static String[] fields() {
    List<String> out = new ArrayList<>();
    for (String base : List.of(Fields.TITLE, Fields.LEAD, Fields.BODY)) {
      for (Lang lang : Lang.values()) out.add(Fields.text(base, lang));
    }
    return out.toArray(String[]::new);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    if (s != null) escape(s, 0, s.length(), out);
    return out.toString();
  }

  /** Escapes the five characters HTML needs escaped, and nothing else (Cyrillic stays readable). */
  static void escape(String s, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /**
   * The highlighter: whole titles (marked or not), best passages of leads and bodies (only when
   * marked), field values from the documents already read.
   */
  private static final class Marker extends UnifiedHighlighter {
    private final FieldInfos fieldInfos;
    private final Map<Integer, Document> stored;

    Marker(
        IndexSearcher searcher,
        Analyzer analyzer,
        FieldInfos fieldInfos,
        Map<Integer, Document> stored) {
      super(
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new MarkFormatter())
              .withScorer(PASSAGE_SCORE)
              .withMaxLength(MAX_LENGTH)
              // offsets from the postings of each field's own query terms; the default asks the
              // whole query for matches once per field and hit, which was half of a search's time
              .withWeightMatches(false));
      this.fieldInfos = fieldInfos;
      this.stored = stored;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(
        OffsetSource offsetSource, UHComponents components) {
      return offsetSource == OffsetSource.POSTINGS
          ? new PageOffsets(components)
          : super.getOffsetStrategy(offsetSource, components);
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      return fieldInfos.fieldInfo(field);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      if (field.startsWith(Fields.TITLE)) return new WholeBreakIterator();
      return LengthGoalBreakIterator.createClosestToLength(
          BreakIterator.getSentenceInstance(UKRAINIAN), PASSAGE_CHARS, 0.33f);
    }

    /**
     * The query looks words up in the language's combined field, not in the title, lead or body
     * shown here; its terms are the same analysis, so they mark the shown field too.
     */
    @Override
    protected Predicate<String> getFieldMatcher(String field) {
      String combined = Fields.ALL + field.substring(field.lastIndexOf('.'));
      return queryField -> queryField.equals(field) || queryField.equals(combined);
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
      return field.startsWith(Fields.TITLE) ? 1 : 0;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      long chars = 0;
      do {
        int doc = docs.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
        Document d = stored.get(doc);
        CharSequence[] byField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String v = d.get(fields[f]);
          byField[f] = v == null ? null : v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH) : v;
          if (v != null) chars += byField[f].length();
        }
        values.add(byField);
      } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return values;
    }
  }

  /**
   * Lucene's formatter with {@code <mark>} and our escaping: its own escapes every ASCII character
   * but letters and digits (a space becomes {@code &#32;}), which bloats the JSON API and the
   * terminal output for nothing.
   */
  private static final class MarkFormatter extends DefaultPassageFormatter {
    MarkFormatter() {
      super("<mark>", "</mark>", " … ", false);
    }

    @Override
    protected void append(StringBuilder dest, String content, int start, int end) {
      escape(content, start, end, dest);
    }
  }
}
