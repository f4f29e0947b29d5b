package ua.strichka.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * Names in Russian and English text, without a tagged dictionary: the gazetteer's aliases matched
 * by stem, then runs of capitalised words that do not open a sentence, typed by the words around
 * and inside them (a title before: a person; «область», «Ministry» inside: a place or an
 * organisation; all capitals: an organisation; two words or more: most often a person).
 */
final class ForeignRules {
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "der", "de", "da", "di", "del", "la", "le", "al", "bin", "фон", "ван", "де",
          "дер", "ди", "да", "аль", "бен");

  /** Lower-case words inside an organisation's name: «Ministry of Defence», «Bank for …». */
  private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "de", "du", "des");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in", "at", "near", "from", "to", "в", "во", "на", "под", "из", "до", "около", "возле");

  /**
   * Months and weekdays, capitalised in English but no names: «since July 1», «in October», «on
   * Monday». «May» is one only before a number («May 9»): Theresa May stays a person.
   */
  private static final Set<String> CALENDAR =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private final List<Word> w;
  private final Language language;
  private final Cues cues;
  private final Gazetteer gazetteer;
  private final List<Candidate> out = new ArrayList<>();

  ForeignRules(List<Word> words, Language language, Cues cues, Gazetteer gazetteer) {
    this.w = words;
    this.language = language;
    this.cues = cues;
    this.gazetteer = gazetteer;
  }

  List<Candidate> candidates() {
    int covered = 0; // words before this are inside a match or run already
    for (int i = 0; i < w.size(); i++) {
      Word x = w.get(i);
      if (!x.capitalized || x.isNumber() || i < covered) continue;
      Gazetteer.Match m = gazetteer.longest(w, i, language);
      if (m != null) {
        add(i, m.to(), m.entity().type(), Rule.GAZETTEER, 3, m.entity());
        covered = m.to();
        continue;
      }
      if (x.sentenceStart() && !x.upper) continue;
      if (calendar(i)) continue;
      covered = run(i);
    }
    return out;
  }

  /**
   * Capitalised words before a name that are no part of it: «British Prime Minister Keir Starmer».
   */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "prime",
          "deputy",
          "vice",
          "foreign",
          "defence",
          "defense",
          "interior",
          "finance",
          "secretary",
          "general",
          "chief",
          "state",
          "premier",
          "first",
          "lady",
          "former",
          "acting",
          "president",
          "minister",
          "chancellor",
          "governor",
          "mayor",
          "senator",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "king",
          "queen",
          "prince",
          "pope",
          "mr",
          "mrs",
          "ms",
          "dr",
          "премьер",
          "вице",
          "первый",
          "экс",
          "бывший");

  /** Types the run of capitalised words from {@code i}; returns where it ends. */
  private int run(int i) {
    // leading titles and nationalities are no part of the name
    while (i < w.size()
        && w.get(i).joinedToNext()
        && i + 1 < w.size()
        && w.get(i + 1).capitalized
        && (TITLE_WORDS.contains(w.get(i).lower)
            || w.get(i).lemma(cues.personTitles)
            || demonym(w.get(i).text))) {
      i++;
    }
    Gazetteer.Match known = gazetteer.longest(w, i, language);
    if (known != null) { // «Secretary General | Mark Rutte»
      add(i, known.to(), known.entity().type(), Rule.GAZETTEER, 3, known.entity());
      return known.to();
    }
    int j = i;
    boolean head = false;
    boolean place = false;
    while (j < w.size() && j - i < 5) {
      Word x = w.get(j);
      boolean particle =
          j > i
              && (PARTICLES.contains(x.text) || LINKS.contains(x.text))
              && j + 1 < w.size()
              && w.get(j + 1).capitalized;
      if (!(x.capitalized || particle || (j > i && x.isNumber()))) break;
      if (j > i && gazetteer.longest(w, j, language) != null) break; // «МИД | Турции»
      head |= x.lemma(cues.orgHeads);
      place |= x.lemma(cues.placeHeadsAfter);
      j++;
      if (!x.joinedToNext()) break;
    }
    Word first = w.get(i);
    Word before = i > 0 ? w.get(i - 1) : null;
    EntityType type;
    if (head) {
      type = EntityType.ORG;
    } else if (place || (before != null && before.lemma(cues.settlementWords))) {
      type = EntityType.LOC;
    } else if (before != null && before.lemma(cues.personTitles)) {
      type = EntityType.PER;
    } else if (before != null && before.lemma(cues.orgCues) || first.upper && j == i + 1) {
      type = EntityType.ORG;
    } else if (j - i >= 2) {
      type = EntityType.PER;
    } else if (before != null && PLACE_PREPOSITIONS.contains(before.lower)) {
      type = EntityType.LOC;
    } else {
      return j;
    }
    add(i, j, type, Rule.FOREIGN, 1, null);
    return j;
  }

  private boolean calendar(int i) {
    String word = w.get(i).lower;
    if (CALENDAR.contains(word)) return true;
    return word.equals("may") && i + 1 < w.size() && w.get(i + 1).isNumber();
  }

  /** «British», «Ukrainian», «French»: words for nationalities, capitalised in English. */
  private static boolean demonym(String word) {
    return word.matches("[A-Z][a-z]+(ian|ish|ese|an|ic|ch|i)");
  }

  private void add(int from, int to, EntityType type, Rule rule, int weight, Entity known) {
    out.add(
        new Candidate(
            from, to, w.get(from).start(), w.get(to - 1).end(), type, rule, weight, known));
  }
}
