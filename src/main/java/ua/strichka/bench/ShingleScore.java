package ua.strichka.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body metric of extraction benchmarks: word tokens (runs of Unicode letters, digits and
 * underscore), shingles of 4 consecutive tokens, and true/false positives and false negatives over
 * the two shingle multisets. Texts shorter than 4 tokens count as one shingle of all their tokens.
 *
 * @param tp shingles in both texts (multiset intersection)
 * @param fp shingles only in the extracted text
 * @param fn shingles only in the expected text
 */
public record ShingleScore(int tp, int fp, int fn) {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SIZE = 4;

  public static ShingleScore of(String expected, String extracted) {
    Map<String, Integer> want = shingles(expected);
    Map<String, Integer> got = shingles(extracted);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      int w = want.getOrDefault(e.getKey(), 0);
      tp += Math.min(w, e.getValue());
      fp += Math.max(0, e.getValue() - w);
    }
    for (Map.Entry<String, Integer> e : want.entrySet()) {
      fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
    }
    return new ShingleScore(tp, fp, fn);
  }

  /** Precision; an empty extraction of an empty page is perfect, of a real page worthless. */
  public double precision() {
    return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = TOKEN.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) return out;
    if (t.size() < SIZE) {
      out.merge(String.join(" ", t), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + SIZE <= t.size(); i++) {
      out.merge(String.join(" ", t.subList(i, i + SIZE)), 1, Integer::sum);
    }
    return out;
  }
}
