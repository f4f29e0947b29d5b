package ua.strichka.entity;

import java.util.Set;
import java.util.regex.Pattern;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * People in Ukrainian text: a first name and surname with particles («Урсула фон дер Ляєн»),
 * initials («В. І. Вернадський»), a name after a title («президент Макрон»), surnames the
 * dictionary knows only as rare adjectives.
 */
final class PersonRules extends Rules {
  PersonRules(Rules shared) {
    super(shared);
  }

  static final Set<String> PARTICLES =
      Set.of("фон", "дер", "де", "ван", "ді", "да", "ла", "ле", "дель", "бін", "аль", "ібн", "ель");

  /** A first name, perhaps a patronymic, then a surname: «Марком Рютте», «Урсула фон дер Ляєн». */
  void person(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.upper || !x.proper("fname")) return;
    if (x.sentenceStart() && x.common() && !nameLike(i + 1)) return;
    if (sharedSurname(i)) {
      add(i, i + 4, EntityType.PER, Rule.PERSON, 2, null); // «Петро і Павло Шевчуки»
      return;
    }
    int j = givenNames(i);
    if (j > i + 1) {
      add(i, j + 1, EntityType.PER, Rule.PERSON, 2, null); // «Ернст Теодор Амадей Гофман»
      return;
    }
    if (regnal(j) && w.get(j - 1).joinedToNext()) {
      // «Казимир III», «Яна III Собеського»: a ruler's number, then perhaps a surname
      boolean surname = nameLike(j + 1) && w.get(j).joinedToNext();
      add(i, surname ? j + 2 : j + 1, EntityType.PER, Rule.PERSON, 2, null);
      return;
    }
    if (j < w.size() && w.get(j).capitalized && w.get(j).proper("patr") && x.joinedToNext()) j++;
    int particles = j;
    while (particles < w.size()
        && PARTICLES.contains(w.get(particles).text)
        && w.get(particles - 1).joinedToNext()) particles++;
    if ((nameLike(particles) || shoutedSurname(particles)) && w.get(particles - 1).joinedToNext()) {
      add(i, secondSurname(particles) + 1, EntityType.PER, Rule.PERSON, 2, null);
    } else if (j > i + 1) {
      add(i, j, EntityType.PER, Rule.PERSON, 2, null); // «Людмила Іванівна»
    } else if ((!x.sentenceStart() || !x.common()) && !orgHead(x)) {
      add(i, i + 1, EntityType.PER, Rule.PERSON, 1, null);
    }
  }

  /**
   * «Емілія Бассано Ланьєр»: a second surname right after the first, one the dictionary knows only
   * as a surname or not at all; the index of the last surname.
   */
  int secondSurname(int j) {
    if (j + 1 >= w.size() || !w.get(j).joinedToNext()) return j;
    Word x = w.get(j + 1);
    boolean surname = x.proper("lname") && !x.proper("fname") && !x.proper("geo");
    boolean stranger = !x.hasReading() && !x.latin;
    return x.capitalized && !x.upper && !x.initial && (surname || stranger) ? j + 1 : j;
  }

  /** A first name that is no place and no body's head («з Ізмаїла», «Верховної Ради»). */
  private boolean firstName(Word x) {
    return x.capitalized && !x.upper && x.proper("fname") && !x.proper("geo") && !orgHead(x);
  }

  /** A first name that is not also a surname: a further given name, not the surname itself. */
  private boolean onlyGivenName(Word x) {
    return firstName(x) && !x.proper("lname");
  }

  /** «В'ячеслав і Євген Шкода»: two first names joined by «і»/«та» share one surname. */
  boolean sharedSurname(int i) {
    if (i + 3 >= w.size() || !w.get(i).joinedToNext()) return false;
    Word and = w.get(i + 1);
    Word other = w.get(i + 2);
    return (and.lower.equals("і") || and.lower.equals("та") || and.lower.equals("й"))
        && and.joinedToNext()
        && firstName(w.get(i))
        && firstName(other)
        && other.joinedToNext()
        && nameLike(i + 3)
        && !w.get(i + 3).proper("fname");
  }

  /** «Да Вінчі», «Ле Пен»: a capitalised particle inside a sentence and a surname after it. */
  void particled(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.sentenceStart() || !PARTICLES.contains(x.lower)) return;
    if (!x.joinedToNext() || !nameLike(i + 1) || w.get(i + 1).proper("fname")) return;
    add(i, i + 2, EntityType.PER, Rule.PERSON, 2, null);
  }

  static final Pattern ROMAN = Pattern.compile("[XХ]{0,2}([IІ][XХ]|[IІ]V|V?[IІ]{0,3})");

  /** Word {@code j} is a ruler's number: «II», «XIV». */
  boolean regnal(int j) {
    if (j >= w.size()) return false;
    String t = w.get(j).text;
    return !t.isEmpty() && ROMAN.matcher(t).matches();
  }

  /**
   * Where the given names from word {@code i} end, when more than one comes before a surname:
   * «Ернст Теодор Амадей Гофман» ends at «Гофман»'s index; {@code i + 1} otherwise.
   */
  int givenNames(int i) {
    if (!firstName(w.get(i))) return i + 1; // «Верховної Ради Руслан …», «з Ізмаїла Григорій …»
    int k = i + 1;
    while (k + 1 < w.size() && k - i <= 3 && w.get(k - 1).joinedToNext() && onlyGivenName(w.get(k)))
      k++;
    if (k == i + 1 || !w.get(k - 1).joinedToNext() || !nameLike(k) || w.get(k).proper("fname")) {
      return i + 1;
    }
    return k;
  }

  /**
   * «Ганна КОВАЛЬЧУК»: a surname in capitals after a first name, as press releases and signatures
   * write it; an abbreviation the dictionary or the gazetteer knows is not one («Олена ЗСУ»).
   */
  boolean shoutedSurname(int j) {
    if (j >= w.size()) return false;
    Word x = w.get(j);
    return x.upper
        && !x.latin
        && x.text.length() >= 4
        && !x.has("abbr")
        && !cues.notNames.contains(x.text)
        && gazetteer.longest(w, j, Language.UK) == null;
  }

  /** Whether word {@code j} can be a surname: capitalised, not a place, not a first name. */
  boolean nameLike(int j) {
    if (j >= w.size()) return false;
    Word x = w.get(j);
    if (!x.capitalized || x.upper || x.isNumber() || orgHead(x)) return false;
    if (x.proper("lname")) return true;
    // «Денис Гайворон»: after a first name a town's name is a surname
    if (x.proper("geo") && !(j > 0 && w.get(j - 1).proper("fname"))) return false;
    if (x.proper("fname")
        && !x.proper("lname")
        && x.joinedToNext()
        && j + 1 < w.size()
        && w.get(j + 1).capitalized) return false;
    return !x.hasReading() || x.proper() || !x.functionWordOnly();
  }

  /** «В. І. Вернадський», «А. В. Нежданової», tokenised «М . Рильський». */
  void initials(int i) {
    Word x = w.get(i);
    if (!x.initialWithDot() || (i > 0 && w.get(i - 1).initialWithDot())) return;
    int j = i;
    while (j < w.size() && w.get(j).initialWithDot() && j - i < 3) j++;
    // «А. де Барі», «Ж.-А. Ле Беля»: a particle between the initials and the surname
    if (j < w.size() && PARTICLES.contains(w.get(j).lower) && w.get(j).joinedToNext()) j++;
    boolean surname = j < w.size() && w.get(j).capitalized && !w.get(j).upper && !w.get(j).initial;
    // a signature's initials end a line: the capital word on the next one starts something else
    boolean sameLine = w.get(j - 1).after.indexOf('\n') < 0;
    if (sameLine && (surname || shoutedSurname(j))) { // «О. П. КОВАЛЕНКО» under a signed document
      add(i, j + 1, EntityType.PER, Rule.INITIALS, 2, null);
    }
  }

  /**
   * «Павлову Г. Л.», «Лагуту Я. М.»: a surname with the initials after it, as orders and minutes
   * write it. A place or a first name before a capital letter is no surname.
   */
  void initialsAfter(int i) {
    Word x = w.get(i);
    if (!x.capitalized || x.upper || x.initial || !x.joinedToNext() || i + 1 >= w.size()) return;
    if (x.hasReading() && !x.proper("lname") || x.proper("geo") && !x.proper("lname")) return;
    int j = i + 1;
    while (j < w.size() && j - i <= 2 && w.get(j).initialWithDot()) j++;
    // two initials: one capital letter after a name is as often a sentence's first word
    if (j - i != 3) return;
    Word last = w.get(j - 1);
    int end = last.end() + last.after.indexOf('.') + 1; // the last initial's full stop is its own
    out.add(new Candidate(i, j, x.start(), end, EntityType.PER, Rule.INITIALS, 2, null));
  }

  /** After a title, a capitalised word is a name: «президент Макрон», «пані Гнатишин». */
  void titled(int i) {
    if (i == 0) return;
    Word title = w.get(i - 1);
    Word x = w.get(i);
    if (title.capitalized || !title.joinedToNext() || !x.capitalized || x.upper || orgHead(x))
      return;
    if (!(title.lemma(cues.personTitles) || classes.is(lemmaOf(title), NounClasses.PROFESSION))) {
      return;
    }
    if (x.proper("geo") && !x.proper("lname") || adjective(x) && !x.proper()) return;
    int j = i + 1;
    while (j < w.size() && j - i < 3 && nameLike(j) && w.get(j - 1).joinedToNext()) j++;
    add(i, j, EntityType.PER, Rule.TITLED, 1, null);
  }

  /**
   * «гол Судакова»: a capitalised word the dictionary knows only as a rare adjective, with a
   * surname's ending and no noun to qualify.
   */
  boolean rareAdjectiveSurname(int i) {
    Word x = w.get(i);
    if (!x.text.matches(".*(ов|ев|єв|ін|їн)(а|у|им|ої|ій)?")
        || !x.anyAdjective()
        || x.noun()
        || x.verb()) return false;
    return !(i + 1 < w.size() && x.joinedToNext() && Agreement.any(x, w.get(i + 1)) != null);
  }
}
