package ua.strichka.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Ukrainian analysis: the chain of Lucene's {@link UkrainianMorfologikAnalyzer} — its apostrophe
 * and stress-mark normalisation, standard tokenizer, lower case, its stop words and the same
 * morfologik-ukrainian-search dictionary — with {@link LemmaFilter} in place of {@code
 * MorfologikFilter} (lowercased, deduplicated, cached lemmas; see there why) and inflected
 * abbreviations cut to their letters first ({@link AbbreviationFilter}).
 *
 * <p>Every lemma of an ambiguous form is indexed at the form's position, and a query word is
 * expanded the same way: «Києві» is {кий, київ} in the index and in the query. Precision suffers
 * only where two lemmas of one form are both plausible, and the other words of a query usually
 * settle that; picking one lemma instead would need a tagger with context, and a wrong pick loses
 * the article for good.
 */
final class UkrainianLemmaAnalyzer extends Analyzer {
  private static final Dictionary DICTIONARY = loadDictionary();
  private static final NormalizeCharMap NORMALISATION = normalisation();

  private final Map<String, String[]> cache = LemmaFilter.newCache();
  private final boolean abbreviations;

  UkrainianLemmaAnalyzer() {
    this(true);
  }

  /**
   * @param abbreviations whether to strip the case endings of abbreviations ({@link
   *     AbbreviationFilter}); off, the analysis is exactly Lucene's Ukrainian one
   */
  UkrainianLemmaAnalyzer(boolean abbreviations) {
    this.abbreviations = abbreviations;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(NORMALISATION, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = abbreviations ? new AbbreviationFilter(source) : source;
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, UkrainianMorfologikAnalyzer.getDefaultStopwords());
    return new TokenStreamComponents(source, new LemmaFilter(stream, DICTIONARY, cache));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * The characters {@code UkrainianMorfologikAnalyzer} normalises before tokenizing (its private
   * map; the equivalence test over the corpus keeps the two in step): apostrophe look-alikes to
   * {@code '}, stress marks and soft hyphens away, ґ to г as the dictionary spells it.
   */
  private static NormalizeCharMap normalisation() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "`", "\u00B4"}) {
      map.add(apostrophe, "'");
    }
    map.add("\u0301", "");
    map.add("\u00AD", "");
    map.add("ґ", "г");
    map.add("Ґ", "Г");
    return map.build();
  }

  private static Dictionary loadDictionary() {
    // the dictionary UkrainianMorfologikAnalyzer reads, from the morfologik-ukrainian-search jar
    URL url =
        UkrainianLemmaAnalyzer.class.getClassLoader().getResource("ua/net/nlp/ukrainian.dict");
    if (url == null) {
      throw new IllegalStateException("morfologik-ukrainian-search is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Ukrainian dictionary", e);
    }
  }
}
