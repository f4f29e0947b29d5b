package ua.strichka.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells Ukrainian, Russian and English apart, in titles of a few words as in whole articles.
 *
 * <p>A small model of our own rather than a library. Lingua is accurate on short text but its jar
 * with models is ~80 MB and it loads them for seconds; optimaize language-detector (2 MB) is
 * unmaintained since 2016, pulls Guava, and its n-gram profiles confuse Ukrainian and Russian on
 * titles. For three languages, two of which share a script, direct evidence works better:
 *
 * <ol>
 *   <li>Script: Cyrillic words against Latin ones; Latin names («Apple», «iPhone») in Cyrillic text
 *       do not count against it unless the Latin words bring English function words.
 *   <li>Letters unique to each language, per word: і ї є ґ and the apostrophe for Ukrainian, ы э ё
 *       ъ for Russian; ў, ј, љ, ә, қ … for other Cyrillic languages.
 *   <li>Frequent function words unique to each language (uk «що», «від», «це»; ru «и», «что»,
 *       «это»; Bulgarian «е», «са», «че»; English «the», «of» and the possessive «'s»; a few of
 *       German, French, Spanish, Italian, Polish, Dutch), and, weaker, Latin diacritics (a name
 *       like «Korošec» alone does not make English text foreign).
 *   <li>Only when letters and function words leave Ukrainian and Russian close (short titles such
 *       as «Погиб рабочий харьковского завода»): the Ukrainian dictionary of 6 million forms that
 *       the {@link Lemmatizer} loads anyway. A lower-case Cyrillic word it does not know is
 *       evidence of Russian, a known one weaker evidence of Ukrainian (the languages share many
 *       forms).
 * </ol>
 *
 * The majority of evidence wins, so Ukrainian text quoting Russian stays Ukrainian; a tie is
 * Ukrainian, the aggregator's prior. Accuracy on the sample corpus: {@code strichka bench text}.
 */
public final class LanguageDetector {
  private static final Set<String> UK_WORDS =
      Set.of(
          "що", "це", "як", "від", "але", "або", "вже", "ще", "коли", "також", "буде", "було",
          "може", "можуть", "має", "мають", "цей", "ця", "цього", "він", "вона", "вони", "й", "з",
          "зі", "із", "чи", "щоб", "навіть", "лише", "тільки", "якщо", "який", "яка", "яке",
          "якого", "яких", "щодо", "проте", "однак", "адже", "бо", "аби", "наразі", "зараз", "хто",
          "де", "свого", "своєї", "нього", "неї", "дуже", "понад", "майже", "після", "поки", "тис",
          "та");
  private static final Set<String> RU_WORDS =
      Set.of(
          "и", "что", "это", "как", "от", "из", "его", "ее", "но", "или", "уже", "еще", "когда",
          "после", "также", "был", "была", "были", "было", "будет", "может", "могут", "этот", "эта",
          "эти", "этого", "он", "она", "они", "к", "во", "со", "ко", "чтобы", "потому", "между",
          "даже", "лишь", "только", "если", "который", "которая", "которое", "которые", "которых",
          "году", "года", "более", "около", "однако", "сейчас", "сегодня", "вчера", "тоже", "очень",
          "кто", "где", "нет", "да", "всех", "своего", "него", "нее", "почти", "тыс", "руб", "над",
          "под");
  private static final Set<String> BG_WORDS =
      Set.of("е", "са", "че", "със", "към", "това", "тази", "които", "която", "който", "във");
  private static final Set<String> EN_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "as", "by", "at",
          "from", "it", "its", "was", "were", "are", "be", "been", "has", "have", "had", "will",
          "would", "can", "could", "this", "these", "those", "their", "they", "he", "she", "his",
          "her", "we", "our", "you", "not", "but", "or", "after", "over", "into", "than", "more",
          "about", "up", "out", "new", "said", "says", "who", "which", "what", "when", "while",
          "amid", "despite", "against", "ahead", "through", "now", "also", "there", "an", "how",
          "why", "all", "first", "last", "next", "year");
  private static final Set<String> OTHER_LATIN_WORDS =
      Set.of(
          "der", "die", "das", "und", "ist", "nicht", "mit", "für", "auf", "ein", "eine", "dem",
          "den", "des", "zu", "von", "sich", "auch", "le", "la", "les", "et", "est", "une", "dans",
          "pour", "que", "qui", "sur", "pas", "du", "au", "avec", "el", "los", "las", "y", "del",
          "por", "una", "con", "para", "il", "di", "che", "non", "della", "gli", "sono", "w", "z",
          "na", "się", "nie", "jest", "że", "od", "przez", "não", "uma", "os", "het", "een",
          "niet");

  private LanguageDetector() {}

  /** The language of a title, a body or both joined. */
  public static Language detect(String text) {
    return detect(Tokens.of(text));
  }

  /** The language of already tokenised text (saves tokenising twice in the pipeline). */
  public static Language detect(List<Token> tokens) {
    Evidence e = new Evidence();
    int seen = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.NUMBER) continue;
      e.add(t.text());
      // a long body has told its language after a hundred words; read on only while it has not
      if (++seen >= 100 && (seen & 31) == 0 && e.clear()) break;
    }
    return e.decide(tokens);
  }

  /** Counts of words carrying evidence; one word counts once per kind of evidence. */
  private static final class Evidence {
    int cyrillic;
    int latin;
    int otherScript;
    double uk;
    double ru;
    int otherCyrillic;
    int bulgarian;
    int english;
    double otherLatin;

    /** Function words are short: only short words are lower-cased and looked up. */
    void add(String word) {
      char first = word.charAt(0);
      if (first >= 'Ѐ' && first <= 'ԯ') {
        cyrillic++;
        cyrillicLetters(word);
        if (word.length() <= 8) {
          String lower = word.toLowerCase(Locale.ROOT);
          if (UK_WORDS.contains(lower)) uk++;
          if (RU_WORDS.contains(lower)) ru++;
          if (BG_WORDS.contains(lower)) bulgarian++;
        }
      } else if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN) {
        latin++;
        String lower = word.toLowerCase(Locale.ROOT);
        if (EN_WORDS.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s")) english++;
        if (OTHER_LATIN_WORDS.contains(lower)) otherLatin++;
        else if (hasDiacritic(lower)) otherLatin += 0.5; // or a foreign name in English text
      } else if (Character.isLetter(word.codePointAt(0))) {
        otherScript++;
      }
    }

    /** Whether the evidence so far leaves no doubt, so the rest of a long text can be skipped. */
    boolean clear() {
      if (otherScript > 0 || otherCyrillic > 0 || bulgarian > 0) return false;
      if (latin == 0) return uk + ru >= 30 && Math.max(uk, ru) >= 4 * Math.min(uk, ru);
      return cyrillic == 0 && english >= 20 && english >= 4 * otherLatin;
    }

    private void cyrillicLetters(String word) {
      boolean ukLetter = false;
      boolean ruLetter = false;
      boolean other = false;
      for (int i = 0; i < word.length(); i++) {
        switch (word.charAt(i)) {
          case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ', '\'', '’', 'ʼ', '‘', '`', '´' ->
              ukLetter = true;
          case 'ы', 'э', 'ё', 'ъ', 'Ы', 'Э', 'Ё', 'Ъ' -> ruLetter = true;
          case 'ў',
              'ђ',
              'ј',
              'љ',
              'њ',
              'ћ',
              'џ',
              'ѓ',
              'ќ',
              'ѕ',
              'ә',
              'ғ',
              'қ',
              'ң',
              'ө',
              'ұ',
              'ү',
              'һ',
              'җ',
              'Ў',
              'Ђ',
              'Ј',
              'Љ',
              'Њ',
              'Ћ',
              'Џ',
              'Ѓ',
              'Ќ',
              'Ѕ',
              'Ә',
              'Ғ',
              'Қ',
              'Ң',
              'Ө',
              'Ұ',
              'Ү',
              'Һ',
              'Җ' ->
              other = true;
          default -> {}
        }
      }
      if (ukLetter) uk++;
      if (ruLetter) ru++;
      if (other) otherCyrillic++;
    }

    private static boolean hasDiacritic(String word) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c > 0x7F && Character.isLetter(c)) return true;
      }
      return false;
    }

    Language decide(List<Token> tokens) {
      int words = cyrillic + latin + otherScript;
      if (words == 0 || (otherScript > cyrillic && otherScript > latin)) return Language.OTHER;
      boolean cyrillicText = cyrillic > 0 && (cyrillic >= latin || english + otherLatin == 0);
      if (!cyrillicText) {
        if (latin == 0) return Language.OTHER;
        return otherLatin > english ? Language.OTHER : Language.EN;
      }
      if (otherCyrillic > 0 && otherCyrillic * 20 >= cyrillic) return Language.OTHER;
      if (bulgarian >= 2 && bulgarian > uk && bulgarian >= ru) return Language.OTHER;
      if (Math.max(uk, ru) < 3 || Math.min(uk, ru) * 2 > Math.max(uk, ru)) dictionary(tokens);
      return ru > uk ? Language.RU : Language.UK;
    }

    /** Adds the dictionary's evidence over lower-case Cyrillic words without telling letters. */
    private void dictionary(List<Token> tokens) {
      UkrainianDictionary dict = UkrainianDictionary.shared();
      int looked = 0;
      for (Token t : tokens) {
        if (looked == 200) break; // enough for a verdict, and a bound on the cost
        if (t.kind() != Token.Kind.WORD || t.text().length() < 3) continue;
        if (t.capitalized() && !t.sentenceStart()) continue; // a name tells nothing
        String lower = t.normalized().toLowerCase(Locale.ROOT);
        if (Character.UnicodeScript.of(lower.codePointAt(0)) != Character.UnicodeScript.CYRILLIC
            || hasTellingLetter(lower)) continue;
        looked++;
        if (dict.knows(lower)) uk += 0.5;
        else ru += 1;
      }
    }

    private static boolean hasTellingLetter(String word) {
      for (int i = 0; i < word.length(); i++) {
        switch (word.charAt(i)) {
          case 'і', 'ї', 'є', 'ґ', '\'', 'ы', 'э', 'ё', 'ъ' -> {
            return true;
          }
          default -> {}
        }
      }
      return false;
    }
  }
}
