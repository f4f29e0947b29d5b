package ua.strichka.entity;

import java.util.List;
import java.util.Set;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.entity.OrganisationTails.Tail;

/**
 * Organisations named by a head noun («міністерство», «служба», «рада») with its adjectives: when a
 * capital, a place's adjective or a proper tail proves the words a name, and when a lower-case head
 * still belongs to it. What follows the head is read by {@link OrganisationTails}; companies by
 * their legal form, numbered units and abbreviations have rules of their own ({@link LegalForms},
 * {@link MilitaryUnits}, {@link AbbreviatedBodies}).
 */
final class OrganisationRules extends Rules {
  private final OrganisationTails tails;

  OrganisationRules(Rules shared) {
    super(shared);
    this.tails = new OrganisationTails(shared);
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
    Tail tail = tails.tail(head, adjectives);
    if (adjectives && first.capitalized) tail = coordinated(head, tail);
    if (lowerBody(i, head, headLemma, tail)) tails.addTail(i, tail, Rule.ORGANISATION);
    if (first.capitalized) {
      boolean capitalHead = h.capitalized && !h.sentenceStart();
      // A capital owed only to the sentence start proves nothing without more words of a name.
      boolean evidence =
          !first.sentenceStart()
              || capitalHead
              || tail.proper()
              || adjectives && placeAdjective(first)
              || "міністерство".equals(headLemma)
                  && tail.end() > head + 1; // «Міністерство культури»
      if (!evidence || (!adjectives && tail.end() == head + 1 && first.sentenceStart())) return;
      int from =
          first.sentenceStart() && adjectives && !placeAdjective(first) && !h.capitalized
              ? head
              : i; // «Жіноча | збірна України з біатлону»
      if (from == head && !h.capitalized && !LOWER_HEADS.contains(headLemma)) return;
      if (from == i && ordinalBefore(i, head) && PERSON_HEADS.contains(headLemma)) from--;
      tails.addTail(from, tail, Rule.ORGANISATION);
    } else if (headLemma != null
        && tail.proper()
        && (LOWER_HEADS.contains(headLemma) && !tail.personOnly()
            || PERSON_HEADS.contains(headLemma)
                && (tail.personOnly() || numbered(head + 1) > head + 1))) {
      // lower-case adjectives describe: «жіночої збірної»; a number names: «ліцеї № 12»
      tails.addTail(head, tail, Rule.ORGANISATION);
    } else if (tail.quote() != null
        && tail.end() == tail.quote().to() + 1
        && tail.quote().from() <= head + 3
        && headLemma != null
        && QUOTE_HEADS.contains(headLemma)) {
      // «асоціації «IT Ukraine»», «центру економічних досліджень «Горизонт»»; in «вищій лізі
      // «Медик»» the name is a club's that plays in the league, not the league's
      int from = "ліга".equals(headLemma) ? tail.quote().from() : i;
      addQuoted(from, tail.quote().to(), EntityType.ORG, Rule.ORGANISATION, 2, tail.quote());
      remember(tail.quote(), EntityType.ORG);
    }
  }

  /**
   * «Коломийської районної ради та адміністрації»: a second head joined by «та»/«і» in the same
   * case shares the adjectives, and the whole is one name.
   */
  Tail coordinated(int head, Tail tail) {
    if (tail.end() != head + 1 || head + 2 >= w.size()) return tail;
    Word h = w.get(head);
    Word and = w.get(head + 1);
    Word other = w.get(head + 2);
    if (!h.joinedToNext() || !CONJUNCTIONS.contains(and.lower) || !and.joinedToNext()) return tail;
    if (other.capitalized || !orgHead(other) || !h.sharesCase(other)) return tail;
    if (head + 3 < w.size() && other.joinedToNext() && genitive(w.get(head + 3))) return tail;
    return new Tail(head + 3, tail.proper(), tail.personOnly(), null);
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

  /** Lower-case adjectives of state services: «міграційна служба», «податкової служби». */
  static final List<String> SERVICES =
      List.of(
          "міграційн", "податков", "митн", "прикордонн", "фіскальн", "казначейськ", "пенітенціарн");

  /**
   * A state body named in lower case: «міграційної служби», «міністерство культури», «прокуратура
   * області». Each names one body wherever it stands. Local councils in lower case («обласна рада»,
   * «райради») are left untagged: common Ukrainian NER annotation mostly leaves them so.
   */
  boolean lowerBody(int i, int head, String headLemma, Tail tail) {
    if (headLemma == null) return false;
    if (i > 0 && adjective(w.get(i - 1)) && w.get(i - 1).joinedToNext()) {
      return false; // «Федеральне міністерство …»: the adjective's rule reads the whole name
    }
    for (int k = i; k <= head; k++) {
      if (w.get(k).capitalized && !w.get(k).sentenceStart()) return false;
    }
    if (head == i) {
      return ("міністерство".equals(headLemma) || "прокуратура".equals(headLemma))
          && tail.end() > head + 1;
    }
    String first = w.get(i).lower;
    return "служба".equals(headLemma) && SERVICES.stream().anyMatch(first::startsWith);
  }
}
