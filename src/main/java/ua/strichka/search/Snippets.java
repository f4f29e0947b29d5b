package ua.strichka.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Titles and snippets of a page of hits as HTML: escaped, matched words in {@code <mark>}. The
 * snippet is the best one or two passages of the body (about {@value #PASSAGE_CHARS} characters
 * each), else of the lead; when only the title matched, the start of the lead.
 */
final class Snippets {
  static final int PASSAGE_CHARS = 160;
  static final int BODY_PASSAGES = 2;

  /** Highlight within this many characters of a field; later matches are not shown. */
  private static final int MAX_LENGTH = 50_000;

  private final UnifiedHighlighter titles;
  private final UnifiedHighlighter texts;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    DefaultPassageFormatter marks = new MarkFormatter();
    this.titles =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(marks)
            .withMaxLength(MAX_LENGTH)
            .withMaxNoHighlightPassages(1)
            .build();
    Locale uk = Locale.of("uk");
    this.texts =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(uk), PASSAGE_CHARS, 0.33f))
            .withFormatter(marks)
            .withMaxLength(MAX_LENGTH)
            .withMaxNoHighlightPassages(0)
            .build();
  }

  /** The title and snippet of each document, in order. */
  Marked[] of(org.apache.lucene.search.Query text, int[] docs, Lang[] langs, Plain[] plain)
      throws IOException {
    Marked[] out = new Marked[docs.length];
    if (text == null || docs.length == 0) {
      for (int i = 0; i < docs.length; i++) {
        out[i] = new Marked(escape(plain[i].title()), escape(plain[i].opening()));
      }
      return out;
    }
    String[] titleFields = fields(Fields.TITLE);
    Map<String, String[]> t = titles.highlightFields(titleFields, text, docs, ones(3));
    String[] textFields = new String[6];
    System.arraycopy(fields(Fields.LEAD), 0, textFields, 0, 3);
    System.arraycopy(fields(Fields.BODY), 0, textFields, 3, 3);
    int[] passages = {1, 1, 1, BODY_PASSAGES, BODY_PASSAGES, BODY_PASSAGES};
    Map<String, String[]> b = texts.highlightFields(textFields, text, docs, passages);
    for (int i = 0; i < docs.length; i++) {
      Lang lang = langs[i];
      String title = t.get(Fields.text(Fields.TITLE, lang))[i];
      String body = b.get(Fields.text(Fields.BODY, lang))[i];
      String lead = b.get(Fields.text(Fields.LEAD, lang))[i];
      String snippet = body != null ? body : lead != null ? lead : escape(plain[i].opening());
      out[i] = new Marked(title != null ? title : escape(plain[i].title()), snippet.strip());
    }
    return out;
  }

  /** A hit's title and snippet as HTML. */
  record Marked(String titleHtml, String snippetHtml) {}

  /** A hit's plain title and the opening of its text (lead, else body), for unmarked snippets. */
  record Plain(String title, String lead, String body) {
    String opening() {
      String text = lead != null && !lead.isBlank() ? lead : body == null ? "" : body;
      if (text.length() <= PASSAGE_CHARS * 2) return text.strip();
      int cut = text.lastIndexOf(' ', PASSAGE_CHARS * 2);
      return text.substring(0, cut > 0 ? cut : PASSAGE_CHARS * 2).strip() + " …";
    }
  }

  private static String[] fields(String base) {
    Lang[] langs = Lang.values();
    String[] out = new String[langs.length];
    for (int i = 0; i < langs.length; i++) out[i] = Fields.text(base, langs[i]);
    return out;
  }

  private static int[] ones(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, 1);
    return a;
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
