package ua.strichka.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * Finds the people, organisations and places a text names and the canonical entity of each mention.
 * Ukrainian text gets the full treatment (dictionary tags, agreement, nominatives); Russian and
 * English text the gazetteer and capitalisation. Thread-safe and cheap to share: the dictionary,
 * gazetteer and cues load once per process.
 *
 * <p>Spans follow common Ukrainian NER annotation: a person without titles, initials included; a
 * place with its designation when it is part of the name; an organisation whole with its legal form
 * and quoted name, a bare quoted name without its marks; no mention inside another.
 */
public final class EntityTagger {
  /**
   * Longer texts are tagged in pieces of about this size, cut between paragraphs: memory stays
   * bounded whatever the input, and no article is this long.
   */
  static final int CHUNK_CHARS = 100_000;

  private final Cues cues = Cues.bundled();
  private final NounClasses classes = NounClasses.bundled();
  private final Gazetteer gazetteer = Gazetteer.bundled();
  private final Nominative nominative = new Nominative(cues);

  /** The mentions of a text in its detected language. */
  public List<Mention> tag(String text) {
    String head = text.length() <= CHUNK_CHARS ? text : text.substring(0, CHUNK_CHARS);
    return tag(text, LanguageDetector.detect(head));
  }

  /**
   * The mentions of a text already split into tokens ({@code Tokens.of(text)}), for a pipeline that
   * tokenises an article once for every analysis.
   */
  public List<Mention> tag(String text, List<Token> tokens, Language language) {
    if (text.length() > CHUNK_CHARS) return tag(text, language);
    return mentions(text, tokens, language);
  }

  /** The mentions of a text in a known language, in text order. */
  public List<Mention> tag(String text, Language language) {
    if (text.length() <= CHUNK_CHARS) return mentions(text, Tokens.of(text), language);
    List<Mention> all = new ArrayList<>();
    for (int from = 0; from < text.length(); ) {
      int to = cut(text, from);
      String piece = text.substring(from, to);
      for (Mention m : mentions(piece, Tokens.of(piece), language)) {
        all.add(new Mention(m.start() + from, m.end() + from, m.text(), m.entity()));
      }
      from = to;
    }
    return all;
  }

  /** Where the piece from {@code from} ends: at a line break near the size, else at the size. */
  private static int cut(String text, int from) {
    int limit = Math.min(text.length(), from + CHUNK_CHARS);
    if (limit == text.length()) return limit;
    int paragraph = text.lastIndexOf('\n', limit);
    return paragraph > from + CHUNK_CHARS / 2 ? paragraph + 1 : limit;
  }

  /** How many times each entity is mentioned, most mentioned first (for the store). */
  public static Map<Entity, Integer> counts(List<Mention> mentions) {
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) counts.merge(m.entity(), 1, Integer::sum);
    List<Map.Entry<Entity, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<Entity, Integer>comparingByValue().reversed());
    Map<Entity, Integer> out = new LinkedHashMap<>();
    sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private List<Mention> mentions(String text, List<Token> tokens, Language language) {
    if (tokens.isEmpty()) return List.of();
    boolean ukrainian = language == Language.UK;
    List<Word> words = Word.of(text, tokens, language);
    List<Candidate> candidates =
        ukrainian
            ? new UkrainianRules(words, cues, classes, gazetteer).candidates()
            : new ForeignRules(words, language, cues, gazetteer).candidates();
    List<Linker.Named> named = name(Spans.select(candidates), words, text, ukrainian);
    if (ukrainian) {
      List<Candidate> more = Linker.surnames(words, named);
      if (!more.isEmpty()) {
        List<Candidate> all = new ArrayList<>();
        named.forEach(n -> all.add(n.candidate));
        all.addAll(more);
        named = name(Spans.select(all), words, text, true);
      }
    }
    Linker.link(named, words);
    List<Mention> mentions = new ArrayList<>(named.size());
    for (Linker.Named n : named) {
      Candidate c = n.candidate;
      mentions.add(inside(text, c.start(), c.end(), entity(n)));
    }
    return mentions;
  }

  /**
   * The mention of chars {@code start..end}: a name that is nothing but a quotation is the words
   * inside its marks, as common Ukrainian NER annotation marks it (гурт «Полинь» names Полинь);
   * with a legal form or a head noun before it the marks are inside the name («ТОВ «Версаль
   * Груп»»).
   */
  static Mention inside(String text, int start, int end, Entity entity) {
    if (end - start >= 3
        && Word.isOpeningQuote(text.charAt(start))
        && Word.isClosingQuote(text.charAt(end - 1))) {
      int from = start + 1;
      int to = end - 1;
      while (from < to && text.charAt(from) == ' ') from++;
      while (to > from && text.charAt(to - 1) == ' ') to--;
      if (from < to && noMarks(text, from, to)) {
        start = from;
        end = to;
      }
    }
    return new Mention(start, end, text.substring(start, end), entity);
  }

  private static boolean noMarks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Word.isOpeningQuote(c) || Word.isClosingQuote(c)) return false;
    }
    return true;
  }

  private List<Linker.Named> name(
      List<Candidate> chosen, List<Word> words, String text, boolean ukrainian) {
    List<Linker.Named> named = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      String name =
          ukrainian || c.known() != null
              ? nominative.of(c, words, text)
              : text.substring(c.start(), c.end());
      named.add(new Linker.Named(c, name));
    }
    return named;
  }

  private Entity entity(Linker.Named n) {
    Candidate c = n.candidate;
    if (c.known() != null && c.known().name().equals(n.name)) return c.known();
    Entity known = gazetteer.byName(n.name);
    if (known != null && known.type() == c.type()) return known;
    return Entity.of(n.name, c.type());
  }
}
