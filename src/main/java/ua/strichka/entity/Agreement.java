package ua.strichka.entity;

import java.util.List;
import ua.strichka.text.Reading;

/**
 * Case, gender and number agreement between adjectives and the noun they qualify: how the rules
 * tell «Харківській області» (one name) from «Найбільше постраждала Одеса» (three words that only
 * happen to stand together), and how a name's adjectives find their nominative.
 */
final class Agreement {
  private static final String[] CASES = {
    "v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"
  };

  private Agreement() {}

  /** Whether every word of {@code adjectives} agrees with some one reading of the noun. */
  static boolean agree(List<Word> adjectives, Word noun) {
    for (Reading n : noun.readings) {
      if (!n.partOfSpeech().equals("noun") || caseOf(n) == null) continue;
      boolean all = true;
      for (Word a : adjectives) {
        if (reading(a, n) == null) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }

  /** The adjective's reading in the noun reading's case, gender and number, or null. */
  static Reading reading(Word adjective, Reading noun) {
    String c = caseOf(noun);
    if (c == null) return null;
    boolean plural = noun.hasTag("p");
    String g = gender(noun);
    for (Reading a : adjective.readings) {
      if (!a.partOfSpeech().equals("adj") || !a.hasTag(c)) continue;
      if (plural ? a.hasTag("p") : (g != null && a.hasTag(g))) return a;
    }
    return null;
  }

  /** Some reading of the adjective agrees with some reading of the noun. */
  static Reading any(Word adjective, Word noun) {
    for (Reading n : noun.readings) {
      if (!n.partOfSpeech().equals("noun")) continue;
      Reading a = reading(adjective, n);
      if (a != null) return a;
    }
    return null;
  }

  static String caseOf(Reading r) {
    for (String c : CASES) if (r.hasTag(c)) return c;
    return null;
  }

  static String gender(Reading r) {
    if (r.hasTag("m")) return "m";
    if (r.hasTag("f")) return "f";
    if (r.hasTag("n")) return "n";
    return r.hasTag("p") ? "p" : null;
  }
}
