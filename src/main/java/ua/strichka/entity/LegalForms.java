package ua.strichka.entity;

import ua.strichka.entity.Candidate.Rule;

/**
 * Companies named by a legal form or a body's abbreviation with their name: «ТОВ «Версаль Груп»»,
 * «АТ Укрзалізниця», «ТРК «Україна»». The form is a closed list of cues, not a noun with grammar,
 * so these names are found apart from the heads of {@link OrganisationRules}.
 */
final class LegalForms extends Rules {
  private final AbbreviatedBodies abbreviations;

  LegalForms(Rules shared) {
    super(shared);
    this.abbreviations = new AbbreviatedBodies(shared);
  }

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
      else if (abbreviationName(x) && !abbreviations.placeAbbreviation(x) && !x.proper("geo")) {
        addQuoted(i, q.to(), EntityType.ORG, Rule.LEGAL_FORM, 2, q);
      }
      return;
    }
    if (!form) return;
    int j = i + 1;
    while (j < w.size() && j - i <= 3 && w.get(j).capitalized && x.joinedToNext()) j++;
    if (j > i + 1) add(i, j, EntityType.ORG, Rule.LEGAL_FORM, 2, null);
  }
}
