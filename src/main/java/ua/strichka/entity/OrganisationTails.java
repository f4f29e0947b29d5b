package ua.strichka.entity;

import java.util.Locale;
import java.util.Set;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * What follows an organisation's head and still names it: genitives, a field, a place, a patron, a
 * number, a quoted name. Bodies named by adjectives and a head ({@link OrganisationRules}) and
 * numbered military units ({@link MilitaryUnits}) both end their names this way, so the walk over
 * the words after a head lives apart from the rules that find the head.
 */
final class OrganisationTails extends Rules {
  private final NameComplements complements;

  OrganisationTails(Rules shared) {
    super(shared);
    this.complements = new NameComplements(shared);
  }

  /**
   * Heads that take a lower-case complement when adjectives come first: «Харківський обласний центр
   * контролю та профілактики хвороб»; others end at the head: «Чугуївської центральної лікарні
   * (минулого вечора)».
   */
  static final Set<String> COMPLEMENT_HEADS =
      Set.of(
          "міністерство",
          "служба",
          "комітет",
          "комісія",
          "агентство",
          "агенція",
          "фонд",
          "інститут",
          "центр",
          "управління",
          "департамент",
          "відділ", // «Ковельський відділ поліції»
          "відділення",
          "академія",
          "кабінет",
          "офіс",
          "бюро",
          "музей",
          "штаб",
          "палата",
          "рада",
          "банк",
          "спілка",
          "асоціація",
          "федерація",
          "союз",
          "товариство",
          "інспекція",
          "секретаріат",
          "об'єднання",
          "програма",
          "організація",
          "школа",
          "група",
          "збори",
          "сили",
          "війська",
          "співтовариство",
          "осередок"); // «Сумського осередку Пласту»

  /** Nouns of time: «(лікарні) минулого вечора» is not part of a name. */
  static final Set<String> TIME_NOUNS =
      Set.of(
          "рік",
          "тиждень",
          "день",
          "місяць",
          "вечір",
          "ранок",
          "ніч",
          "година",
          "хвилина",
          "сезон",
          "квартал",
          "період",
          "доба",
          "понеділок",
          "вівторок",
          "середа",
          "четвер",
          "п'ятниця",
          "субота",
          "неділя",
          "тур",
          "матч");

  /** Prepositions a name's complement may continue through. */
  static final Set<String> LINK_PREPOSITIONS = Set.of("з", "із", "зі", "у", "в", "при");

  /** What follows an organisation's head and still belongs to its name. */
  record Tail(int end, boolean proper, boolean personOnly, Quotes.Quote quote) {}

  /**
   * The words after a head that still name the organisation: genitives («оборони України»), a field
   * («з питань освіти»), a place («у Львівській області»), a patron («імені Івана Франка»), a
   * number («№ 52»), a quoted name. Lower-case genitives after a head with adjectives stay only
   * when the head takes a complement or a proper name follows them.
   */
  Tail tail(int head, boolean adjectives) {
    String headLemma = orgHeadLemma(w.get(head));
    Word h = w.get(head);
    // «Пенсійного Фонду | нарахування пенсій»: a head written with a capital after capitalised
    // adjectives is a whole name already; only proper words may go on with it
    Word before = head > 0 ? w.get(head - 1) : null;
    boolean capitalAdjectiveBefore =
        before != null && before.capitalized && adjective(before) && before.joinedToNext();
    boolean wholeName =
        h.capitalized && !h.sentenceStart() && (adjectives || capitalAdjectiveBefore);
    boolean complement =
        (!adjectives || headLemma != null && COMPLEMENT_HEADS.contains(headLemma)) && !wholeName;
    int j = head + 1;
    int end = numbered(j);
    if (end > j) return new Tail(end, true, false, null);
    int genitives = 0;
    boolean proper = false;
    boolean personOnly = false;
    boolean closed = false; // after a proper name only links may follow
    Quotes.Quote quote = null;
    while (j < w.size()) {
      Word prev = w.get(j - 1);
      Word x = w.get(j);
      Quotes.Quote q = quotes.startingAt(j);
      // «фонду редакції газети | «Волинь»»: a cue word before a quote takes it for itself
      boolean cued = j - 1 > head && prev.lemma(cues.orgCues) && !prev.capitalized;
      if (q != null && q.name() && quote == null && prev.after.strip().length() == 1 && !cued) {
        quote = q;
        j = q.to() + 1;
        end = j;
        proper = true;
        closed = true;
        continue;
      }
      int number = numbered(j);
      if (number > j && genitives > 0 && !closed) {
        // «школи І-ІІІ ступенів № 5»: a number after the genitives still names the school
        end = j = number;
        closed = true;
        continue;
      }
      String gap = prev.after.strip();
      if (gap.equals(",")
          && genitives > 0
          && !closed
          && genitive(x)
          && !x.capitalized
          && listGoesOn(j)) {
        // «Міністерство економіки, довкілля та сільського господарства України»
        j++;
        continue;
      }
      if (!prev.joinedToNext()) break;
      if (x.lower.equals("імені") || x.lower.equals("ім")) {
        int name = complements.personAfter(j + 1);
        if (name > j + 1) {
          end = j = name;
          personOnly = !proper;
          proper = true;
          closed = true;
          continue;
        }
        break;
      }
      if (x.initialWithDot()
          && genitives == 0
          && headLemma != null
          && OrganisationRules.PERSON_HEADS.contains(headLemma)) {
        int name = complements.personAfter(j); // «бібліотека Д. Чижевського»: «імені» left out
        if (name == j) break;
        end = j = name;
        personOnly = !proper;
        proper = true;
        closed = true;
        continue;
      }
      if ((x.lower.equals("з") || x.lower.equals("із") || x.lower.equals("зі"))
          && j + 1 < w.size()) {
        int field = complements.field(j + 1, headLemma);
        if (field > j + 1) {
          end = j = field;
          continue;
        }
        break;
      }
      if ((x.lower.equals("в") || x.lower.equals("у"))
          && headLemma != null
          && NameComplements.LOCATED_HEADS.contains(headLemma)) {
        int place = complements.placeIn(j + 1, headLemma);
        if (place > j + 1) {
          end = j = place;
          proper = true;
          closed = true;
          continue;
        }
        break;
      }
      if (closed) break;
      if (x.upper && !x.preposition() && !cues.notNames.contains(x.text)) {
        Gazetteer.Match m = gazetteer.longest(w, j, Language.UK);
        end = j = m != null ? m.to() : j + 1;
        end = j = numbered(j);
        proper = true;
        genitives++;
        continue;
      }
      if (genitive(x) && genitives < 6 && !x.initial && !x.pronoun() && !x.has("&pron")) {
        // «Хмельницької області», «Луцької міської ради»: a surname that is also an adjective
        // agreeing with the next word is the adjective of a place
        boolean adjectiveOfPlace =
            (x.anyAdjective() || placeAdjective(x))
                && x.joinedToNext()
                && j + 1 < w.size()
                && !w.get(j + 1).capitalized
                && (Agreement.any(x, w.get(j + 1)) != null
                    || w.get(j + 1).anyAdjective() && x.sharesCase(w.get(j + 1)));
        if (x.capitalized
            && (x.proper("fname") || x.proper("lname"))
            && !x.proper("geo")
            && !adjectiveOfPlace) {
          if (headLemma != null
              && OrganisationRules.PERSON_HEADS.contains(headLemma)
              && genitives == 0
              && !x.proper("fname")
              && !(x.joinedToNext() && j + 1 < w.size() && w.get(j + 1).capitalized)) {
            int name = j + 1; // «театр Франка»
            end = j = name;
            proper = true;
            personOnly = true;
            closed = true;
            continue;
          }
          break;
        }
        if (TIME_NOUNS.contains(lemmaOf(x).toLowerCase(Locale.ROOT))) break;
        if (x.capitalized && (x.proper() || x.proper("geo"))) {
          Gazetteer.Match m = gazetteer.longest(w, j, Language.UK);
          end = j = m != null ? m.to() : j + 1;
          proper = true;
          genitives++;
          // «Міністерство оборони України»: a proper noun closes the name; an adjective goes on
          // to its noun («департамент … Одеської міської ради»)
          closed = !adjective(x) && !adjectiveOfPlace;
          continue;
        }
        if (!x.capitalized
            && j + 1 < w.size()
            && x.joinedToNext()
            && w.get(j + 1).preposition()
            && !orgHead(w.get(j + 1)) // «міської ради»: «ради» is a preposition too
            && !LINK_PREPOSITIONS.contains(w.get(j + 1).lower)
            && !w.get(j + 1).lower.equals("імені")) {
          break; // «Ради (зміни до бюджету)»
        }
        j++;
        genitives++;
        if (x.capitalized || complement) {
          end = j;
          proper |= x.capitalized;
        }
        continue;
      }
      if (CONJUNCTIONS.contains(x.lower)
          && genitives > 0
          && j + 1 < w.size()
          && genitive(w.get(j + 1))
          && !w.get(j + 1).capitalized) {
        j++;
        continue;
      }
      break;
    }
    return new Tail(end, proper, personOnly, quote);
  }

  /** A comma inside a name's genitives: the list must close with «та»/«і» and a genitive. */
  boolean listGoesOn(int j) {
    for (int k = j; k < w.size() && k < j + 8; k++) {
      Word x = w.get(k);
      if (CONJUNCTIONS.contains(x.lower)) return k + 1 < w.size() && genitive(w.get(k + 1));
      if (!genitive(x) || !x.joinedToNext() && !x.after.strip().equals(",")) return false;
    }
    return false;
  }

  /** The organisation from {@code from} to the tail's end, a closing quotation mark included. */
  void addTail(int from, Tail tail, Rule rule) {
    if (tail.quote != null && tail.end == tail.quote.to() + 1) {
      addQuoted(from, tail.quote.to(), EntityType.ORG, rule, 2, tail.quote);
      remember(tail.quote, EntityType.ORG);
    } else {
      add(from, tail.end, EntityType.ORG, rule, 2, null);
    }
  }
}
