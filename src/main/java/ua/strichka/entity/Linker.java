package ua.strichka.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ua.strichka.entity.Candidate.Rule;

/**
 * Ties short mentions to the full names the same article uses: a surname to the person named in
 * full («Корошець» → Матея Корошець), a quoted name to the company with its legal form («Кордон
 * Телеком» → ТОВ «Кордон Телеком»), a bare head to the organisation («Рада» → Верховна Рада
 * України), an abbreviation to the name it abbreviates («ОВА» → Харківська обласна військова
 * адміністрація). It also finds the surnames a sentence start hid from the rules.
 */
final class Linker {
  private static final Set<String> FUNCTION_WORDS =
      Set.of("з", "із", "зі", "та", "і", "й", "у", "в", "при", "імені", "of", "the", "and", "for");

  /** A chosen span and its canonical name, which linking may replace. */
  static final class Named {
    final Candidate candidate;
    String name;

    Named(Candidate candidate, String name) {
      this.candidate = candidate;
      this.name = name;
    }
  }

  private Linker() {}

  /**
   * Surnames of people named in full, found where no rule found them (at a sentence start, where a
   * capital proves nothing): every capitalised word whose lemma is such a surname.
   */
  static List<Candidate> surnames(List<Word> words, List<Named> named) {
    Map<String, Integer> lastNames = new HashMap<>();
    for (Named n : named) {
      Candidate c = n.candidate;
      if (c.type() == EntityType.PER && c.to() - c.from() >= 2) {
        for (String k : words.get(c.to() - 1).keys) lastNames.putIfAbsent(k, c.to() - 1);
      }
    }
    List<Candidate> found = new ArrayList<>();
    if (lastNames.isEmpty()) return found;
    boolean[] covered = new boolean[words.size()];
    for (Named n : named)
      for (int i = n.candidate.from(); i < n.candidate.to(); i++) covered[i] = true;
    for (Word x : words) {
      if (covered[x.index] || !x.capitalized || x.upper || x.initial) continue;
      for (String k : x.keys) {
        if (lastNames.containsKey(k) && x.index != lastNames.get(k)) {
          found.add(
              new Candidate(
                  x.index, x.index + 1, x.start(), x.end(), EntityType.PER, Rule.SURNAME, 1, null));
          break;
        }
      }
    }
    return found;
  }

  /** Replaces the names of short mentions by the full names they stand for. */
  static void link(List<Named> named, List<Word> words) {
    for (Named n : named) {
      Candidate c = n.candidate;
      if (c.known() != null && c.rule() != Rule.QUOTED) continue;
      if (c.type() == EntityType.PER && c.to() - c.from() == 1) {
        Named full = fullPerson(named, words.get(c.from()));
        if (full != null) n.name = full.name;
      } else if (c.type() == EntityType.ORG) {
        Named full = fullOrganisation(named, n, words);
        if (full != null) n.name = full.name;
      }
    }
  }

  private static Named fullPerson(List<Named> named, Word surname) {
    for (Named m : named) {
      Candidate c = m.candidate;
      if (c.type() != EntityType.PER || m.name.indexOf(' ') < 0) continue;
      String last = m.name.substring(m.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      if (surname.keys.contains(last) || surname.lower.equals(last)) return m;
    }
    return null;
  }

  private static Named fullOrganisation(List<Named> named, Named short_, List<Word> words) {
    String name = short_.name;
    Candidate c = short_.candidate;
    Word first = words.get(c.from());
    for (Named m : named) {
      if (m == short_ || m.candidate.type() != EntityType.ORG || m.name.length() <= name.length()) {
        continue;
      }
      // «Кордон Телеком» → ТОВ «Кордон Телеком»
      if (m.name.endsWith("«" + name + "»")) return m;
      // «ОВА» → Харківська обласна військова адміністрація
      if (first.upper && c.to() - c.from() == 1 && acronym(m.name).endsWith(first.text)) return m;
    }
    // «Рада» → Верховна Рада України, the latest organisation with that head before it
    if (c.to() - c.from() == 1 && !first.upper && first.capitalized) {
      Named latest = null;
      for (Named m : named) {
        if (m == short_ || m.candidate.type() != EntityType.ORG) continue;
        if (m.candidate.start() > c.start() && latest != null) break;
        for (String word : m.name.split(" ")) {
          if (word.equalsIgnoreCase(name) && !m.name.equals(name)) latest = m;
        }
      }
      return latest;
    }
    return null;
  }

  /** «Харківська обласна військова адміністрація» → ХОВА. */
  static String acronym(String name) {
    StringBuilder b = new StringBuilder();
    for (String word : name.split("[\\s«»]+")) {
      if (word.isEmpty() || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) continue;
      b.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
    }
    return b.toString();
  }
}
