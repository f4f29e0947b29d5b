package ua.strichka.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * The span rules for Ukrainian text: every span a rule proposes becomes a {@link Candidate}, and
 * {@link Spans} keeps the best that do not overlap. The rules read the dictionary's tags (proper
 * names, first names, surnames, places, cases), capital letters that are not owed to a sentence
 * start, quotation marks, and the context words of {@link Cues}.
 *
 * <p>Rules rather than a trained model: there is no large annotated Ukrainian news corpus to learn
 * from that could ship with an Apache-licensed program, and each rule here is a convention of
 * Ukrainian names («Харківська область», «вулиця Шевченка», «ТОВ «Версаль Груп»») that holds in
 * text the tagger has never seen.
 */
final class UkrainianRules extends Rules {
  private final OrganisationRules organisations;
  private final LegalForms legalForms;
  private final MilitaryUnits units;
  private final AbbreviatedBodies abbreviations;
  private final PlaceRules places;
  private final PersonRules people;

  UkrainianRules(List<Word> words, Cues cues, NounClasses classes, Gazetteer gazetteer) {
    super(words, cues, classes, gazetteer);
    this.organisations = new OrganisationRules(this);
    this.legalForms = new LegalForms(this);
    this.units = new MilitaryUnits(this);
    this.abbreviations = new AbbreviatedBodies(this);
    this.places = new PlaceRules(this);
    this.people = new PersonRules(this);
  }

  /** Every rule at every word, then the quoted names typed somewhere in the text. */
  List<Candidate> candidates() {
    for (int i = 0; i < w.size(); i++) {
      gazetteer(i);
      legalForms.legalForm(i);
      organisations.organisation(i);
      units.unit(i);
      quoted(i);
      places.placeAfterAdjective(i);
      places.placeWithGenitive(i);
      places.placeBeforeName(i);
      places.settlement(i);
      places.quarter(i);
      people.person(i);
      people.particled(i);
      people.initials(i);
      people.initialsAfter(i);
      people.titled(i);
      single(i);
      abbreviations.abbreviated(i);
      abbreviations.clipped(i);
    }
    requoted();
    boolean[] titles = documentTitles();
    out.removeIf(c -> titles[c.from()] && titles[c.to() - 1]);
    out.removeIf(c -> c.type() == EntityType.LOC && afterEventName(c.from()));
    return out;
  }

  /** Capitalised heads of a contest's name: «Кубок України», «Чемпіонат Європи». */
  private static final Set<String> EVENT_HEADS = Set.of("кубок", "чемпіонат");

  /**
   * The place in a contest's name («Кубка України», «Чемпіонату Європи з футболу») is part of that
   * name, and a name holds no other entity inside it.
   */
  private boolean afterEventName(int from) {
    if (from == 0) return false;
    Word head = w.get(from - 1);
    return head.capitalized && head.joinedToNext() && head.lemma(EVENT_HEADS);
  }

  /**
   * The words of a law's or a code's quoted title («Законом «Про освіту»», «Законом «Про місцеве
   * самоврядування»»): a title names a document, it does not mention the places and bodies in it.
   * Titles run longer than the quoted names of {@link Quotes}, so they are read here.
   */
  private boolean[] documentTitles() {
    boolean[] in = new boolean[w.size()];
    for (int i = 0; i + 1 < w.size(); i++) {
      if (!w.get(i).lemma(DOCUMENT_HEADS) || !w.get(i).joinedToNext() && !w.get(i + 1).opensQuote())
        continue;
      int j = i + 1;
      if (w.get(j).text.equals("України") && w.get(i).joinedToNext()) j++;
      if (j >= w.size() || !w.get(j).opensQuote()) continue;
      int k = j;
      while (k < w.size() && k - j < 20 && !w.get(k).closesQuote()) k++;
      if (k < w.size() && w.get(k).closesQuote()) Arrays.fill(in, j, k + 1, true);
    }
    return in;
  }

  private void gazetteer(int i) {
    Word x = w.get(i);
    if (!x.capitalized && !x.latin) return;
    if (cues.notNames.contains(x.text)) return;
    Gazetteer.Match m = gazetteer.longest(w, i, Language.UK);
    if (m == null) return;
    if (m.entity().type() == EntityType.LOC && i > 0 && w.get(i - 1).lemma(DOCUMENT_HEADS)) return;
    add(i, m.to(), m.entity().type(), Rule.GAZETTEER, 3, m.entity());
  }

  /** «Полинь», «Укрпошти»: a quoted name typed by the word before it or by the dictionary. */
  private void quoted(int i) {
    Quotes.Quote q = quotes.startingAt(i);
    if (q == null || !q.name()) return;
    Word before = i > 0 ? w.get(i - 1) : null;
    Gazetteer.Match m = gazetteer.longestQuoted(w, i, Language.UK);
    if (m == null || m.to() != q.to() + 1) m = gazetteer.longest(w, i, Language.UK);
    boolean orgCue =
        before != null
            && before.lemma(cues.orgCues)
            && (!before.capitalized || before.sentenceStart()); // «Компанія «Ліктрав» звітувала»
    // «газеті «Полтавщина»», «клубу «Полісся»»: the word before says what a place's name names
    boolean placeCue =
        before != null
            && (before.lemma(cues.placeHeadsBefore) || before.lemma(cues.settlementWords));
    if (m != null
        && m.to() == q.to() + 1
        && m.entity().type() == EntityType.LOC
        && !placeCue
        && !orgCue) {
      // «Житомирщина», «Карпати», «Волинь» in quotation marks: a place's name is not quoted, the
      // newspaper, club or company named after it is
      addQuoted(i, q.to(), EntityType.ORG, Rule.QUOTED, 3, q);
      remember(q, EntityType.ORG);
      return;
    }
    if (m != null && m.to() == q.to() + 1 && (!orgCue || m.entity().type() == EntityType.ORG)) {
      addQuoted(i, q.to(), m.entity().type(), Rule.QUOTED, 3, q, m.entity());
      remember(q, m.entity().type());
      return;
    }
    if (orgCue) {
      // as trusted as the gazetteer's place it overrides
      addQuoted(i, q.to(), EntityType.ORG, Rule.QUOTED, m != null ? 3 : 2, q);
      remember(q, EntityType.ORG);
      cueTyped.add(quoteKey(q));
      return;
    }
    if (before != null && (before.lemma(cues.workCues) || before.lemma(cues.placeHeadsBefore))) {
      return; // «фільм «Основи»», «станції «Фарадей»» (that one is the place rules' business)
    }
    Word first = w.get(i);
    if (!(first.capitalized || first.latin) || first.functionWordOnly()) return;
    if (q.to() == q.from()) {
      // one word: a company's coined name («Галтранс-Авто», «Харківобленерго»), not a common
      // noun («Дія», «Основи») or a model («Іскандер-М»)
      boolean coined = !first.hasReading() || first.properOther();
      if (coined && !first.text.matches(".*-[\\p{L}\\d]{1,2}") && !first.proper("geo")) {
        addQuoted(i, q.to(), EntityType.ORG, Rule.QUOTED, 1, q);
      }
      return;
    }
    if (first.lemma(cues.placeHeadsAfter) || first.lemma(cues.placeHeadsBefore)) {
      addQuoted(i, q.to(), EntityType.LOC, Rule.QUOTED, 2, q); // «Арена Львів»
      return;
    }
    if (q.to() - q.from() > 2 || first.proper("fname")) return;
    for (int k = q.from(); k <= q.to(); k++) {
      Word x = w.get(k);
      if (x.preposition() || x.pronoun() || x.conjunction() || x.verb() && !x.noun()) return;
    }
    // a quoted name of two or three words is most often a company, an outlet or a club
    addQuoted(i, q.to(), EntityType.ORG, Rule.QUOTED, 2, q);
  }

  /**
   * The other mentions of a quoted name typed somewhere in the text: «Кордон Телеком»; a one-word
   * organisation's name also without its marks, as a text names it once introduced (компанія
   * «Фармак» … Фармак).
   */
  private void requoted() {
    if (quotedTypes.isEmpty()) return;
    // «селищі Петриківка» … «Центрі народного мистецтва «Петриківка»»: a name the text also gives a
    // settlement is the place wherever it stands unquoted
    Set<String> settlements = new HashSet<>();
    for (Candidate c : out) {
      if (c.rule() == Rule.SETTLEMENT && c.to() == c.from() + 1) {
        settlements.add(lemmaOf(w.get(c.from())).toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < w.size(); i++) {
      Word x = w.get(i);
      if (x.capitalized
          && !x.sentenceStart()
          && quotes.startingAt(i) == null
          && !settlements.contains(lemmaOf(x).toLowerCase(Locale.ROOT))
          && quotedTypes.get(lemmaOf(x).toLowerCase(Locale.ROOT) + " ") == EntityType.ORG) {
        add(i, i + 1, EntityType.ORG, Rule.QUOTED, 2, null); // over a guess from its shape
      }
      Quotes.Quote q = quotes.startingAt(i);
      if (q == null || !q.name()) continue;
      String key = quoteKey(q);
      EntityType type = quotedTypes.get(key);
      if (type != null) addQuoted(i, q.to(), type, Rule.QUOTED, cueTyped.contains(key) ? 3 : 1, q);
    }
  }

  /** One capitalised word the dictionary types: a place, a surname, an organisation, a stranger. */
  private void single(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.isNumber() || x.initial || cues.notNames.contains(x.text)) return;
    Quotes.Quote quote = quotes.startingAt(i);
    boolean mid = !x.sentenceStart() && (quote == null || !quote.name());
    if (i > 0 && w.get(i - 1).lemma(DOCUMENT_HEADS)) return;
    if (x.latin) {
      if (i > 0 && w.get(i - 1).latin && w.get(i - 1).joinedToNext()) return;
      int end = latinEnd(i);
      boolean cue = i > 0 && w.get(i - 1).lemma(cues.orgCues);
      boolean coined = end == i + 1 && coinedLatin(x.text);
      if (mid && (end > i + 1 || cue || coined) && !(i > 0 && w.get(i - 1).lemma(cues.workCues))) {
        add(i, end, EntityType.ORG, Rule.FOREIGN, 1, null);
      }
      return;
    }
    if (mid && CYRILLIC_LATIN.matcher(x.text).matches()) {
      add(i, i + 1, EntityType.ORG, Rule.FOREIGN, 1, null); // «ГолосUA»: an outlet's coined name
      return;
    }
    if (x.upper) {
      abbreviation(i);
      return;
    }
    if (x.text.length() > 2 && Character.isUpperCase(x.text.charAt(1))) return; // «КАБом»
    if (!x.hasReading()) {
      if (!mid || placeAdjective(x) || adjectiveEnding(x.lower)) return;
      int j = i + 1;
      while (j < w.size()
          && j - i < 3
          && w.get(j).capitalized
          && !w.get(j).hasReading()
          && w.get(j - 1).joinedToNext()) j++;
      EntityType type =
          j > i + 1 || surnameLike(x.text)
              ? EntityType.PER
              : i > 0 && PLACE_PREPOSITIONS.contains(w.get(i - 1).lower)
                  ? EntityType.LOC
                  : EntityType.PER;
      add(i, j, type, Rule.GUESS, 1, null);
      return;
    }
    if (!x.proper()) {
      if (mid && x.text.indexOf('-') > 0) places.hyphenatedPlace(i); // «Одеси-Головної»
      if (mid && people.rareAdjectiveSurname(i)) add(i, i + 1, EntityType.PER, Rule.GUESS, 1, null);
      return;
    }
    if (mid
        && adjective(x)
        && i + 1 < w.size()
        && x.joinedToNext()
        && !w.get(i + 1).capitalized
        && Agreement.any(x, w.get(i + 1)) != null) {
      return; // «на Куп'янському напрямку»: an adjective at work, whatever else it may be
    }
    if (!mid && x.common()) return;
    if (x.proper("lname") && !x.proper("geo")) {
      add(i, i + 1, EntityType.PER, Rule.SURNAME, 1, null);
    } else if (x.proper("geo")) {
      boolean person =
          x.proper("lname") && !(i > 0 && PLACE_PREPOSITIONS.contains(w.get(i - 1).lower));
      add(i, i + 1, person ? EntityType.PER : EntityType.LOC, Rule.GEO, 1, null);
    } else if (x.properOther() && !x.proper("fname") && !x.proper("patr")) {
      int c = classes.of(lemmaOf(x));
      EntityType type =
          (c & NounClasses.PLACE) != 0
              ? EntityType.LOC
              : (c & NounClasses.HUMAN) != 0 ? EntityType.PER : EntityType.ORG;
      add(i, i + 1, type, Rule.GEO, 1, null);
    }
  }

  /** «ДСНС», «ОВА»: an abbreviation the dictionary calls a name, or one it does not know. */
  private void abbreviation(int i) {
    Word x = w.get(i);
    if (!abbreviationName(x) || abbreviations.placeAbbreviation(x))
      return; // «в ОТГ»: a common noun
    boolean place =
        x.proper("geo")
            || classes.is(lemmaOf(x), NounClasses.PLACE)
            || AbbreviatedBodies.republic(x.text);
    int end = numbered(i + 1);
    // «реєстрацію ДНЗ»: a kind of institution names one only with its place before it («Київська
    // ДЮСШ», see AbbreviatedBodies#abbreviated) or its number («ЗОШ № 5»)
    if (end == i + 1 && cues.kindsOfInstitutions.contains(x.text)) return;
    if (!place && end == i + 1 && ofUkraine(i + 1) && x.joinedToNext()) end++; // «ДАБІ України»
    if (!place) end = inRegion(end);
    if (!place && end == i + 1) {
      if (i > 0 && abbreviations.links(i - 1)) return; // «ТК | СНТТ»: the chain's first word has it
      Candidate chain = abbreviations.chain(i); // «ЦК КП(б)У», «ТК СНТТ»: one body, several words
      if (chain != null) {
        out.add(chain);
        return;
      }
    }
    add(i, end, place ? EntityType.LOC : EntityType.ORG, Rule.ABBREVIATION, 1, null);
  }

  /**
   * «УДМС України | в Кіровоградській області», «ДСНС | у Львівській області»: a state body's
   * regional office is named with its region.
   */
  private int inRegion(int end) {
    if (end + 2 >= w.size() || !w.get(end - 1).joinedToNext()) return end;
    Word in = w.get(end);
    Word adjective = w.get(end + 1);
    Word area = w.get(end + 2);
    boolean located = (in.lower.equals("в") || in.lower.equals("у")) && in.joinedToNext();
    return located
            && adjective.capitalized
            && adjective(adjective)
            && adjective.joinedToNext()
            && noun(area)
            && area.lemma(PlaceRules.AREAS)
        ? end + 3
        : end;
  }

  /** Word {@code j} is «України»: a state body's abbreviation takes it into its name. */
  private boolean ofUkraine(int j) {
    return j < w.size() && w.get(j).text.equals("України");
  }

  /** A Cyrillic word with a Latin ending in capitals: «ГолосUA», «ЛігаBiz». */
  private static final Pattern CYRILLIC_LATIN =
      Pattern.compile("[А-ЯІЇЄҐ][а-яіїєґ'’]+[A-Z][A-Za-z]+");

  /** A capital inside a Latin word: «YouTube». */
  private static final Pattern CAMEL = Pattern.compile("[A-Z][a-z]+[A-Z][A-Za-z]*");

  /** Capitals in a roman numeral: «XXI століття» is no organisation. */
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

  /**
   * One Latin word that only a name is written like inside a sentence: all capitals of three
   * letters or more («NASA», «UNESCO», «INSIDER») or a capital inside it («YouTube», «SpaceX»).
   * Common abbreviations (IT, GPS, VPN) are in the not-names list and never get here.
   */
  static boolean coinedLatin(String text) {
    boolean capitals = text.length() >= 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    if (capitals) return !ROMAN.matcher(text).matches();
    return CAMEL.matcher(text).matches();
  }

  private int latinEnd(int i) {
    int j = i + 1;
    while (j < w.size()
        && j - i < 4
        && w.get(j).latin
        && (w.get(j).capitalized || w.get(j).isNumber())
        && w.get(j - 1).joinedToNext()) j++;
    return j;
  }
}
