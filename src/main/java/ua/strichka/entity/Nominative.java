package ua.strichka.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ua.strichka.text.Inflector;
import ua.strichka.text.Reading;

/**
 * The canonical nominative of a Ukrainian name found in the text.
 *
 * <ul>
 *   <li>People: every part of the name in the nominative, the surname in the first name's gender:
 *       «Марком Рютте» → Марк Рютте, «Ірини Лозинської» → Ірина Лозинська; initials and particles
 *       as written.
 *   <li>Places and organisations: the head noun and the adjectives agreeing with it go to the
 *       nominative, what depends on the head stays as written: «Харківської області» → Харківська
 *       область, «Міністерства оборони Японії» → Міністерство оборони Японії, «вулиці Калиновій» →
 *       вулиця Калинова.
 *   <li>Words the dictionary does not know stay as written (foreign and indeclinable names), except
 *       the common case endings of a man's surname after a first name in the same case.
 * </ul>
 */
final class Nominative {
  private static final String[] CASES = {
    "v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"
  };

  private final Inflector inflector = Inflector.ukrainian();
  private final Cues cues;

  Nominative(Cues cues) {
    this.cues = cues;
  }

  private static final Pattern PARTY = Pattern.compile(".*\\(\\s*б\\s*\\).*");

  /** The canonical name of a candidate over {@code words} of {@code text}. */
  String of(Candidate c, List<Word> words, String text) {
    if (c.known() != null) return c.known().name();
    if (c.rule() == Candidate.Rule.SETTLEMENT
        && c.to() - c.from() > 1
        && PlaceRules.abbreviatedSettlement(words.get(c.from()))) {
      // «с. Комарів» names Комарів: the short designation is in the span, not in the name
      Word name = words.get(c.from() + 1);
      return of(
          new Candidate(
              c.from() + 1, c.to(), name.start(), c.end(), c.type(), c.rule(), c.weight(), null),
          words,
          text);
    }
    Word first = words.get(c.from());
    if (c.type() == EntityType.ORG
        && c.to() - c.from() > 1
        && Character.isDigit(first.text.charAt(0))
        && MilitaryUnits.UNIT_NUMBER.matcher(first.text).matches()) {
      // «47-ї окремої бригади» → 47 окрема бригада: the ordinal's ending follows the case and the
      // numeral's last word, so the number alone stands for it and every form links to one name
      Word rest = words.get(c.from() + 1);
      String name =
          of(
              new Candidate(
                  c.from() + 1,
                  c.to(),
                  rest.start(),
                  c.end(),
                  c.type(),
                  c.rule(),
                  c.weight(),
                  null),
              words,
              text);
      String digits = first.text.substring(0, first.text.indexOf('-'));
      return digits + " " + name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
    String span = text.substring(c.start(), c.end());
    List<Word> ws = words.subList(c.from(), c.to());
    if (span.startsWith("«") && span.endsWith("»") && span.indexOf('«', 1) < 0) {
      return capitalizeFirst(phrase(ws, words, c.to()));
    }
    int open = span.indexOf('«');
    if (open > 0) {
      // «ТОВ «Кордон Телеком»», «асоціації «IT Ukraine»»: the words before the quotation
      // inflect, the quoted name stays as written
      int quoted = 0;
      while (quoted < ws.size() && ws.get(quoted).start() < c.start() + open) quoted++;
      String head = phrase(ws.subList(0, quoted), words, c.from() + quoted);
      String joined = head + " " + span.substring(open);
      return c.type() == EntityType.LOC ? joined : capitalizeFirst(joined);
    }
    if (c.rule() == Candidate.Rule.SETTLEMENT && nominative(ws)) return joined(ws); // «села Мачухи»
    String full = PlaceRules.ABBREVIATED_HEADS.get(ws.getFirst().lower);
    if (c.rule() == Candidate.Rule.STREET && full != null && ws.size() > 1) {
      // «вул. Сумській» → вулиця Сумська: the designation spelt out, its adjective agreeing
      List<Word> rest = ws.subList(1, ws.size());
      if (rest.size() == 1 && UkrainianRules.adjective(rest.getFirst())) {
        String agreeing = adjectivesWith(rest, full);
        return full + " " + agreeing.substring(0, agreeing.length() - full.length() - 1);
      }
      return full + " " + joined(rest);
    }
    if (c.type() == EntityType.LOC && ws.size() == 1) {
      String district = district(ws.getFirst());
      if (district != null) return district;
      Word only = ws.getFirst();
      boolean listed =
          c.rule() == Candidate.Rule.PLACE
              && UkrainianRules.adjective(only)
              && (only.after.strip().equals(",")
                  || c.to() < words.size() && words.get(c.to()).conjunction()
                  || c.from() > 0 && words.get(c.from() - 1).conjunction()); // «… і Сумську»
      if (listed) return ellipsis(ws, words, c.to()); // «Ізюмському (та Золочівському районах)»
    }
    if (c.rule() == Candidate.Rule.ABBREVIATION && PARTY.matcher(span).matches()) {
      // «РКП ( б )», «ЦК КП(б)У»: the party's bracket as it is usually written
      return span.replaceAll("\\s*([()])\\s*", "$1").strip();
    }
    if (c.rule() == Candidate.Rule.ABBREVIATION && ws.getFirst().upper && ws.size() > 1) {
      // «ДАБІ України», «УДМС України в Одеській області»: the complements keep their cases
      return joined(ws);
    }
    String name = c.type() == EntityType.PER ? person(ws) : phrase(ws, words, c.to());
    return c.type() == EntityType.ORG ? capitalizeFirst(name) : name;
  }

  private static boolean nominative(List<Word> ws) {
    for (Word x : ws) if (x.hasReading() && !x.has("v_naz")) return false;
    return true;
  }

  /**
   * «Стрийщина» → Стрийський район: a region named after its centre, not an oblast (those are in
   * the gazetteer), is the district around it.
   */
  private static String district(Word x) {
    for (Reading r : x.readings) {
      String lemma = r.lemma();
      if (r.isProper() && lemma.endsWith("щина") && lemma.length() > 6) {
        return lemma.substring(0, lemma.length() - 4) + "ський район";
      }
    }
    return null;
  }

  // ---- people

  private String person(List<Word> ws) {
    String caseTag = sharedCase(ws);
    String gender = null;
    for (Word x : ws) {
      Reading r = personReading(x, caseTag, null, "fname");
      if (r != null) {
        gender = Agreement.gender(r);
        break;
      }
    }
    List<String> parts = new ArrayList<>();
    Word surname = ws.getLast();
    for (Word x : ws) {
      if (x.initial) {
        parts.add(x.text + ".");
        continue;
      }
      if (!x.capitalized) {
        parts.add(x.text);
        continue;
      }
      if (x.upper && PersonRules.ROMAN.matcher(x.text).matches()) {
        parts.add(x.text); // «Казимира III»: a ruler's number as written
        continue;
      }
      if (!parts.isEmpty() && PersonRules.PARTICLES.contains(parts.getLast())) {
        parts.add(x.text); // «А. де Барі»: a surname after a particle is foreign, indeclinable
        continue;
      }
      if (x.upper) {
        parts.add(x.text.charAt(0) + x.lower.substring(1)); // «Ганна КОВАЛЬЧУК» → Ковальчук
        continue;
      }
      Reading r = personReading(x, caseTag, gender, null);
      String form;
      if (r != null) {
        form =
            r.partOfSpeech().equals("adj") ? inflector.nominative(r).orElse(r.lemma()) : r.lemma();
      } else if (!x.hasReading()) {
        form = "m".equals(gender) && x == surname ? mansSurname(x.text, caseTag) : x.text;
      } else {
        form = x.text;
      }
      parts.add(shape(form, x));
    }
    return String.join(" ", parts);
  }

  /**
   * The case all inflected parts of a name share, nominative first, singular readings only (a
   * vocative or a plural is not how news names people); failing that, the first name's case.
   */
  private static String sharedCase(List<Word> ws) {
    String firstNames = null;
    for (String c : CASES) {
      if (c.equals("v_kly")) continue;
      boolean all = true;
      boolean any = false;
      for (Word x : ws) {
        if (!x.hasReading() || x.initial || !x.capitalized) continue;
        boolean has = false;
        boolean person = false;
        for (Reading r : x.readings) {
          if (!r.hasTag(c) || r.hasTag("p") || !(r.isProper() || !x.proper())) continue;
          has = true;
          person |= r.hasTag("fname");
        }
        if (person && firstNames == null) firstNames = c;
        if (x.proper() || x.hasReading()) any = true;
        if (!has) all = false;
      }
      if (any && all) return c;
    }
    return firstNames;
  }

  private static Reading personReading(Word x, String caseTag, String gender, String kind) {
    Reading fallback = null;
    for (Reading r : x.readings) {
      if (caseTag != null && !r.hasTag(caseTag) || r.hasTag("v_kly") || r.hasTag("p")) continue;
      if (gender != null && !gender.equals(Agreement.gender(r)) && !r.hasTag("nv")) continue;
      if (kind != null && !r.hasTag(kind)) continue;
      if (r.isProper()) return r;
      if (fallback == null && (r.partOfSpeech().equals("noun") || r.partOfSpeech().equals("adj"))) {
        fallback = r;
      }
    }
    return kind != null ? null : fallback;
  }

  /** «Міллса» → Міллс, «Гуннлаугссоном» → Гуннлаугссон: a foreign man's surname in a case. */
  static String mansSurname(String word, String caseTag) {
    if (caseTag == null || caseTag.equals("v_naz")) return word;
    String[] endings =
        switch (caseTag) {
          case "v_rod", "v_zna" -> new String[] {"а", "я"};
          case "v_dav", "v_mis" -> new String[] {"ові", "еві", "у", "ю"};
          case "v_oru" -> new String[] {"ом", "ем", "єм"};
          default -> new String[0];
        };
    for (String e : endings) {
      if (word.endsWith(e) && word.length() > e.length() + 2) {
        String stem = word.substring(0, word.length() - e.length());
        return e.equals("я") || e.equals("ю") || e.equals("єм") ? stem + "ь" : stem;
      }
    }
    return word;
  }

  // ---- places and organisations

  /**
   * A noun phrase in the nominative: the head and its agreeing adjectives inflected, the rest as
   * written. {@code next} is the word after the phrase, for an adjective whose head was left out
   * («Миколаївської та Херсонської областей»).
   */
  private String phrase(List<Word> ws, List<Word> all, int next) {
    int head = -1;
    for (int i = 0; i < ws.size(); i++) {
      Word x = ws.get(i);
      if (!x.hasReading() || x.upper) continue;
      if (UkrainianRules.noun(x) && !qualifies(ws, i)) {
        head = i;
        break;
      }
      if (!UkrainianRules.adjective(x) && !x.ordinal()) break; // «третій Харківській гімназії»
    }
    if (head < 0) return ellipsis(ws, all, next);
    Reading headReading = headReading(ws, head);
    if (headReading != null && headReading.hasTag("p") && head > 0 && singular(ws.get(head - 1))) {
      // «Синельниківському районах»: one of several districts, in the singular
      return ellipsis(ws.subList(0, head), all, next - (ws.size() - head));
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      Word x = ws.get(i);
      String form = x.text;
      if (headReading != null && (i < head || i > head && following(ws, head, i))) {
        Reading a = Agreement.reading(x, headReading);
        if (a != null) form = inflector.nominative(a).orElse(x.text);
      } else if (i == head && headReading != null) {
        form = inflector.nominative(headReading).orElse(headReading.lemma());
      }
      parts.add(shape(form, x));
      if (i + 1 < ws.size()) parts.add(separator(x));
    }
    return String.join("", parts).strip();
  }

  /**
   * Whether word {@code i} is an adjective qualifying a noun further on («Дніпровського
   * національного університету») rather than a noun itself («збірної України», «Дніпровське» the
   * village).
   */
  private boolean qualifies(List<Word> ws, int i) {
    Word x = ws.get(i);
    if (!UkrainianRules.adjective(x)) return false;
    if (x.lemma(cues.orgHeads) || x.lemma(cues.placeHeadsAfter)) return false;
    for (int k = i + 1; k < ws.size(); k++) {
      Word n = ws.get(k);
      if (n.capitalized && n.proper() && !x.capitalized) return false;
      if (UkrainianRules.noun(n) && !(UkrainianRules.adjective(n) && qualifies(ws, k))) {
        // «Золочівському районах»: one of a list sharing a plural designation
        boolean listed = n.has("p") && n.lemma(cues.placeHeadsAfter) && singular(x);
        return listed || Agreement.any(x, n) != null;
      }
      if (!UkrainianRules.adjective(n)) return false;
    }
    return false;
  }

  private static boolean singular(Word adjective) {
    for (Reading r : adjective.readings) {
      if (r.partOfSpeech().equals("adj") && r.hasTag("p")) return false;
    }
    return UkrainianRules.adjective(adjective);
  }

  /** Adjectives right after the head that agree with it: «вулиці Калиновій». */
  private static boolean following(List<Word> ws, int head, int i) {
    for (int k = head + 1; k <= i; k++) {
      Word x = ws.get(k);
      if (!UkrainianRules.adjective(x) || !x.capitalized) return false;
    }
    return true;
  }

  /**
   * «Миколаївської» before «та Херсонської областей»: the adjective, in the singular, with the head
   * the list shares; «Харківської ОВА»: with the abbreviation spelt out.
   */
  private String ellipsis(List<Word> ws, List<Word> all, int next) {
    Word last = ws.getLast();
    String expansion = cues.expansions.get(last.text);
    if (expansion != null && ws.size() > 1) {
      return adjectivesWith(ws.subList(0, ws.size() - 1), expansion);
    }
    if (ws.size() == 1 && UkrainianRules.adjective(ws.getFirst())) {
      for (int k = next; k < all.size() && k < next + 6; k++) {
        Word h = all.get(k);
        if (UkrainianRules.noun(h) && h.lemma(cues.placeHeadsAfter)) {
          String head = lemmaIn(h, cues.placeHeadsAfter);
          return adjectivesWith(ws, head);
        }
      }
      // «областей України: Одеську, Херсонську …»: the designation named once before the list
      for (int k = next - 2; k >= 0 && k >= next - 12; k--) {
        Word h = all.get(k);
        if (UkrainianRules.noun(h) && h.lemma(PlaceRules.AREAS)) {
          return adjectivesWith(ws, lemmaIn(h, PlaceRules.AREAS));
        }
        if (h.sentenceStart()) break;
      }
    }
    return joined(ws);
  }

  /** Adjectives in the nominative singular before a head given in the nominative. */
  private String adjectivesWith(List<Word> adjectives, String head) {
    String headWord = head.split(" ")[head.split(" ").length - 1];
    String gender = null;
    for (Reading r :
        ua.strichka.text.Lemmatizer.of(ua.strichka.text.Language.UK).readings(headWord)) {
      if (r.partOfSpeech().equals("noun") && r.hasTag("v_naz") && !r.hasTag("p")) {
        gender = Agreement.gender(r);
        break;
      }
    }
    if (gender == null) return joined(adjectives) + " " + head;
    List<String> parts = new ArrayList<>();
    for (Word a : adjectives) {
      String form = a.text;
      for (Reading r : a.readings) {
        if (r.partOfSpeech().equals("adj") && r.hasTag(gender) && !r.hasTag("p")) {
          Optional<String> n = inflector.nominative(r);
          if (n.isPresent()) {
            form = n.get();
            break;
          }
        }
      }
      parts.add(shape(form, a));
    }
    return String.join(" ", parts) + " " + head;
  }

  private static String lemmaIn(Word x, Set<String> set) {
    for (String k : x.keys) if (set.contains(k)) return k;
    return x.lower;
  }

  /** The head's reading agreeing with every adjective before it; singular preferred. */
  private static Reading headReading(List<Word> ws, int head) {
    Reading best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Reading r : ws.get(head).readings) {
      if (!r.partOfSpeech().equals("noun") || Agreement.caseOf(r) == null) continue;
      int score = 0;
      for (int i = 0; i < head; i++) {
        if (Agreement.reading(ws.get(i), r) != null) score += 10;
      }
      for (int i = head + 1; i < ws.size() && following(ws, head, i); i++) {
        if (Agreement.reading(ws.get(i), r) != null) score += 10; // «вулиці Сумської»
      }
      if (!r.hasTag("p")) score += 3;
      if (!r.hasTag("anim")) score += 1;
      if (r.hasTag("v_naz")) score += 1;
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return best;
  }

  // ---- spelling

  /** The form written as the original word: capitals, all capitals or lower case. */
  static String shape(String form, Word original) {
    if (form.isEmpty()) return form;
    if (original.upper) return original.text;
    if (original.capitalized) {
      return form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
    }
    if (original.text.equals(original.lower)) return form.toLowerCase(Locale.ROOT);
    return form;
  }

  private static String separator(Word x) {
    String a = x.after;
    String s = a.strip();
    if (a.isEmpty() && s.isEmpty()) return "";
    if (s.equals("-")) return a.startsWith(" ") ? " - " : "-";
    if (s.equals("—") || s.equals("–")) return " — ";
    if (s.equals(".")) return ". ";
    if (s.equals(",")) return ", ";
    if (s.equals("№")) return " № ";
    return " ";
  }

  private static String joined(List<Word> ws) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ws.size(); i++) {
      b.append(ws.get(i).text);
      if (i + 1 < ws.size()) b.append(separator(ws.get(i)));
    }
    return b.toString().strip();
  }

  static String capitalizeFirst(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.codePointAt(0))) return s;
    int n = Character.charCount(s.codePointAt(0));
    return s.substring(0, n).toUpperCase(Locale.ROOT) + s.substring(n);
  }
}
