package ua.strichka.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether words in a line are someone's reported words, not the line's own: «"Join our fight," the
 * mayor said.», «Мер закликав: «Підпишіться на наш канал», — сказав він.», "He told reporters to
 * click here to…". A site's call to subscribe or share is addressed to the reader and says so
 * itself; a news text quotes such calls (a mayor's, a ministry's) and says who made them. Asked
 * only of the few short lines a call's phrase was found in, so plain regexes serve.
 */
final class ReportedSpeech {
  private ReportedSpeech() {}

  /**
   * Verbs that report speech or writing, whole words: outside the quotation marks, they say the
   * quoted words are someone's.
   */
  private static final Pattern SPEECH_VERB =
      Pattern.compile(
          "(?iU)(?<!\\p{L})(?:said|says|say|told|tells|wrote|writes|added|adds|urged|urges|asked|asks|"
              + "stated|posted|tweeted|declared|insisted|explained|announced|noted|pleaded|according to|"
              + "сказав|сказала|сказали|каже|кажуть|заявив|заявила|заявили|заявляє|заявляють|"
              + "написав|написала|написали|пише|пишуть|закликав|закликала|закликали|закликає|"
              + "закликають|додав|додала|додали|зазначив|зазначила|зазначили|наголосив|наголосила|"
              + "наголосили|повідомив|повідомила|повідомили|розповів|розповіла|розповіли|"
              + "звернувся|звернулася|звернулися|попросив|попросила|попросили|відповів|відповіла|"
              + "говорить|йдеться|ідеться|наголошує|зазначає|додає|пояснює|пояснив|пояснила|"
              + "повідомляє|розповідає|звертається|"
              + "сказал|сказала|заявил|заявила|написал|написала|призвал|призвала|призвали|"
              + "призывает|добавил|добавила|отметил|отметила|сообщил|сообщила|говорит|пишет|"
              + "попросил|говорится)(?!\\p{L})");

  /**
   * Verbs that report a request made to others, whole words: "He told reporters to click here to…",
   * «Мер закликав мешканців підписатися на наш канал». Before the call's words, they make the call
   * someone's reported request, quoted or not.
   */
  private static final Pattern REQUEST_VERB =
      Pattern.compile(
          "(?iU)(?<!\\p{L})(?:told|tells|urged|urges|asked|asks|called on|calls on|encouraged|"
              + "encourages|закликав|закликала|закликали|закликає|закликають|попросив|попросила|"
              + "попросили|порадив|порадила|призвал|призвала|призвали|призывает|попросил)(?!\\p{L})");

  /**
   * Direct speech without quotation marks, the way Ukrainian and Russian print it: the words, then
   * a comma or a mark and a dash, then the verb in the next two words («Підпишіться на наш канал, —
   * закликав мер.», «…, – каже він»).
   */
  private static final Pattern SPEECH_DASH =
      Pattern.compile("(?U)[,!?…]\\s*[—–-]\\s+(?:\\w+\\s+)?(\\w+)");

  /**
   * Whether the words at {@code at} of {@code line} are reported: inside quotation marks in a line
   * that names the act of saying outside them, before a dash that does, or after a verb of request.
   */
  static boolean reports(String line, int at) {
    if (quoted(line, at) && SPEECH_VERB.matcher(outsideQuotes(line)).find()) return true;
    Matcher dash = SPEECH_DASH.matcher(line);
    while (dash.find()) {
      if (dash.start() > at && SPEECH_VERB.matcher(dash.group()).find()) return true;
    }
    Matcher request = REQUEST_VERB.matcher(line);
    return request.find() && request.end() <= at && oneSentence(line, request.end(), at);
  }

  /**
   * No sentence ends between {@code from} and {@code to}: a request reported in one sentence says
   * nothing of a call in the next («Мер закликав до спокою. Підписуйтесь на наш канал»).
   */
  private static boolean oneSentence(String line, int from, int to) {
    for (int i = from; i < to; i++) if (".!?…".indexOf(line.charAt(i)) >= 0) return false;
    return true;
  }

  private static final String OPENING = "«“„";
  private static final String CLOSING = "»”";

  /** Whether {@code at} lies inside a quotation ({@link #inside}). */
  private static boolean quoted(String line, int at) {
    return inside(line)[Math.min(at, line.length())];
  }

  /**
   * For each position of {@code line} (and its end), whether it lies inside a quotation, the
   * quotation marks themselves counted in: more quotes opened than closed before it. A straight
   * {@code "} opens and closes in turn; «» nest, and „“ pair as Ukrainian and German typography set
   * them ({@code “} closes a {@code „}, and opens in English).
   */
  private static boolean[] inside(String line) {
    int n = line.length();
    boolean[] in = new boolean[n + 1];
    int depth = 0;
    boolean straight = false;
    boolean low = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      boolean mark = true;
      if (c == '"') straight = !straight;
      else if (c == '„') {
        low = true;
        depth++;
      } else if (c == '“' && low) {
        low = false;
        depth = Math.max(0, depth - 1);
      } else if (OPENING.indexOf(c) >= 0) depth++;
      else if (CLOSING.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
      else mark = false;
      in[i] = mark || straight || depth > 0;
    }
    in[n] = straight || depth > 0;
    return in;
  }

  /** The line with its quoted words blanked: where a speech verb says whose they are. */
  private static String outsideQuotes(String line) {
    boolean[] in = inside(line);
    char[] out = line.toCharArray();
    for (int i = 0; i < out.length; i++) if (in[i]) out[i] = ' ';
    return new String(out);
  }
}
