package ua.strichka.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Lemmatizer;
import ua.strichka.text.Reading;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * An article's text as the story and dedup stages compare it: its language, the content lemmas of
 * the headline and lead, those of the body, the names it mentions, and the lower-cased words of
 * lead and body for the duplicate fingerprint.
 *
 * <p>Content words only: for Ukrainian the dictionary's part of speech keeps nouns, adjectives and
 * verbs (and words it does not know); for Russian and English Lucene's stop-word lists remove the
 * function words. Numbers are left out, as «12 тисяч» links nothing. Names stand in for entities
 * until the entity stage provides them: Ukrainian proper-noun readings ({@code prop}) and
 * abbreviations; in Russian and English, capitalised words inside a sentence and abbreviations.
 *
 * @param words lead and body words, lower-cased, in order (the headline is left out, as reposts
 *     often change it)
 */
public record ArticleTerms(
    Language language,
    List<String> head,
    List<String> body,
    Set<String> names,
    List<String> words) {

  private static final CharArraySet RUSSIAN_STOP = RussianAnalyzer.getDefaultStopSet();
  private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /**
   * Analyses an article.
   *
   * @param language the language when known (declared by the page), else null to detect it from the
   *     text
   */
  public static ArticleTerms of(String title, String lead, String body, Language language) {
    List<Token> titleTokens = Tokens.of(nullToEmpty(title));
    List<Token> leadTokens = Tokens.of(nullToEmpty(lead));
    List<Token> bodyTokens = Tokens.of(nullToEmpty(body));
    if (language == null) {
      List<Token> all = new ArrayList<>(titleTokens.size() + leadTokens.size() + bodyTokens.size());
      all.addAll(titleTokens);
      all.addAll(leadTokens);
      all.addAll(bodyTokens);
      language = LanguageDetector.detect(all);
    }
    Lemmatizer lemmatizer = Lemmatizer.of(language);
    Set<String> names = new LinkedHashSet<>();
    List<String> head = new ArrayList<>();
    terms(titleTokens, language, lemmatizer, head, names);
    terms(leadTokens, language, lemmatizer, head, names);
    List<String> bodyTerms = new ArrayList<>(bodyTokens.size());
    terms(bodyTokens, language, lemmatizer, bodyTerms, names);
    List<String> words = new ArrayList<>(leadTokens.size() + bodyTokens.size());
    for (Token t : leadTokens) words.add(t.normalized().toLowerCase(Locale.ROOT));
    for (Token t : bodyTokens) words.add(t.normalized().toLowerCase(Locale.ROOT));
    return new ArticleTerms(language, head, bodyTerms, names, words);
  }

  private static void terms(
      List<Token> tokens,
      Language language,
      Lemmatizer lemmatizer,
      List<String> out,
      Set<String> names) {
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.NUMBER) continue;
      String word = t.normalized();
      if (language == Language.UK) {
        List<Reading> readings = lemmatizer.readings(word);
        if (readings.isEmpty()) {
          add(word.toLowerCase(Locale.ROOT), out);
          if (t.kind() == Token.Kind.ABBREVIATION) names.add(word);
          continue;
        }
        Reading r = readings.get(0);
        if (!isContent(r)) continue;
        String lemma = r.lemma().toLowerCase(Locale.ROOT);
        add(lemma, out);
        if (r.isProper() || r.hasTag("abbr") || t.kind() == Token.Kind.ABBREVIATION) {
          names.add(lemma);
        }
      } else {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isStopWord(lower, language)) continue;
        String lemma = lemmatizer.lemma(lower);
        add(lemma, out);
        if (t.kind() == Token.Kind.ABBREVIATION || (t.capitalized() && !t.sentenceStart())) {
          names.add(lemma);
        }
      }
    }
  }

  private static boolean isContent(Reading r) {
    return switch (r.partOfSpeech()) {
      case "noun", "adj", "verb", "noninfl" -> true;
      default -> false;
    };
  }

  private static boolean isStopWord(String lower, Language language) {
    return switch (language) {
      case RU -> RUSSIAN_STOP.contains(lower);
      case EN -> ENGLISH_STOP.contains(lower);
      default -> false;
    };
  }

  private static void add(String term, List<String> out) {
    if (term.length() > 1) out.add(term);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
