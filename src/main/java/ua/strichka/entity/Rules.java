package ua.strichka.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ua.strichka.entity.Candidate.Rule;
import ua.strichka.text.Language;

/**
 * What the span rules share while they read one text: its words and quotations, the resources, the
 * candidates found so far, and the tests every rule asks of a word.
 */
abstract class Rules {
  /**
   * Documents whose title carries a country («Законом України «Про освіту»», «Конституції
   * України»): the country there is part of a title, not a place the text speaks of.
   */
  static final Set<String> DOCUMENT_HEADS = Set.of("закон", "кодекс", "конституція");

  static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "в", "у", "на", "до", "з", "із", "зі", "біля", "поблизу", "під", "через", "від", "над");

  static final Set<String> CONJUNCTIONS = Set.of("і", "та", "й");

  final List<Word> w;
  final Cues cues;
  final NounClasses classes;
  final Gazetteer gazetteer;
  final Quotes quotes;

  /** The candidates found so far, by every rule. */
  final List<Candidate> out;

  /** Quoted names some rule typed as organisations, by lemma, for their other mentions. */
  final java.util.Map<String, EntityType> quotedTypes;

  /** Quoted names a cue word typed («газеті «Полтавщина»»): they outweigh a place's name. */
  final Set<String> cueTyped;

  /** {@link #orgHeadLemma} by word index: null not yet known, "" none. */
  final String[] orgHeads;

  /** The state of a new text. */
  Rules(List<Word> words, Cues cues, NounClasses classes, Gazetteer gazetteer) {
    this.w = words;
    this.cues = cues;
    this.classes = classes;
    this.gazetteer = gazetteer;
    this.quotes = new Quotes(words);
    this.out = new ArrayList<>();
    this.quotedTypes = new java.util.HashMap<>();
    this.cueTyped = new java.util.HashSet<>();
    this.orgHeads = new String[words.size()];
  }

  /** The state another rule set already reads: the same text, candidates and caches. */
  Rules(Rules shared) {
    this.w = shared.w;
    this.cues = shared.cues;
    this.classes = shared.classes;
    this.gazetteer = shared.gazetteer;
    this.quotes = shared.quotes;
    this.out = shared.out;
    this.quotedTypes = shared.quotedTypes;
    this.cueTyped = shared.cueTyped;
    this.orgHeads = shared.orgHeads;
  }

  /** Remembers how a quoted name was typed, for its mentions without a cue. */
  void remember(Quotes.Quote q, EntityType type) {
    quotedTypes.putIfAbsent(quoteKey(q), type);
  }

  String quoteKey(Quotes.Quote q) {
    StringBuilder b = new StringBuilder();
    for (int k = q.from(); k <= q.to(); k++)
      b.append(lemmaOf(w.get(k)).toLowerCase(java.util.Locale.ROOT)).append(' ');
    return b.toString();
  }

  /** After «№», its number: «ліцей № 52». */
  int numbered(int j) {
    if (j < w.size() && w.get(j).isNumber() && w.get(j - 1).after.strip().equals("№")) return j + 1;
    return j;
  }

  /**
   * An adjective made from a place's name («Харківська», «Луцький», «Запорізька»): the suffixes
   * -ськ-, -цьк-, -зьк- of Ukrainian toponymic adjectives.
   */
  static boolean placeAdjective(Word x) {
    String lemma = x.hasReading() ? lemmaOf(x) : x.lower;
    return lemma.matches(".*(ськ|цьк|зьк)(ий|а|е|і|ого|ої|ому|ій|им|их|ими|у|ою)");
  }

  static ua.strichka.text.Lemmatizer lemmatizer() {
    return ua.strichka.text.Lemmatizer.of(Language.UK);
  }

  /** Endings of adjectives, for words the dictionary lacks: they never name on their own. */
  static boolean adjectiveEnding(String word) {
    return word.matches(".*(ськ|цьк|зьк|ов|ев|ів|їв|ин|ін|ьк|н)(ий|ого|ому|им|ім|ої|ій|ою|их|ими)");
  }

  /** Ukrainian surname endings, for names the dictionary does not know. */
  static boolean surnameLike(String word) {
    return word.matches(
        ".*(енко|ук|юк|чук|щук|ський|цький|ська|цька|ович|евич|ишин|ін|ов|ев|єв|ова|ева|іна|як|ак|ко)");
  }

  /**
   * An all-capitals Cyrillic word that may name something: Ukrainian news abbreviates mostly
   * organisations, so any abbreviation of 2–6 letters that is not a common noun («ППО», «ДТП») or a
   * Roman numeral. A word the dictionary knows only as an ordinary word is shouted, not
   * abbreviated: a heading («НОВИНИ ДНЯ») or a surname in a signature («О. П. КОВАЛЕНКО»).
   */
  boolean abbreviationName(Word x) {
    if (!x.upper
        || x.latin
        || x.text.matches("[IVXLCDMХ]+")
        || cues.notNames.contains(x.text)
        || x.text.matches(".*\\d.*")) {
      return false;
    }
    int letters = x.text.codePointCount(0, x.text.length());
    if (letters < 2 || letters > 6) return false;
    return !x.hasReading() || x.has("abbr") || x.proper("geo") && !x.common();
  }

  boolean orgHead(Word x) {
    if (!noun(x) || orgHeadLemma(x) == null) return false;
    if (x.lemma(cues.orgCues) && !x.lemma(cues.orgHeads)) return false; // «Агрохолдинг» describes
    return !(x.capitalized && x.proper("fname") && !x.lower.startsWith("рад"));
  }

  /** The organisation head a word's lemma is, or null; computed once per word. */
  String orgHeadLemma(Word x) {
    String known = orgHeads[x.index];
    if (known == null) {
      String found = lemmaIn(x, cues.orgHeads);
      orgHeads[x.index] = known = found == null ? "" : found;
    }
    return known.isEmpty() ? null : known;
  }

  /**
   * The word's lemma from {@code set}, also as the end of a compound: «кіноакадемія» is an
   * «академія», «IT-кластер» a «кластер».
   */
  static String lemmaIn(Word x, Set<String> set) {
    for (String k : x.keys) if (set.contains(k)) return k;
    for (String k : x.keys) {
      int hyphen = k.lastIndexOf('-');
      if (hyphen > 0 && set.contains(k.substring(hyphen + 1))) return k.substring(hyphen + 1);
      for (int cut = 2; cut <= 6 && cut < k.length() - 4; cut++) {
        if (set.contains(k.substring(cut)) && k.substring(cut).length() >= 5)
          return k.substring(cut);
      }
    }
    return null;
  }

  /** An adjective that can be part of a name: not a pronoun («та», «цей»), not a number. */
  static boolean adjective(Word x) {
    return x.adjective() || x.ordinal() && x.capitalized;
  }

  static boolean onlyAdjective(Word x) {
    return x.anyAdjective() && !x.noun();
  }

  static boolean noun(Word x) {
    return x.noun();
  }

  boolean genitive(Word x) {
    return x.inCase("v_rod") && !x.isNumber();
  }

  static String lemmaOf(Word x) {
    return x.readings.isEmpty() ? x.text : x.readings.getFirst().lemma();
  }

  void add(int from, int to, EntityType type, Rule rule, int weight, Entity known) {
    if (to <= from) return;
    int end = w.get(to - 1).end();
    if (type == EntityType.ORG) end = withAbbreviation(to, end);
    out.add(new Candidate(from, to, w.get(from).start(), end, type, rule, weight, known));
  }

  /**
   * «Дитячий фонд ООН (ЮНІСЕФ)»: an organisation's abbreviation in brackets right after its name
   * belongs to the mention (not to its canonical name); otherwise {@code end} as it was.
   */
  int withAbbreviation(int to, int end) {
    if (to >= w.size() || !w.get(to - 1).after.strip().equals("(")) return end;
    Word x = w.get(to);
    String after = x.after.stripLeading();
    if (!after.startsWith(")") || x.text.length() > 8 || !x.text.equals(x.text.toUpperCase())) {
      return end;
    }
    if (x.text.codePointCount(0, x.text.length()) < 2 || !Character.isLetter(x.text.charAt(0))) {
      return end;
    }
    return x.end() + x.after.indexOf(')') + 1;
  }

  void addQuoted(int from, int lastWord, EntityType type, Rule rule, int weight, Quotes.Quote q) {
    addQuoted(from, lastWord, type, rule, weight, q, null);
  }

  /**
   * A span that ends with a quoted name, closing quotation mark included (and the opening one when
   * the span starts with it).
   */
  void addQuoted(
      int from,
      int lastWord,
      EntityType type,
      Rule rule,
      int weight,
      Quotes.Quote q,
      Entity known) {
    int start = from == q.from() ? q.openAt() : w.get(from).start();
    out.add(new Candidate(from, lastWord + 1, start, q.closeAt() + 1, type, rule, weight, known));
  }
}
