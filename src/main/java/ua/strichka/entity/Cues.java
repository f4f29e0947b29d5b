package ua.strichka.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The context words of {@code /entity/cues.yaml}: titles before people, designations around places,
 * heads and legal forms of organisations. Kept in a resource so that a linguist can extend them
 * without touching code.
 */
final class Cues {
  static final String RESOURCE = "/entity/cues.yaml";

  private static final class Holder {
    static final Cues BUNDLED = load();
  }

  final Set<String> personTitles;
  final Set<String> settlementWords;
  final Set<String> placeHeadsBefore;
  final Set<String> placeHeadsAfter;
  final Set<String> orgHeads;
  final Set<String> legalForms;
  final Set<String> orgCues;
  final Set<String> workCues;

  /**
   * Abbreviations that stand for a head: «Харківська ОВА» is «… обласна військова адміністрація».
   */
  final java.util.Map<String, String> expansions;

  /** As written: «ППО», «SMS», «Овен» are capitalised but name nothing. */
  final Set<String> notNames;

  /** As written: «ЗОШ», «ДЮСШ» are kinds of institution, named only with a number or a place. */
  final Set<String> kindsOfInstitutions;

  private Cues(JsonNode tree) {
    personTitles = words(tree, "person-titles");
    settlementWords = words(tree, "settlement-words");
    placeHeadsBefore = words(tree, "place-heads-before");
    placeHeadsAfter = words(tree, "place-heads-after");
    orgHeads = words(tree, "org-heads");
    legalForms = Set.copyOf(raw(tree, "legal-forms"));
    orgCues = words(tree, "org-cues");
    workCues = words(tree, "work-cues");
    java.util.Map<String, String> e = new java.util.HashMap<>();
    tree.path("expansions")
        .fields()
        .forEachRemaining(f -> e.put(f.getKey(), f.getValue().asText()));
    expansions = java.util.Map.copyOf(e);
    notNames = Set.copyOf(raw(tree, "not-names"));
    kindsOfInstitutions = Set.copyOf(raw(tree, "kinds-of-institutions"));
  }

  static Cues bundled() {
    return Holder.BUNDLED;
  }

  private static Cues load() {
    try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
      return new Cues(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> words(JsonNode tree, String key) {
    Set<String> out = new HashSet<>();
    // «вул.» is the token «вул» before a full stop
    for (String w : raw(tree, key)) {
      out.add(w.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\.$", ""));
    }
    return Set.copyOf(out);
  }

  private static Set<String> raw(JsonNode tree, String key) {
    JsonNode list = tree.path(key);
    if (!list.isArray()) throw new IllegalStateException(RESOURCE + ": no list '" + key + "'");
    Set<String> out = new HashSet<>();
    list.forEach(n -> out.add(n.asText().strip()));
    return out;
  }
}
