package ua.strichka.text;

/**
 * One analysis of a word form: its lemma and the dictionary's tags.
 *
 * @param lemma the dictionary form, in the dictionary's case («Київ», «США», «вибух»); a stem for
 *     Russian and English
 * @param tags colon-separated tags of the VESUM/dict_uk tag set, e.g. {@code
 *     noun:inanim:m:v_mis:prop:geo}: part of speech first, then case ({@code v_naz}, {@code v_rod},
 *     …), number, gender and marks such as {@code prop}, {@code fname}, {@code lname}, {@code geo},
 *     {@code abbr}; empty for stems
 */
public record Reading(String lemma, String tags) {

  /** Whether {@code tag} is one of the colon-separated tags: {@code hasTag("v_rod")}. */
  public boolean hasTag(String tag) {
    int from = 0;
    while (true) {
      int at = tags.indexOf(tag, from);
      if (at < 0) return false;
      int end = at + tag.length();
      if ((at == 0 || tags.charAt(at - 1) == ':')
          && (end == tags.length() || tags.charAt(end) == ':')) return true;
      from = at + 1;
    }
  }

  /** The part of speech: {@code noun}, {@code adj}, {@code verb}, … (the first tag). */
  public String partOfSpeech() {
    int colon = tags.indexOf(':');
    return colon < 0 ? tags : tags.substring(0, colon);
  }

  /** Whether this is a proper name ({@code prop}): a person, place or organisation. */
  public boolean isProper() {
    return hasTag("prop");
  }
}
