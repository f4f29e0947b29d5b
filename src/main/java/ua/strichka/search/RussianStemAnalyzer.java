package ua.strichka.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian analysis: Lucene's {@link RussianAnalyzer} chain (its stop words, the Snowball Russian
 * stemmer) keeping each word beside its stem, and ё read as е.
 *
 * <p>The Snowball stemmer over-stems short names: «Киев» becomes «ки» while «Киеве» and «Киеву»
 * become «киев», so a query for the city's nominative missed every inflected mention. With the word
 * kept at the stem's position, «Киев» is looked up as {киев, ки} and meets the «киев» of the
 * inflected forms.
 */
final class RussianStemAnalyzer extends Analyzer {
  private static final NormalizeCharMap YO = yo();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(YO, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
    stream = new KeywordRepeatFilter(stream);
    stream = new SnowballFilter(stream, new RussianStemmer());
    return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  private static NormalizeCharMap yo() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("ё", "е");
    map.add("Ё", "Е");
    return map.build();
  }
}
