package ua.strichka.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
final class UkrainianRules {
  /** Lower-case heads that still belong to the name: «збірна України», «посольстві Норвегії». */
  private static final Set<String> LOWER_HEADS =
      Set.of("збірна", "посольство", "консульство", "представництво", "департамент");

  /** Heads named after a person: «театр Франка», «лікарні імені Мечникова». */
  private static final Set<String> PERSON_HEADS =
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
  private static final Set<String> QUOTE_HEADS =
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
  private static final Set<String> COMPLEMENT_HEADS =
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
          "співтовариство");

  /** Nouns of time: «(лікарні) минулого вечора» is not part of a name. */
  private static final Set<String> TIME_NOUNS =
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
  private static final Set<String> LINK_PREPOSITIONS = Set.of("з", "із", "зі", "у", "в", "при");

  /** Heads whose name may say where they are: «Головне управління ДСНС у Львівській області». */
  private static final Set<String> LOCATED_HEADS =
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
  private static final Set<String> FIELD_HEADS =
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

  private static final Set<String> PARTICLES =
      Set.of("фон", "дер", "де", "ван", "ді", "да", "ла", "ле", "дель", "бін", "аль", "ібн", "ель");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "в", "у", "на", "до", "з", "із", "зі", "біля", "поблизу", "під", "через", "від", "над");

  private static final Set<String> CONJUNCTIONS = Set.of("і", "та", "й");

  private final List<Word> w;
  private final Cues cues;
  private final NounClasses classes;
  private final Gazetteer gazetteer;
  private final Quotes quotes;
  private final List<Candidate> out = new ArrayList<>();

  /** Quoted names some rule typed as organisations, by lemma, for their other mentions. */
  private final java.util.Map<String, EntityType> quotedTypes = new java.util.HashMap<>();

  UkrainianRules(List<Word> words, Cues cues, NounClasses classes, Gazetteer gazetteer) {
    this.w = words;
    this.cues = cues;
    this.classes = classes;
    this.gazetteer = gazetteer;
    this.quotes = new Quotes(words);
  }

  List<Candidate> candidates() {
    for (int i = 0; i < w.size(); i++) {
      gazetteer(i);
      legalForm(i);
      organisation(i);
      quoted(i);
      placeAfterAdjective(i);
      placeWithGenitive(i);
      placeBeforeName(i);
      settlement(i);
      person(i);
      initials(i);
      titled(i);
      single(i);
      abbreviated(i);
    }
    requoted();
    return out;
  }

  // ---- gazetteer

  private void gazetteer(int i) {
    Word x = w.get(i);
    if (!x.capitalized && !x.latin) return;
    if (cues.notNames.contains(x.text)) return;
    Gazetteer.Match m = gazetteer.longest(w, i, Language.UK);
    if (m == null) return;
    add(i, m.to(), m.entity().type(), Rule.GAZETTEER, 3, m.entity());
  }

  // ---- organisations

  /** «ТОВ «Версаль Груп»», «КП «Чугуївські водопровідні мережі»», «АТ Укрзалізниця». */
  private void legalForm(int i) {
    Word x = w.get(i);
    if (!cues.legalForms.contains(x.text) || i + 1 >= w.size()) return;
    Quotes.Quote q = quotes.startingAt(i + 1);
    if (q != null && q.name()) {
      addQuoted(i, q.to(), EntityType.ORG, Rule.LEGAL_FORM, 3, q);
      return;
    }
    int j = i + 1;
    while (j < w.size() && j - i <= 3 && w.get(j).capitalized && x.joinedToNext()) j++;
    if (j > i + 1) add(i, j, EntityType.ORG, Rule.LEGAL_FORM, 2, null);
  }

  /**
   * Adjectives and a head of {@link Cues#orgHeads}, then what names it: «Харківська обласна
   * військова адміністрація», «Міністерство оборони Японії», «Комітет з питань освіти»,
   * «Національний університет імені Івана Франка», «Центр оборонних стратегій «Рубіж»».
   */
  private void organisation(int i) {
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
    String headLemma = lemmaIn(h, cues.orgHeads);
    if (!h.capitalized && plural(h) && !"сила".equals(headLemma) && !"збори".equals(headLemma)) {
      return; // «Російські війська», «Словенські лікарні»: names are singular
    }
    Tail tail = tail(head, adjectives);
    if (first.capitalized) {
      boolean capitalHead = h.capitalized && !h.sentenceStart();
      // A capital owed only to the sentence start proves nothing without more words of a name.
      boolean evidence =
          !first.sentenceStart()
              || capitalHead
              || tail.proper
              || adjectives && placeAdjective(first);
      if (!evidence || (!adjectives && tail.end == head + 1 && first.sentenceStart())) return;
      int from =
          first.sentenceStart() && adjectives && !placeAdjective(first) && !h.capitalized
              ? head
              : i; // «Жіноча | збірна України з біатлону»
      if (from == head && !h.capitalized && !LOWER_HEADS.contains(headLemma)) return;
      addTail(from, tail, Rule.ORGANISATION);
    } else if (headLemma != null
        && tail.proper
        && (LOWER_HEADS.contains(headLemma) && !tail.personOnly
            || PERSON_HEADS.contains(headLemma) && tail.personOnly)) {
      addTail(head, tail, Rule.ORGANISATION); // lower-case adjectives describe: «жіночої збірної»
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

  /** A noun with no singular reading here: «війська», «лікарні» after a plural adjective. */
  private static boolean plural(Word h) {
    for (ua.strichka.text.Reading r : h.readings) {
      if (r.partOfSpeech().equals("noun") && !r.hasTag("p")) return false;
    }
    return true;
  }

  private void addTail(int from, Tail tail, Rule rule) {
    if (tail.quote != null && tail.end == tail.quote.to() + 1) {
      addQuoted(from, tail.quote.to(), EntityType.ORG, rule, 2, tail.quote);
      remember(tail.quote, EntityType.ORG);
    } else {
      add(from, tail.end, EntityType.ORG, rule, 2, null);
    }
  }

  /** «Харківської ОВА», «обласний ТЦК», «одеської ДЮСШ № 4»: adjectives before an abbreviation. */
  private void abbreviated(int i) {
    Word first = w.get(i);
    if (!adjective(first) || !first.joinedToNext()) return;
    int j = i + 1;
    while (j < w.size() && j - i < 3 && adjective(w.get(j)) && w.get(j).joinedToNext()) j++;
    if (j >= w.size() || !abbreviationName(w.get(j))) return;
    if (!first.capitalized
        && !first.lower.startsWith("обласн")
        && !first.lower.startsWith("міськ")
        && !first.lower.startsWith("районн")) return;
    if (gazetteer.longest(w, j, Language.UK) != null) return; // «українського НБУ»
    int end = numbered(j + 1);
    add(i, end, EntityType.ORG, Rule.ABBREVIATION, 2, null);
  }

  /** After «№», its number: «ліцей № 52». */
  private int numbered(int j) {
    if (j < w.size() && w.get(j).isNumber() && w.get(j - 1).after.strip().equals("№")) return j + 1;
    return j;
  }

  /** What follows an organisation's head and still belongs to its name. */
  private record Tail(int end, boolean proper, boolean personOnly, Quotes.Quote quote) {}

  /**
   * The words after a head that still name the organisation: genitives («оборони України»), a field
   * («з питань освіти»), a place («у Львівській області»), a patron («імені Івана Франка»), a
   * number («№ 52»), a quoted name. Lower-case genitives after a head with adjectives stay only
   * when the head takes a complement or a proper name follows them.
   */
  private Tail tail(int head, boolean adjectives) {
    String headLemma = lemmaIn(w.get(head), cues.orgHeads);
    boolean complement = !adjectives || (headLemma != null && COMPLEMENT_HEADS.contains(headLemma));
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
      if (q != null && q.name() && quote == null && prev.after.strip().length() == 1) {
        quote = q;
        j = q.to() + 1;
        end = j;
        proper = true;
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
      if (x.upper && !x.pos("prep") && !cues.notNames.contains(x.text)) {
        Gazetteer.Match m = gazetteer.longest(w, j, Language.UK);
        end = j = m != null ? m.to() : j + 1;
        end = j = numbered(j);
        proper = true;
        genitives++;
        continue;
      }
      if (genitive(x) && genitives < 6 && !x.initial) {
        if (x.capitalized && (x.proper("fname") || x.proper("lname")) && !x.proper("geo")) {
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
          closed = !adjective(x);
          continue;
        }
        if (!x.capitalized
            && j + 1 < w.size()
            && x.joinedToNext()
            && w.get(j + 1).pos("prep")
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
  private boolean listGoesOn(int j) {
    for (int k = j; k < w.size() && k < j + 8; k++) {
      Word x = w.get(k);
      if (CONJUNCTIONS.contains(x.lower)) return k + 1 < w.size() && genitive(w.get(k + 1));
      if (!genitive(x) || !x.joinedToNext() && !x.after.strip().equals(",")) return false;
    }
    return false;
  }

  /** «з питань освіти, науки та інновацій», «з надзвичайних ситуацій», «з біатлону». */
  private int field(int j, String headLemma) {
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
  private int placeIn(int j, String headLemma) {
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
  private int personAfter(int j) {
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

  // ---- quoted names

  /** «Полинь», «Укрпошти»: a quoted name typed by the word before it or by the dictionary. */
  private void quoted(int i) {
    Quotes.Quote q = quotes.startingAt(i);
    if (q == null || !q.name()) return;
    Word before = i > 0 ? w.get(i - 1) : null;
    Gazetteer.Match m = gazetteer.longestQuoted(w, i, Language.UK);
    if (m == null || m.to() != q.to() + 1) m = gazetteer.longest(w, i, Language.UK);
    if (m != null && m.to() == q.to() + 1) {
      addQuoted(i, q.to(), m.entity().type(), Rule.QUOTED, 3, q, m.entity());
      remember(q, m.entity().type());
      return;
    }
    if (before != null && before.lemma(cues.orgCues) && !before.capitalized) {
      addQuoted(i, q.to(), EntityType.ORG, Rule.QUOTED, 2, q);
      remember(q, EntityType.ORG);
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
      if (x.pos("prep") || x.pos("pron") || x.pos("conj") || x.pos("verb") && !x.pos("noun"))
        return;
    }
    // a quoted name of two or three words is most often a company, an outlet or a club
    addQuoted(i, q.to(), EntityType.ORG, Rule.QUOTED, 2, q);
  }

  /** Remembers how a quoted name was typed, for its mentions without a cue. */
  private void remember(Quotes.Quote q, EntityType type) {
    quotedTypes.putIfAbsent(quoteKey(q), type);
  }

  private String quoteKey(Quotes.Quote q) {
    StringBuilder b = new StringBuilder();
    for (int k = q.from(); k <= q.to(); k++)
      b.append(lemmaOf(w.get(k)).toLowerCase(java.util.Locale.ROOT)).append(' ');
    return b.toString();
  }

  /** The other mentions of a quoted name typed somewhere in the text: «Кордон Телеком». */
  private void requoted() {
    if (quotedTypes.isEmpty()) return;
    for (int i = 0; i < w.size(); i++) {
      Quotes.Quote q = quotes.startingAt(i);
      if (q == null || !q.name()) continue;
      EntityType type = quotedTypes.get(quoteKey(q));
      if (type != null) addQuoted(i, q.to(), type, Rule.QUOTED, 1, q);
    }
  }

  // ---- places

  /**
   * Capitalised adjectives before a designation: «Харківська область», «Приморському районі»,
   * «Чорного моря»; and a list sharing one plural designation: «Миколаївської та Херсонської
   * областей» names two oblasts.
   */
  private void placeAfterAdjective(int i) {
    Word first = w.get(i);
    if (!first.capitalized || !adjective(first)) return;
    // a sentence start capitalises any adjective: only one made from a place's name counts there
    if (first.sentenceStart() && !placeAdjective(first)) return;
    int j = i;
    while (j < w.size()
        && j - i < 4
        && adjective(w.get(j))
        && !w.get(j).lemma(cues.placeHeadsAfter)) {
      if (!w.get(j).joinedToNext()) break;
      j++;
    }
    if (j < w.size() && j > i && w.get(j - 1).joinedToNext()) {
      Word h = w.get(j);
      List<Word> adjectives = w.subList(i, j);
      if (h.lemma(cues.placeHeadsAfter)
          && noun(h)
          && !h.capitalized
          && agreeOrUnknown(adjectives, h)) {
        add(i, j + 1, EntityType.LOC, Rule.PLACE, 2, null);
        return;
      }
      boolean placeNoun =
          h.proper("geo")
              || classes.is(lemmaOf(h), NounClasses.PLACE)
              || h.lemma(cues.placeHeadsAfter);
      if (h.capitalized
          && !h.upper
          && placeNoun
          && !h.proper("fname")
          && !h.proper("lname")
          && agreeOrUnknown(adjectives, h)) {
        // «Західної Європи», «Північній Салтівці»
        add(i, j + 1, EntityType.LOC, Rule.PLACE, 2, null);
        return;
      }
      if (h.capitalized
          && !h.upper
          && (!h.hasReading() || h.proper())
          && i > 0
          && PLACE_PREPOSITIONS.contains(w.get(i - 1).lower)) {
        // «в районі Великого Бичкова», «в Нове Место-на-Мораві»: a name the dictionary lacks
        add(i, j + 1, EntityType.LOC, Rule.PLACE, 1, null);
        return;
      }
    }
    list(i);
  }

  /** «Миколаївської, Херсонської та Запорізької областей»: each oblast on its own. */
  private void list(int i) {
    List<Integer> members = new ArrayList<>();
    members.add(i);
    int k = i;
    while (k + 2 < w.size()) {
      String gap = w.get(k).after.strip();
      Word next = w.get(k + 1);
      if (gap.equals(",") && adjective(next) && next.capitalized) {
        members.add(++k);
        continue;
      }
      if (gap.isEmpty()
          && CONJUNCTIONS.contains(next.lower)
          && adjective(w.get(k + 2))
          && w.get(k + 2).capitalized) {
        k += 2;
        members.add(k);
        break;
      }
      break;
    }
    if (members.size() < 2 || k + 1 >= w.size()) return;
    Word plural = w.get(k + 1);
    if (!plural.lemma(cues.placeHeadsAfter) || !plural.has("p")) return;
    for (int m : members) {
      add(m, m == k ? k + 2 : m + 1, EntityType.LOC, Rule.PLACE, 2, null);
    }
  }

  /** Agreement, or an adjective the dictionary does not know («Таїровському кладовищі»). */
  private static boolean agreeOrUnknown(List<Word> adjectives, Word noun) {
    for (Word a : adjectives) if (!a.hasReading()) return true;
    return Agreement.agree(adjectives, noun);
  }

  /**
   * An adjective made from a place's name («Харківська», «Луцький», «Запорізька»): the suffixes
   * -ськ-, -цьк-, -зьк- of Ukrainian toponymic adjectives.
   */
  static boolean placeAdjective(Word x) {
    String lemma = x.hasReading() ? lemmaOf(x) : x.lower;
    return lemma.matches(".*(ськ|цьк|зьк)(ий|а|е|і|ого|ої|ому|ій|им|их|ими|у|ою)");
  }

  /** «Палаці спорту», «Палацу Потоцьких»: a capitalised place word and its genitive. */
  private void placeWithGenitive(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.sentenceStart() || !noun(x) || i + 1 >= w.size() || !x.joinedToNext()) {
      return;
    }
    if (!x.lemma(
        Set.of(
            "палац", "парк", "сквер", "майдан", "площа", "стадіон", "міст", "вокзал", "собор",
            "замок", "ринок"))) return;
    Word next = w.get(i + 1);
    if (genitive(next) && !next.proper("fname")) add(i, i + 2, EntityType.LOC, Rule.PLACE, 2, null);
  }

  /**
   * A designation that belongs to the name: «вулиці Шевченка», «острова Галіндез», «трасі М-03».
   */
  private void placeBeforeName(int i) {
    Word x = w.get(i);
    if (!x.lemma(cues.placeHeadsBefore) || !noun(x) || i + 1 >= w.size() || !x.joinedToNext()) {
      if (!(x.lemma(cues.placeHeadsBefore) && quotes.startingAt(i + 1) != null)) return;
    }
    Quotes.Quote q = quotes.startingAt(i + 1);
    if (q != null && q.name()) {
      addQuoted(i, q.to(), EntityType.LOC, Rule.STREET, 2, q);
      return;
    }
    Word next = w.get(i + 1);
    boolean code =
        next.text.matches("[A-ZА-ЯІЇЄҐ]-?\\d+.*") || next.text.matches("[A-ZА-ЯІЇЄҐ]{1,2}-\\d+");
    if (!(next.capitalized || code) || next.upper && !code) return;
    if (!code
        && next.proper("geo")
        && !adjective(next)
        && !x.lemma(Set.of("острів", "річка", "озеро", "гора"))) {
      return; // «станції Київ-Пасажирський» is left to the place rules
    }
    int j = i + 1;
    while (j < w.size() && j - i <= 3 && (w.get(j).capitalized || j == i + 1 && code)) {
      j++;
      if (!w.get(j - 1).joinedToNext()) break;
    }
    add(i, j, EntityType.LOC, Rule.STREET, 2, null);
  }

  /**
   * «села Мачухи», «м. Ізюм», «смт Ворохта», «у селах Ясіня, Богдан і Луг»: the settlements' names,
   * the designation outside.
   */
  private void settlement(int i) {
    Word x = w.get(i);
    boolean abbreviated =
        (x.lower.equals("м")
                || x.lower.equals("с")
                || x.lower.equals("сел")
                || x.lower.equals("смт"))
            && (x.after.startsWith(".") || x.lower.equals("смт"));
    if (!(abbreviated || (noun(x) && x.lemma(cues.settlementWords) && x.joinedToNext()))
        || i + 1 >= w.size()) return;
    int j = name(i + 1);
    if (j == i + 1) return;
    add(i + 1, j, EntityType.LOC, Rule.SETTLEMENT, 2, null);
    if (!x.has("p")) return;
    while (j < w.size()) { // a list after a plural: «селах Ясіня, Богдан і Луг»
      String gap = w.get(j - 1).after.strip();
      int next = gap.equals(",") ? j : CONJUNCTIONS.contains(w.get(j).lower) ? j + 1 : -1;
      if (next < 0 || next >= w.size()) return;
      int end = name(next);
      if (end == next) return;
      add(next, end, EntityType.LOC, Rule.SETTLEMENT, 2, null);
      j = end;
    }
  }

  /** The capitalised words of a settlement's name from {@code j}, up to a district after it. */
  private int name(int j) {
    if (j >= w.size()) return j;
    Word first = w.get(j);
    if (!first.capitalized
        || first.upper
        || first.sentenceStart()
        || first.proper("fname") && j + 1 < w.size() && w.get(j + 1).capitalized) return j;
    int k = j;
    while (k < w.size() && k - j < 3 && w.get(k).capitalized && !w.get(k).upper) {
      // «Вишнева Балка | Ізюмського району»
      if (k > j
          && adjective(w.get(k))
          && k + 1 < w.size()
          && w.get(k + 1).lemma(cues.placeHeadsAfter)) break;
      k++;
      if (!w.get(k - 1).joinedToNext()) break;
    }
    if (k - j >= 2
        && !adjective(w.get(j))
        && !w.get(j).hasReading() == false
        && w.get(j + 1).proper("fname")) {
      k = j + 1; // «села Дуліби | Оксана Гнатишин»
    }
    return k;
  }

  // ---- people

  /** A first name, perhaps a patronymic, then a surname: «Марком Рютте», «Урсула фон дер Ляєн». */
  private void person(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.upper || !x.proper("fname")) return;
    if (x.sentenceStart() && x.common() && !nameLike(i + 1)) return;
    int j = i + 1;
    if (j < w.size() && w.get(j).capitalized && w.get(j).proper("patr") && x.joinedToNext()) j++;
    int particles = j;
    while (particles < w.size()
        && PARTICLES.contains(w.get(particles).text)
        && w.get(particles - 1).joinedToNext()) particles++;
    if (nameLike(particles) && w.get(particles - 1).joinedToNext()) {
      add(i, particles + 1, EntityType.PER, Rule.PERSON, 2, null);
    } else if (j > i + 1) {
      add(i, j, EntityType.PER, Rule.PERSON, 2, null); // «Людмила Іванівна»
    } else if ((!x.sentenceStart() || !x.common()) && !orgHead(x)) {
      add(i, i + 1, EntityType.PER, Rule.PERSON, 1, null);
    }
  }

  /** Whether word {@code j} can be a surname: capitalised, not a place, not a first name. */
  private boolean nameLike(int j) {
    if (j >= w.size()) return false;
    Word x = w.get(j);
    if (!x.capitalized || x.upper || x.isNumber() || orgHead(x)) return false;
    if (x.proper("lname")) return true;
    // «Денис Гайворон»: after a first name a town's name is a surname
    if (x.proper("geo") && !(j > 0 && w.get(j - 1).proper("fname"))) return false;
    if (x.proper("fname")
        && !x.proper("lname")
        && x.joinedToNext()
        && j + 1 < w.size()
        && w.get(j + 1).capitalized) return false;
    return !x.hasReading() || x.proper() || !x.functionWordOnly();
  }

  /** «В. І. Вернадський», «А. В. Нежданової». */
  private void initials(int i) {
    Word x = w.get(i);
    if (!x.initial || !x.after.startsWith(".") || (i > 0 && w.get(i - 1).initial)) return;
    int j = i;
    while (j < w.size() && w.get(j).initial && w.get(j).after.startsWith(".") && j - i < 3) j++;
    if (j < w.size() && w.get(j).capitalized && !w.get(j).upper && !w.get(j).initial) {
      add(i, j + 1, EntityType.PER, Rule.INITIALS, 2, null);
    }
  }

  /** After a title, a capitalised word is a name: «президент Макрон», «пані Гнатишин». */
  private void titled(int i) {
    if (i == 0) return;
    Word title = w.get(i - 1);
    Word x = w.get(i);
    if (title.capitalized || !title.joinedToNext() || !x.capitalized || x.upper || orgHead(x))
      return;
    if (!(title.lemma(cues.personTitles) || classes.is(lemmaOf(title), NounClasses.PROFESSION))) {
      return;
    }
    if (x.proper("geo") && !x.proper("lname") || adjective(x) && !x.proper()) return;
    int j = i + 1;
    while (j < w.size() && j - i < 3 && nameLike(j) && w.get(j - 1).joinedToNext()) j++;
    add(i, j, EntityType.PER, Rule.TITLED, 1, null);
  }

  /** One capitalised word the dictionary types: a place, a surname, an organisation, a stranger. */
  private void single(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.isNumber() || x.initial || cues.notNames.contains(x.text)) return;
    Quotes.Quote quote = quotes.startingAt(i);
    boolean mid = !x.sentenceStart() && (quote == null || !quote.name());
    if (i > 0 && w.get(i - 1).lemma(Set.of("кодекс", "конституція", "закон"))) return;
    if (x.latin) {
      if (i > 0 && w.get(i - 1).latin && w.get(i - 1).joinedToNext()) return;
      int end = latinEnd(i);
      boolean cue = i > 0 && w.get(i - 1).lemma(cues.orgCues);
      if (mid && (end > i + 1 || cue) && !(i > 0 && w.get(i - 1).lemma(cues.workCues))) {
        add(i, end, EntityType.ORG, Rule.FOREIGN, 1, null);
      }
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
      if (mid && x.text.indexOf('-') > 0) hyphenatedPlace(i); // «Одеси-Головної»
      if (mid && rareAdjectiveSurname(i)) add(i, i + 1, EntityType.PER, Rule.GUESS, 1, null);
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

  /**
   * «гол Судакова»: a capitalised word the dictionary knows only as a rare adjective, with a
   * surname's ending and no noun to qualify.
   */
  private boolean rareAdjectiveSurname(int i) {
    Word x = w.get(i);
    if (!x.text.matches(".*(ов|ев|єв|ін|їн)(а|у|им|ої|ій)?")
        || !x.pos("adj")
        || x.pos("noun")
        || x.pos("verb")) return false;
    return !(i + 1 < w.size() && x.joinedToNext() && Agreement.any(x, w.get(i + 1)) != null);
  }

  /** «Одеси-Головної», «Варшаву-Центральну»: a place's name joined to a word. */
  private void hyphenatedPlace(int i) {
    Word x = w.get(i);
    String head = x.text.substring(0, x.text.indexOf('-'));
    for (ua.strichka.text.Reading r : lemmatizer().readings(head)) {
      if (r.isProper() && r.hasTag("geo")) {
        add(i, i + 1, EntityType.LOC, Rule.GEO, 1, null);
        return;
      }
    }
  }

  private static ua.strichka.text.Lemmatizer lemmatizer() {
    return ua.strichka.text.Lemmatizer.of(Language.UK);
  }

  /** Endings of adjectives, for words the dictionary lacks: they never name on their own. */
  private static boolean adjectiveEnding(String word) {
    return word.matches(".*(ськ|цьк|зьк|ов|ев|ів|їв|ин|ін|ьк|н)(ий|ого|ому|им|ім|ої|ій|ою|их|ими)");
  }

  /** «ДСНС», «ОВА»: an abbreviation the dictionary calls a name, or one it does not know. */
  private void abbreviation(int i) {
    Word x = w.get(i);
    if (!abbreviationName(x)) return;
    boolean place = x.proper("geo") || classes.is(lemmaOf(x), NounClasses.PLACE);
    add(i, numbered(i + 1), place ? EntityType.LOC : EntityType.ORG, Rule.ABBREVIATION, 1, null);
  }

  /**
   * An all-capitals Cyrillic word that may name something: Ukrainian news abbreviates mostly
   * organisations, so any abbreviation that is not a common noun («ППО», «ДТП») or a Roman numeral.
   */
  private boolean abbreviationName(Word x) {
    if (!x.upper
        || x.latin
        || x.text.matches("[IVXLCDMХ]+")
        || cues.notNames.contains(x.text)
        || x.text.matches(".*\\d.*")) {
      return false;
    }
    return x.text.codePointCount(0, x.text.length()) >= 2;
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

  /** Ukrainian surname endings, for names the dictionary does not know. */
  static boolean surnameLike(String word) {
    return word.matches(
        ".*(енко|ук|юк|чук|щук|ський|цький|ська|цька|ович|евич|ишин|ін|ов|ев|єв|ова|ева|іна|як|ак|ко)");
  }

  // ---- shared predicates

  private boolean orgHead(Word x) {
    if (!noun(x) || lemmaIn(x, cues.orgHeads) == null) return false;
    if (x.lemma(cues.orgCues) && !x.lemma(cues.orgHeads)) return false; // «Агрохолдинг» describes
    return !(x.capitalized && x.proper("fname") && !x.lower.startsWith("рад"));
  }

  /**
   * The word's lemma from {@code set}, also as the end of a compound: «кіноакадемія» is an
   * «академія», «IT-кластер» a «кластер».
   */
  private static String lemmaIn(Word x, Set<String> set) {
    for (String k : x.keys) if (set.contains(k)) return k;
    for (String k : x.keys) {
      int hyphen = k.lastIndexOf('-');
      if (hyphen > 0 && set.contains(k.substring(hyphen + 1))) return k.substring(hyphen + 1);
      for (int cut = 2; cut <= 6 && cut < k.length() - 4; cut++) {
        if (set.contains(k.substring(cut)) && k.substring(cut).length() >= 5)
          return k.substring(cut);
      }
    }
    return null;
  }

  /** An adjective that can be part of a name: not a pronoun («та», «цей»), not a number. */
  static boolean adjective(Word x) {
    for (ua.strichka.text.Reading r : x.readings) {
      if (r.partOfSpeech().equals("adj")
          && !r.hasTag("&pron")
          && (!r.hasTag("&numr") || x.capitalized)) return true;
    }
    return false;
  }

  private static boolean onlyAdjective(Word x) {
    return x.pos("adj") && !x.pos("noun");
  }

  static boolean noun(Word x) {
    return x.pos("noun");
  }

  private boolean genitive(Word x) {
    return x.inCase("v_rod") && !x.isNumber();
  }

  static String lemmaOf(Word x) {
    return x.readings.isEmpty() ? x.text : x.readings.getFirst().lemma();
  }

  private void add(int from, int to, EntityType type, Rule rule, int weight, Entity known) {
    if (to <= from) return;
    out.add(
        new Candidate(
            from, to, w.get(from).start(), w.get(to - 1).end(), type, rule, weight, known));
  }

  private void addQuoted(
      int from, int lastWord, EntityType type, Rule rule, int weight, Quotes.Quote q) {
    addQuoted(from, lastWord, type, rule, weight, q, null);
  }

  /**
   * A span that ends with a quoted name, closing quotation mark included (and the opening one when
   * the span starts with it).
   */
  private void addQuoted(
      int from,
      int lastWord,
      EntityType type,
      Rule rule,
      int weight,
      Quotes.Quote q,
      Entity known) {
    int start = from == q.from() ? q.openAt() : w.get(from).start();
    out.add(new Candidate(from, lastWord + 1, start, q.closeAt() + 1, type, rule, weight, known));
  }
}
