package ua.strichka.entity;

import java.util.Set;
import java.util.regex.Pattern;
import ua.strichka.entity.Candidate.Rule;

/**
 * Military units named by their number: «128-ма окрема гірсько-штурмова бригада», «3-й полк». Their
 * number is their name, so unlike other bodies the head may stand in lower case and needs no
 * capital to prove it; that one difference keeps them out of {@link OrganisationRules}.
 */
final class MilitaryUnits extends Rules {
  private final OrganisationTails tails;

  MilitaryUnits(Rules shared) {
    super(shared);
    this.tails = new OrganisationTails(shared);
  }

  /** Heads of military units, named by their number: «128-ма окрема гірсько-штурмова бригада». */
  static final Set<String> UNIT_HEADS =
      Set.of("бригада", "батальйон", "полк", "дивізія", "загін", "ескадрилья");

  /** «128-й», «47-ї», «3-го»: a number with an ordinal's ending (compiled once: read per word). */
  static final Pattern UNIT_NUMBER =
      Pattern.compile("\\d{1,3}-(?:й|ий|а|ма|тя|та|ша|ге|га|ї|ої|му|ій|ого|ою|м|го)");

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
    OrganisationTails.Tail tail = tails.tail(head, true);
    tails.addTail(i, tail, Rule.ORGANISATION);
  }
}
