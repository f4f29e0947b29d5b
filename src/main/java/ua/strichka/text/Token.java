package ua.strichka.text;

/**
 * One word or number of a text.
 *
 * @param text exactly {@code source.substring(start, end)}, so offsets and text never disagree
 * @param start offset of the first char (Java {@code String} index, UTF-16)
 * @param end offset after the last char
 * @param kind word, number or all-capitals abbreviation
 * @param sentence index of the sentence the token belongs to, from 0
 * @param sentenceStart whether the token opens its sentence: its capital letter is then no evidence
 *     of a name
 */
public record Token(
    String text, int start, int end, Kind kind, int sentence, boolean sentenceStart) {

  /** What a token is made of. */
  public enum Kind {
    /** Letters, with apostrophes and hyphens inside, possibly digits: «м'ясо», «F-16». */
    WORD,
    /** Digits, with decimal or date separators inside: «12», «3,5», «10.03.2024». */
    NUMBER,
    /** Two or more letters, all capitals: «США», «ЗСУ», «NATO». */
    ABBREVIATION
  }

  /** The token as the dictionary spells it: see {@link TextNormalizer#word(String)}. */
  public String normalized() {
    return TextNormalizer.word(text);
  }

  /** Whether the first char is an upper-case letter. */
  public boolean capitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
