package ua.strichka.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ua.strichka.entity.Candidate.Rule;

/**
 * Places in Ukrainian text: adjectives before a designation («Харківська область»), a designation
 * that is part of the name («вулиця Шевченка»), settlements after their designation («села
 * Мачухи»), lists sharing one designation, places joined to a word («Одеса-Головна»).
 */
final class PlaceRules extends Rules {
  /** Designations written short before a street's name: «вул. Хрещатик». */
  static final Map<String, String> ABBREVIATED_HEADS =
      Map.of(
          "вул",
          "вулиця",
          "просп",
          "проспект",
          "пл",
          "площа",
          "бульв",
          "бульвар",
          "пров",
          "провулок",
          "наб",
          "набережна",
          "ул",
          "улица");

  PlaceRules(Rules shared) {
    super(shared);
  }

  /**
   * Capitalised adjectives before a designation: «Харківська область», «Приморському районі»,
   * «Чорного моря»; and a list sharing one plural designation: «Миколаївської та Херсонської
   * областей» names two oblasts.
   */
  void placeAfterAdjective(int i) {
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
  void list(int i) {
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
    if (members.size() < 2) return;
    Word plural = k + 1 < w.size() ? w.get(k + 1) : null;
    if (plural != null && plural.lemma(cues.placeHeadsAfter) && plural.has("p")) {
      for (int m : members) {
        add(m, m == k ? k + 2 : m + 1, EntityType.LOC, Rule.PLACE, 2, null);
      }
      return;
    }
    // «відвідав дев'ять областей: Одеську, Херсонську … і Полтавську»: the designation came first
    for (int m : members) if (!PLACE_ADJECTIVE_FORM.matcher(w.get(m).lower).matches()) return;
    if (!areaBefore(i)) return;
    for (int m : members) add(m, m + 1, EntityType.LOC, Rule.PLACE, 2, null);
  }

  /** A toponymic adjective's form («Дніпропетровську»), whatever else the dictionary reads. */
  private static final Pattern PLACE_ADJECTIVE_FORM =
      Pattern.compile(".*(ськ|цьк|зьк)(ий|а|е|і|ого|ої|ому|ій|им|их|ими|у|ою)");

  /** Designations a list of place adjectives may stand for after naming them once. */
  static final Set<String> AREAS = Set.of("область", "район", "регіон", "громада", "округ");

  /** An area's designation in the few words before {@code i}, within its sentence. */
  private boolean areaBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      Word x = w.get(k);
      if (x.lemma(AREAS) && noun(x)) return true;
      if (x.sentenceStart()) return false;
    }
    return false;
  }

  /** Agreement, or an adjective the dictionary does not know («Таїровському кладовищі»). */
  static boolean agreeOrUnknown(List<Word> adjectives, Word noun) {
    for (Word a : adjectives) if (!a.hasReading()) return true;
    return Agreement.agree(adjectives, noun);
  }

  /**
   * «Палаці спорту», «Палацу Потоцьких», «Будинку профспілок»: a capitalised place word and its
   * genitive.
   */
  void placeWithGenitive(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.sentenceStart() || !noun(x) || i + 1 >= w.size() || !x.joinedToNext()) {
      return;
    }
    if (!x.lemma(
        Set.of(
            "палац", "парк", "сквер", "майдан", "площа", "стадіон", "міст", "вокзал", "собор",
            "замок", "ринок", "будинок"))) return; // «Будинку офіцерів»
    Word next = w.get(i + 1);
    if (genitive(next) && !next.proper("fname")) add(i, i + 2, EntityType.LOC, Rule.PLACE, 2, null);
  }

  /**
   * A designation that belongs to the name: «вулиці Шевченка», «острова Галіндез», «трасі М-03».
   */
  void placeBeforeName(int i) {
    Word x = w.get(i);
    boolean abbreviated = ABBREVIATED_HEADS.containsKey(x.lower) && x.after.strip().equals(".");
    if (i + 1 >= w.size() || !(abbreviated || noun(x) && x.lemma(cues.placeHeadsBefore))) return;
    if (!x.joinedToNext() && !abbreviated && quotes.startingAt(i + 1) == null) return;
    Quotes.Quote q = quotes.startingAt(i + 1);
    if (q != null && q.name()) {
      addQuoted(i, q.to(), EntityType.LOC, Rule.STREET, 2, q);
      return;
    }
    Word next = w.get(i + 1);
    if (next.initialWithDot()) {
      // «вулиці Т. Шевченка», «парку Т. Шевченка»: a person's initials and surname name the place
      int k = i + 1;
      while (k < w.size() && k - i <= 3 && w.get(k).initialWithDot()) k++;
      boolean surname =
          k < w.size() && w.get(k).capitalized && !w.get(k).upper && !w.get(k).initial;
      if (surname && w.get(k - 1).after.indexOf('\n') < 0) {
        add(i, k + 1, EntityType.LOC, Rule.STREET, 2, null);
      }
      return;
    }
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
   * «села Мачухи», «у селах Ясіня, Богдан і Луг»: the settlements' names, the designation outside;
   * «с. Комарів», «м. Ізюм», «смт Ворохта»: a short designation is part of the name, as the issue's
   * convention spells it (ner-uk marks it both ways).
   */
  void settlement(int i) {
    Word x = w.get(i);
    // «2,01 м.», «1 Мбіт/с.»: after a number a short form is a unit
    boolean unit = i > 0 && (w.get(i - 1).isNumber() || w.get(i - 1).after.strip().endsWith("/"));
    boolean abbreviated = abbreviatedSettlement(x) && !unit;
    if (!(abbreviated || (noun(x) && x.lemma(cues.settlementWords) && x.joinedToNext()))
        || i + 1 >= w.size()) return;
    int j = name(i + 1, abbreviated);
    if (j == i + 1) return;
    // «с .⏎Михалкове»: a line break after the short form (a tokeniser's sentence end) leaves it out
    boolean inside = abbreviated && x.after.indexOf('\n') < 0;
    add(inside ? i : i + 1, j, EntityType.LOC, Rule.SETTLEMENT, 2, null);
    if (!x.has("p")) return;
    while (j < w.size()) { // a list after a plural: «селах Ясіня, Богдан і Луг»
      String gap = w.get(j - 1).after.strip();
      int next = gap.equals(",") ? j : CONJUNCTIONS.contains(w.get(j).lower) ? j + 1 : -1;
      if (next < 0 || next >= w.size()) return;
      int end = name(next, false);
      if (end == next) return;
      add(next, end, EntityType.LOC, Rule.SETTLEMENT, 2, null);
      j = end;
    }
  }

  /** «с.», «м.», «сел.», «смт»: a settlement's designation written short (tokenised «с . » too). */
  static boolean abbreviatedSettlement(Word x) {
    if (x.capitalized) return false; // «М . Рильський»: an initial
    return switch (x.lower) {
      case "м", "с", "сел" -> x.after.strip().equals(".");
      case "смт" -> true;
      default -> false;
    };
  }

  /**
   * The capitalised words of a settlement's name from {@code j}, up to a district after it. After a
   * short designation a sentence start counts for a proper name: a tokeniser may take its full stop
   * for a sentence's end («с . Турці»).
   */
  int name(int j, boolean afterAbbreviation) {
    if (j >= w.size()) return j;
    Word first = w.get(j);
    if (!first.capitalized
        || first.upper
        || first.sentenceStart() && !(afterAbbreviation && (first.proper() || !first.hasReading()))
        || first.proper("fname") && j + 1 < w.size() && w.get(j + 1).capitalized) return j;
    int k = j;
    while (k < w.size() && k - j < 3 && w.get(k).capitalized && !w.get(k).upper) {
      // «м. Луцька | Юрій Нечай»: a first name and a capital after it are a person's name
      if (k > j && w.get(k).proper("fname") && k + 1 < w.size() && w.get(k + 1).capitalized) break;
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

  /**
   * The four quarters: written with a capital they name regions («на Заході», «Сходу»). Their
   * canonical names are given: «Сходом» is a form of «сход» (a gathering) to the dictionary too.
   */
  private static final Map<String, Entity> QUARTERS =
      Map.of(
          "захід", Entity.of("Захід", EntityType.LOC),
          "схід", Entity.of("Схід", EntityType.LOC),
          "південь", Entity.of("Південь", EntityType.LOC),
          "північ", Entity.of("Північ", EntityType.LOC));

  /**
   * «на Заході», «між Заходом та Сходом»: a quarter of the world capitalised inside a sentence is a
   * region's name, not a direction; a quoted one names something else («Нафтотрейд Південь»).
   */
  void quarter(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.upper || x.sentenceStart() || !noun(x)) return;
    Entity quarter = null;
    for (String key : x.keys) if (quarter == null) quarter = QUARTERS.get(key);
    if (quarter == null || x.opensQuote() || x.closesQuote()) return;
    Word before = i > 0 ? w.get(i - 1) : null;
    if (before != null && before.capitalized && !before.sentenceStart() && before.joinedToNext()) {
      return; // «Близький Схід» is the gazetteer's
    }
    add(i, i + 1, EntityType.LOC, Rule.PLACE, 1, quarter);
  }

  /** «Одеси-Головної», «Варшаву-Центральну»: a place's name joined to a word. */
  void hyphenatedPlace(int i) {
    Word x = w.get(i);
    String head = x.text.substring(0, x.text.indexOf('-'));
    for (ua.strichka.text.Reading r : lemmatizer().readings(head)) {
      if (r.isProper() && r.hasTag("geo")) {
        add(i, i + 1, EntityType.LOC, Rule.GEO, 1, null);
        return;
      }
    }
  }
}
