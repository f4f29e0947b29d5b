package ua.strichka.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What dict_uk's semantic tags ({@code ua/net/nlp/dict_uk/semtags/noun.csv}, shipped in the same
 * jar as the dictionary) say a noun names: a person ({@code hum}, {@code prof}), a place ({@code
 * loc}) or an organisation ({@code org}). The tagger reads them to type proper names the morphology
 * leaves open («Шевченко» a person, «Харківщина» a place) and to recognise titles before names.
 * Only the first sense of each lemma is kept: it is the common one.
 */
final class NounClasses {
  static final String RESOURCE = "/ua/net/nlp/dict_uk/semtags/noun.csv";
  static final int HUMAN = 1;
  static final int PLACE = 2;
  static final int ORGANISATION = 4;
  static final int PROFESSION = 8;
  static final int TIME = 16;

  private static final class Holder {
    static final NounClasses BUNDLED = load();
  }

  private final Map<String, Integer> classes;

  private NounClasses(Map<String, Integer> classes) {
    this.classes = classes;
  }

  static NounClasses bundled() {
    return Holder.BUNDLED;
  }

  /** The classes of a lemma as the dictionary spells it, or 0 when it has none we read. */
  int of(String lemma) {
    return classes.getOrDefault(lemma, 0);
  }

  boolean is(String lemma, int mask) {
    return (of(lemma) & mask) != 0;
  }

  private static NounClasses load() {
    Map<String, Integer> out = new HashMap<>(100_000);
    try (InputStream in = NounClasses.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return new NounClasses(Map.of()); // an older dictionary: no semantic tags
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int comma = line.indexOf(',');
        if (comma <= 0 || line.startsWith("#")) continue;
        int end = line.indexOf(',', comma + 1);
        String senses = end < 0 ? line.substring(comma + 1) : line.substring(comma + 1, end);
        int second = senses.indexOf(":2:");
        String first = second < 0 ? senses : senses.substring(0, second);
        int mask = mask(first);
        if (mask != 0) out.merge(line.substring(0, comma), mask, (a, b) -> a | b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new NounClasses(Map.copyOf(out));
  }

  private static int mask(String sense) {
    int mask = 0;
    for (String tag : sense.split("[:&]")) {
      mask |=
          switch (tag) {
            case "hum" -> HUMAN;
            case "loc" -> PLACE;
            case "org" -> ORGANISATION;
            case "prof" -> PROFESSION;
            case "time", "period", "month" -> TIME;
            default -> 0;
          };
    }
    return mask;
  }
}
