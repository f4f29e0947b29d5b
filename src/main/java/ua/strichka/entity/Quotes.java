package ua.strichka.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotations of a text that may be names: «Полинь», «Кордон Телеком», «Металіст 1925». A
 * quotation is a name when it is short, starts with a capital (or is Latin) and reads as a noun
 * phrase, not as quoted speech («Пошукова операція триває»).
 */
final class Quotes {
  private static final int MAX_WORDS = 5;

  /**
   * One quotation: words {@code from..to} (inclusive) inside quotation marks at chars {@code
   * openAt} and {@code closeAt}.
   */
  record Quote(int from, int to, int openAt, int closeAt, boolean name) {}

  private final Map<Integer, Quote> byStart = new HashMap<>();

  Quotes(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word first = words.get(i);
      if (!first.opensQuote()) continue;
      for (int j = i; j < words.size() && j - i < 8; j++) {
        Word x = words.get(j);
        if (x.closesQuote()) {
          byStart.put(i, quote(words, i, j));
          break;
        }
        String gap = x.after;
        if (gap.indexOf('.') >= 0
            || gap.indexOf('!') >= 0
            || gap.indexOf('?') >= 0
            || gap.indexOf('\n') >= 0
            || (j > i && x.opensQuote())) break;
      }
    }
  }

  /** The quotation whose first word is word {@code i}, or null. */
  Quote startingAt(int i) {
    return byStart.get(i);
  }

  private static Quote quote(List<Word> words, int from, int to) {
    Word first = words.get(from);
    Word last = words.get(to);
    int openAt =
        first.start() - (first.before.length() - first.before.stripTrailing().length()) - 1;
    int closeAt = last.end() + (last.after.length() - last.after.stripLeading().length());
    boolean name = to - from < MAX_WORDS && (first.capitalized || first.latin || first.isNumber());
    for (int k = from; name && k <= to; k++) {
      Word x = words.get(k);
      if (k < to && !x.after.isBlank() && !x.after.strip().equals("-")) name = false;
      // a finite verb makes it speech, unless the name is one or two words («Повернися живим»)
      if (to - from >= 2 && x.hasReading() && x.functionWordOnly() && x.verb()) name = false;
    }
    return new Quote(from, to, openAt, closeAt, name);
  }
}
