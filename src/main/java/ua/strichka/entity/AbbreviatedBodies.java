package ua.strichka.entity;

import java.util.regex.Pattern;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * Bodies named by an abbreviation with adjectives before it («Харківської ОВА», «обласний ТЦК»),
 * and which abbreviations stand for places rather than bodies («ОТГ»). An abbreviation is a head
 * without grammar (no case, no agreement), so it is read apart from the noun heads of {@link
 * OrganisationRules}.
 */
final class AbbreviatedBodies extends Rules {
  AbbreviatedBodies(Rules shared) {
    super(shared);
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

  /**
   * A republic's abbreviation names a state, a place: «УРСР», «УСРР», «РСФРР», «УНР», «КНР»
   * (…Соціалістична/Радянська/Федеративна/Народна Республіка).
   */
  private static final Pattern REPUBLIC = Pattern.compile("[А-ЯІЇЄҐ]{1,4}(РСР|СРР|ФРР|НР)");

  static boolean republic(String text) {
    return REPUBLIC.matcher(text).matches();
  }

  /** Word {@code j} is a body's abbreviation the gazetteer does not know, and no place's. */
  private boolean bodyAbbreviation(int j) {
    Word x = w.get(j);
    return abbreviationName(x)
        && !republic(x.text)
        && !x.proper("geo")
        && !placeAbbreviation(x)
        && !cues.kindsOfInstitutions.contains(x.text)
        && gazetteer.longest(w, j, Language.UK) == null;
  }

  /** Word {@code j} and the next are abbreviations of one body: «ТК СНТТ», «ЦК КП». */
  boolean links(int j) {
    return j + 1 < w.size()
        && w.get(j).joinedToNext()
        && bodyAbbreviation(j)
        && (bodyAbbreviation(j + 1) || w.get(j + 1).upper && party(j + 1)); // «КП(б)» is no «КП»
  }

  /** «КП(б)»: the Bolshevik party's bracket after word {@code k}. */
  private boolean party(int k) {
    return k + 1 < w.size() && w.get(k).after.strip().equals("(") && w.get(k + 1).text.equals("б");
  }

  /**
   * «ТК СНТТ», «ЦК КП(б)У», «РКП ( б )»: abbreviations in a row, and a party's «(б)» (with the
   * republic's letter after it), name one body; null when word {@code i} stands alone.
   */
  Candidate chain(int i) {
    int k = i;
    while (k - i < 3 && links(k)) k++;
    int to = k + 1;
    int end = w.get(k).end();
    Word last = w.get(k);
    if (party(k)) {
      Word b = w.get(to);
      int close = b.after.indexOf(')');
      if (close >= 0 && b.after.substring(0, close).isBlank()) {
        end = b.end() + close + 1;
        to++;
        if (to < w.size() && b.after.strip().equals(")") && w.get(to).text.equals("У")) {
          end = w.get(to).end(); // «КП(б)У»: of Ukraine
          to++;
        }
      }
    }
    if (to == i + 1) return null;
    return new Candidate(i, to, w.get(i).start(), end, EntityType.ORG, Rule.ABBREVIATION, 2, null);
  }

  /**
   * Clipped compounds that name state bodies: «Держстандарт», «Держплан», «Нацбанк», «Мінфін»,
   * «Міносвіти». Only bodies' stems are listed: «Держбюджет», «Нацвідбір» (a contest), «Держава»,
   * «Мінськ», «Міністр» start the same way and name no body.
   */
  private static final Pattern CLIPPED =
      Pattern.compile(
          "Держ(стат|стандарт|план|праці|геокадастр|продспожив|прикордон|спецзв|кіно|аудит|фінмоніт"
              + "|резерв|екоінспекц|енергоефектив|атомрегул|лікслужб|рибагентств|лісагентств"
              + "|водагентств|туризм|архів|космос|авіаслужб|митслужб|казначейств|пробірслужб"
              + "|інспекц|комтелерадіо|комстат|комзем)[а-яіїєґ'’]*"
              + "|Нац(банк|поліці|гвард|рад[аиіу]|комфінпослуг|енергорегулятор|агентств|комісі)"
              + "[а-яіїєґ'’]*"
              + "|Мін(фін|юст|екон|регіон|агро|енерго|соц|культ|оборони|освіти|охорони|цифри"
              + "|інфраструктури|довкілля|реінтеграції|закордонсправ|молодьспорт|стратегпром"
              + "|ветеранів|розвитку)[а-яіїєґ'’]*");

  /** «Держстандарт України», «Держплан УРСР», «Нацбанку»: a state body's clipped compound. */
  void clipped(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.upper || x.latin || x.anyAdjective()) return;
    if (!CLIPPED.matcher(x.text).matches()) return;
    int end = i + 1;
    if (end < w.size() && x.joinedToNext()) {
      Word of = w.get(end);
      if (of.text.equals("України") || republic(of.text)) end++; // «Держплан УРСР»
    }
    add(i, end, EntityType.ORG, Rule.ABBREVIATION, 2, null);
  }
}
