package ua.strichka.entity;

import java.util.Set;
import ua.strichka.text.Language;

/**
 * The complements a head's name goes on with after a preposition or «імені»: a field («з питань
 * освіти»), a place in the locative («у Львівській області»), a patron («імені Івана Франка»). Each
 * is a small grammar of its own, read only once {@link OrganisationTails} meets its opening word,
 * so they stay apart from the walk over genitives.
 */
final class NameComplements extends Rules {
  /** Heads of a state's mission abroad, named by the place they are in. */
  private static final Set<String> MISSIONS =
      Set.of("посольство", "представництво", "консульство", "місія");

  NameComplements(Rules shared) {
    super(shared);
  }

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

  /** Heads whose names take no field: the field after them is an official's. */
  private static final Set<String> ADMINISTRATIONS =
      Set.of("адміністрація", "держадміністрація", "облдержадміністрація", "райдержадміністрація");

  /** «з питань освіти, науки та інновацій», «з надзвичайних ситуацій», «з біатлону». */
  int field(int j, String headLemma) {
    if (j >= w.size()) return j;
    if (w.get(j).lower.equals("питань")) {
      // «заступник голови облдержадміністрації з питань АПК»: the field is the deputy's
      if (ADMINISTRATIONS.contains(headLemma)) return j;
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
    if (MISSIONS.contains(headLemma)) {
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
    while (k < w.size() && w.get(k).initialWithDot()) k++; // «ім. С. П. Корольова», tokenised too
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
