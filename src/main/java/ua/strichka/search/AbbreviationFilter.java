package ua.strichka.search;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Takes the case ending off an inflected Ukrainian abbreviation — «КАБами», «КАБом» → «КАБ»,
 * «ЗСУшники» stays — before the dictionary sees it: abbreviations are not in the dictionary, so
 * without this «удар КАБами» would never meet «КАБ» or «КАБом».
 *
 * <p>An abbreviation is two to six capital letters; the ending is one of the noun endings
 * abbreviations take in Ukrainian, written in lower case right after them. Runs before
 * lower-casing, which is what tells «КАБом» (abbreviation and ending) from «Кабом».
 */
final class AbbreviationFilter extends TokenFilter {
  private static final Pattern INFLECTED =
      Pattern.compile("[А-ЩЬЮЯЄІЇҐ]{2,6}(а|у|ом|ові|і|и|ів|ам|ами|ах|ою|еві|ем)");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AbbreviationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    int length = term.length();
    char[] b = term.buffer();
    // cheap test first: the pattern runs only on words like «КАБом» (caps, then lower case)
    if (length >= 3
        && length <= 9
        && Character.isUpperCase(b[0])
        && Character.isUpperCase(b[1])
        && Character.isLowerCase(b[length - 1])
        && INFLECTED.matcher(term).matches()) {
      int caps = 0;
      while (caps < length && Character.isUpperCase(term.charAt(caps))) caps++;
      term.setLength(caps);
    }
    return true;
  }
}
