package ua.strichka.entity;

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
}
