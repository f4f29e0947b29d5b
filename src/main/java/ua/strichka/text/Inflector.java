package ua.strichka.text;

import java.util.List;
import java.util.Optional;

/**
 * Ukrainian word forms from a lemma and tags, through dict_uk's synthesis dictionary: the inverse
 * of {@link Lemmatizer}. Entity names need it because a name's canonical form is its nominative
 * with every word agreeing: «Харківської області» lemmatises word by word to «харківський область»,
 * but the name is «Харківська область», the adjective in the noun's gender and number. Thread-safe.
 */
public final class Inflector {
  private static final Inflector UKRAINIAN = new Inflector();

  private Inflector() {}

  /** The Ukrainian inflector; its dictionary loads on first use (~60 ms). */
  public static Inflector ukrainian() {
    return UKRAINIAN;
  }

  /**
   * The form of {@code lemma} with exactly these tags as the dictionary writes them ({@code
   * харківський}, {@code adj:f:v_naz} → харківська), the first when there are variants; empty when
   * the dictionary has no such form.
   */
  public Optional<String> form(String lemma, String tags) {
    List<String> forms = UkrainianDictionary.synthesis().forms(lemma + "|" + tags);
    return forms.isEmpty() ? Optional.empty() : Optional.of(forms.getFirst());
  }

  /**
   * The nominative of the word a reading analyses, keeping its gender and number: «Харківської»
   * (харківський, {@code adj:f:v_rod}) → харківська, «Збройних» ({@code adj:p:v_rod}) → збройні,
   * «сил» ({@code noun:inanim:p:v_rod}) → сили. Empty for a reading without case (verbs, adverbs)
   * or one the dictionary cannot inflect.
   */
  public Optional<String> nominative(Reading reading) {
    return withCase(reading, "v_naz");
  }

  /** The same word in another case ({@code v_naz}, {@code v_rod}, …), gender and number kept. */
  public Optional<String> withCase(Reading reading, String caseTag) {
    String tags = reading.tags();
    StringBuilder out = new StringBuilder(tags.length());
    boolean hadCase = false;
    for (String tag : tags.split(":")) {
      if (tag.startsWith("v_")) {
        tag = caseTag;
        hadCase = true;
      } else if (tag.equals("rinanim") || tag.equals("ranim")) {
        continue; // animacy marks only the accusative of adjectives
      }
      if (!out.isEmpty()) out.append(':');
      out.append(tag);
    }
    if (!hadCase) return Optional.empty();
    return form(reading.lemma(), out.toString());
  }
}
