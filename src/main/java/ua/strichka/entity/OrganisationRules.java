package ua.strichka.entity;

import java.util.Set;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * Organisations in Ukrainian text: a head noun («міністерство», «служба», «рада») with its
 * adjectives and what names it after (genitives, a field, a place, a patron, a number, a quoted
 * name), legal forms with the company's name, adjectives before an abbreviation.
 */
final class OrganisationRules extends Rules {
  OrganisationRules(Rules shared) {
    super(shared);
  }

  /** Lower-case heads that still belong to the name: «збірна України», «посольстві Норвегії». */
  static final Set<String> LOWER_HEADS =
      Set.of(
          "збірна",
          "посольство",
          "консульство",
          "представництво",
          "департамент",
          "факультет"); // «факультет кібернетики Київського університету»

  /** Heads named after a person: «театр Франка», «лікарні імені Мечникова». */
  static final Set<String> PERSON_HEADS =
      Set.of(
          "театр",
          "музей",
          "лікарня",
          "бібліотека",
          "університет",
          "школа",
          "ліцей",
          "гімназія",
          "академія",
          "інститут",
          "консерваторія",
          "філармонія",
          "фонд",
          "центр",
          "премія");

  /** Lower-case heads that take a quoted name as part of theirs: «асоціації «IT Ukraine»». */
  static final Set<String> QUOTE_HEADS =
      Set.of(
          "асоціація",
          "спілка",
          "федерація",
          "центр",
          "фонд",
          "група",
          "інвесткомпанія",
          "об'єднання",
          "товариство",
          "ліга",
          "агенція",
          "агентство",
          "бюро",
          "клуб",
          "рух",
          "партія",
          "інститут",
          "кластер");

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

  /** Heads whose name may say where they are: «Головне управління ДСНС у Львівській області». */
  static final Set<String> LOCATED_HEADS =
      Set.of(
          "управління",
          "посольство",
          "представництво",
          "консульство",
          "музей",
          "центр",
          "фестиваль",
          "кінофестиваль",
          "департамент",
          "відділ",
          "місія");

  /** Heads whose name may go on with «з» and a field: «служба з надзвичайних ситуацій». */
  static final Set<String> FIELD_HEADS =
      Set.of(
          "служба",
          "комітет",
          "комісія",
          "агентство",
          "агенція",
          "центр",
          "збірна",
          "федерація",
          "штаб",
          "група",
          "уповноважений",
          "фонд",
          "інститут");

  /** «ТОВ «Версаль Груп»», «КП «Чугуївські водопровідні мережі»», «АТ Укрзалізниця». */
  void legalForm(int i) {
    Word x = w.get(i);
    if (i + 1 >= w.size()) return;
    Quotes.Quote q = quotes.startingAt(i + 1);
    boolean form = cues.legalForms.contains(x.text);
    if (q != null && q.name() && x.after.indexOf('\n') < 0 && x.after.strip().length() == 1) {
      // «БПП «Солідарність»», «ТРК «Україна»»: any abbreviation of a body before a quoted name
      // is part of it, as a legal form is
      if (form) addQuoted(i, q.to(), EntityType.ORG, Rule.LEGAL_FORM, 3, q);
      else if (abbreviationName(x) && !placeAbbreviation(x) && !x.proper("geo")) {
        addQuoted(i, q.to(), EntityType.ORG, Rule.LEGAL_FORM, 2, q);
      }
      return;
    }
    if (!form) return;
    int j = i + 1;
    while (j < w.size() && j - i <= 3 && w.get(j).capitalized && x.joinedToNext()) j++;
    if (j > i + 1) add(i, j, EntityType.ORG, Rule.LEGAL_FORM, 2, null);
  }

  /**
   * Adjectives and a head of {@link Cues#orgHeads}, then what names it: «Харківська обласна
   * військова адміністрація», «Міністерство оборони Японії», «Комітет з питань освіти»,
   * «Національний університет імені Івана Франка», «Центр оборонних стратегій «Рубіж»».
   */
  void organisation(int i) {
    Word first = w.get(i);
    int head = i;
    while (head < w.size() && head - i < 5 && adjective(w.get(head)) && !orgHead(w.get(head))) {
      if (!w.get(head).joinedToNext()) return;
      head++;
    }
    if (head >= w.size() || !orgHead(w.get(head))) return;
    Word h = w.get(head);
    boolean adjectives = head > i;
    if (adjectives && !Agreement.agree(w.subList(i, head), h)) return;
    if (first == h && first.text.matches("[A-ZА-ЯІЇЄҐ]{2,}-\\p{Ll}.*")) return; // «IT-центр»
    String headLemma = orgHeadLemma(h);
    if (!h.capitalized && plural(h) && !"сила".equals(headLemma) && !"збори".equals(headLemma)) {
      return; // «Російські війська», «Словенські лікарні»: names are singular
    }
    Tail tail = tail(head, adjectives);
    if (adjectives && first.capitalized) tail = coordinated(head, tail);
    if (first.capitalized) {
      boolean capitalHead = h.capitalized && !h.sentenceStart();
      // A capital owed only to the sentence start proves nothing without more words of a name.
      boolean evidence =
          !first.sentenceStart()
              || capitalHead
              || tail.proper
              || adjectives && placeAdjective(first)
              || "міністерство".equals(headLemma) && tail.end > head + 1; // «Міністерство культури»
      if (!evidence || (!adjectives && tail.end == head + 1 && first.sentenceStart())) return;
      int from =
          first.sentenceStart() && adjectives && !placeAdjective(first) && !h.capitalized
              ? head
              : i; // «Жіноча | збірна України з біатлону»
      if (from == head && !h.capitalized && !LOWER_HEADS.contains(headLemma)) return;
      if (from == i && ordinalBefore(i, head) && PERSON_HEADS.contains(headLemma)) from--;
      addTail(from, tail, Rule.ORGANISATION);
    } else if (headLemma != null
        && tail.proper
        && (LOWER_HEADS.contains(headLemma) && !tail.personOnly
            || PERSON_HEADS.contains(headLemma)
                && (tail.personOnly || numbered(head + 1) > head + 1))) {
      // lower-case adjectives describe: «жіночої збірної»; a number names: «ліцеї № 12»
      addTail(head, tail, Rule.ORGANISATION);
    } else if (tail.quote != null
        && tail.end == tail.quote.to() + 1
        && tail.quote.from() <= head + 3
        && headLemma != null
        && QUOTE_HEADS.contains(headLemma)) {
      // «асоціації «IT Ukraine»», «центру економічних досліджень «Горизонт»»
      addQuoted(i, tail.quote.to(), EntityType.ORG, Rule.ORGANISATION, 2, tail.quote);
      remember(tail.quote, EntityType.ORG);
    }
  }

  /**
   * «Коломийської районної ради та адміністрації»: a second head joined by «та»/«і» in the same
   * case shares the adjectives, and the whole is one name.
   */
  Tail coordinated(int head, Tail tail) {
    if (tail.end != head + 1 || head + 2 >= w.size()) return tail;
    Word h = w.get(head);
    Word and = w.get(head + 1);
    Word other = w.get(head + 2);
    if (!h.joinedToNext() || !CONJUNCTIONS.contains(and.lower) || !and.joinedToNext()) return tail;
    if (other.capitalized || !orgHead(other) || !h.sharesCase(other)) return tail;
    if (head + 3 < w.size() && other.joinedToNext() && genitive(w.get(head + 3))) return tail;
    return new Tail(head + 3, tail.proper(), tail.personOnly(), null);
  }

  /** Heads of military units, named by their number: «128-ма окрема гірсько-штурмова бригада». */
  static final Set<String> UNIT_HEADS =
      Set.of("бригада", "батальйон", "полк", "дивізія", "загін", "ескадрилья");

  /** «128-й», «47-ї», «3-го»: a number with an ordinal's ending (compiled once: read per word). */
  static final java.util.regex.Pattern UNIT_NUMBER =
      java.util.regex.Pattern.compile(
          "\\d{1,3}-(?:й|ий|а|ма|тя|та|ша|ге|га|ї|ої|му|ій|ого|ою|м|го)");

  /**
   * «128-ї окремої гірсько-штурмової бригади», «3-й полк», «47-ма бригада «Магура»»: a numbered
   * unit with its adjectives and what names it after. Its number is its name, so the head may be in
   * lower case; without a number a unit («ремонтна бригада») names nothing.
   */
  void unit(int i) {
    Word number = w.get(i);
    if (!Character.isDigit(number.text.charAt(0))
        || !UNIT_NUMBER.matcher(number.text).matches()
        || !number.joinedToNext()) return;
    int head = i + 1;
    while (head < w.size()
        && head - i <= 4
        && !w.get(head).lemma(UNIT_HEADS)
        && w.get(head).anyAdjective()
        && w.get(head).joinedToNext()) head++;
    if (head >= w.size() || !w.get(head).lemma(UNIT_HEADS) || !noun(w.get(head))) return;
    Tail tail = tail(head, true);
    addTail(i, tail, Rule.ORGANISATION);
  }

  /** «третій | Харківській гімназії»: a lower-case ordinal that numbers an institution's name. */
  boolean ordinalBefore(int i, int head) {
    if (i == 0) return false;
    Word o = w.get(i - 1);
    return o.ordinal()
        && !o.capitalized
        && o.joinedToNext()
        && Agreement.any(o, w.get(head)) != null;
  }

  /** A noun with no singular reading here: «війська», «лікарні» after a plural adjective. */
  static boolean plural(Word h) {
    for (ua.strichka.text.Reading r : h.readings) {
      if (r.partOfSpeech().equals("noun") && !r.hasTag("p")) return false;
    }
    return true;
  }

  void addTail(int from, Tail tail, Rule rule) {
    if (tail.quote != null && tail.end == tail.quote.to() + 1) {
      addQuoted(from, tail.quote.to(), EntityType.ORG, rule, 2, tail.quote);
      remember(tail.quote, EntityType.ORG);
    } else {
      add(from, tail.end, EntityType.ORG, rule, 2, null);
    }
  }

  /** «Харківської ОВА», «обласний ТЦК», «одеської ДЮСШ № 4»: adjectives before an abbreviation. */
  void abbreviated(int i) {
    Word first = w.get(i);
    if (!adjective(first) || !first.joinedToNext()) return;
    int j = i + 1;
    while (j < w.size() && j - i < 3 && adjective(w.get(j)) && w.get(j).joinedToNext()) j++;
    if (j >= w.size() || !abbreviationName(w.get(j))) return;
    if (first.sentenceStart() && !placeAdjective(first)) return; // «Нова ОТГ запрацювала»
    if (!first.capitalized
        && !first.lower.startsWith("обласн")
        && !first.lower.startsWith("міськ")
        && !first.lower.startsWith("районн")) return;
    if (gazetteer.longest(w, j, Language.UK) != null) return; // «українського НБУ»
    int end = numbered(j + 1);
    add(
        i,
        end,
        placeAbbreviation(w.get(j)) ? EntityType.LOC : EntityType.ORG,
        Rule.ABBREVIATION,
        2,
        null);
  }

  /** «Мереф'янська ОТГ»: an abbreviation whose expansion ends with a place's head is a place. */
  boolean placeAbbreviation(Word x) {
    String expansion = cues.expansions.get(x.text);
    if (expansion == null) return false;
    return cues.placeHeadsAfter.contains(expansion.substring(expansion.lastIndexOf(' ') + 1));
  }

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
        int name = personAfter(j + 1);
        if (name > j + 1) {
          end = j = name;
          personOnly = !proper;
          proper = true;
          closed = true;
          continue;
        }
        break;
      }
      if ((x.lower.equals("з") || x.lower.equals("із") || x.lower.equals("зі"))
          && j + 1 < w.size()) {
        int field = field(j + 1, headLemma);
        if (field > j + 1) {
          end = j = field;
          continue;
        }
        break;
      }
      if ((x.lower.equals("в") || x.lower.equals("у"))
          && headLemma != null
          && LOCATED_HEADS.contains(headLemma)) {
        int place = placeIn(j + 1, headLemma);
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
              && PERSON_HEADS.contains(headLemma)
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
        if (TIME_NOUNS.contains(lemmaOf(x).toLowerCase(java.util.Locale.ROOT))) break;
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

  /** «з питань освіти, науки та інновацій», «з надзвичайних ситуацій», «з біатлону». */
  int field(int j, String headLemma) {
    if (j >= w.size()) return j;
    if (w.get(j).lower.equals("питань")) {
      int k = j + 1;
      int end = j;
      while (k < w.size()) {
        Word x = w.get(k);
        if (genitive(x) && !x.capitalized) {
          end = ++k;
          String a = x.after.strip();
          if (a.equals(",") && k < w.size() && genitive(w.get(k))) continue;
          if (!a.isEmpty()) break;
          continue;
        }
        if (CONJUNCTIONS.contains(x.lower) && k + 1 < w.size() && genitive(w.get(k + 1))) {
          k++;
          continue;
        }
        break;
      }
      return end > j ? end : j;
    }
    if (headLemma == null || !FIELD_HEADS.contains(headLemma)) return j;
    int k = j;
    while (k < w.size() && k - j < 3) {
      Word x = w.get(k);
      if (!genitive(x)
          || x.capitalized
          || classes.is(lemmaOf(x), NounClasses.TIME | NounClasses.HUMAN | NounClasses.PLACE))
        break;
      k++;
      if (!adjective(x) || !x.joinedToNext()) break;
    }
    // the field ends in a noun
    return k > j && !onlyAdjective(w.get(k - 1)) ? k : j;
  }

  /** «у Львівській області», «в Україні», «у Львові»: a place in the locative after a head. */
  int placeIn(int j, String headLemma) {
    if (j >= w.size() || !w.get(j).capitalized) return j;
    Word x = w.get(j);
    if (Set.of("посольство", "представництво", "консульство", "місія").contains(headLemma)) {
      // an embassy is named by the country it serves in, not by its city
      return x.keys.contains("україна") ? j + 1 : j;
    }
    if (adjective(x) && j + 1 < w.size() && w.get(j + 1).lemma(cues.placeHeadsAfter)) {
      return j + 2;
    }
    if (x.proper("geo") || gazetteer.longest(w, j, Language.UK) != null) {
      Gazetteer.Match m = gazetteer.longest(w, j, Language.UK);
      return m != null ? m.to() : j + 1;
    }
    if (!x.hasReading()) return j + 1;
    return j;
  }

  /** A person's name after «імені»: initials and a surname, or first name and surname. */
  int personAfter(int j) {
    int k = j;
    while (k < w.size() && w.get(k).initial && w.get(k).after.startsWith(".")) k++;
    int names = 0;
    while (k < w.size()
        && names < 2
        && w.get(k).capitalized
        && !w.get(k).upper
        && (!w.get(k).hasReading() || w.get(k).inCase("v_rod"))) {
      k++;
      names++;
      if (!w.get(k - 1).joinedToNext()) break;
    }
    return names > 0 ? k : j;
  }
}
