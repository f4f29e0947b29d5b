package ua.strichka.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import ua.strichka.text.Language;

/**
 * Short news texts written for the section classifier (original, Apache-2.0 like the code): a
 * section has some twenty-five corpus articles to learn from, too few for the words of events it
 * has not seen. Each file of {@code /classify/training/} is a YAML list of {@code {section,
 * language, title, text}}; {@code files.txt} there lists them, since the class path cannot be
 * listed. An entry that does not fit stops the start with its file and entry: a silently skipped
 * entry would quietly change what the classifier learns.
 */
public final class TrainingTexts {
  static final String DIR = "/classify/training/";
  static final String INDEX = DIR + "files.txt";
  private static final Set<String> FIELDS = Set.of("section", "language", "title", "text");
  private static final Set<Language> LANGUAGES = Set.of(Language.UK, Language.RU, Language.EN);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final class Holder {
    static final List<SectionClassifier.Example> BUNDLED = load();
  }

  private TrainingTexts() {}

  /** The texts shipped in {@code /classify/training/}, file by file in the index's order. */
  public static List<SectionClassifier.Example> bundled() {
    return Holder.BUNDLED;
  }

  /** The names of the shipped training files, as {@code files.txt} lists them. */
  public static List<String> files() {
    return TabTable.read(INDEX, "FILE").stream().map(r -> r.get(0)).toList();
  }

  /**
   * The entries of one training file; {@code name} is for messages.
   *
   * @throws IllegalArgumentException with one line naming the file and entry, when the file is not
   *     a YAML list or an entry has a field missing, empty or unknown, or an unknown section or a
   *     language other than uk, ru or en
   */
  public static List<SectionClassifier.Example> parse(String name, String yaml) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          name
              + ": not valid YAML: "
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) return List.of();
    if (!tree.isArray()) throw new IllegalArgumentException(name + ": expected a list of entries");
    List<SectionClassifier.Example> out = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) out.add(entry(tree.get(i), name + ": entry " + (i + 1)));
    return out;
  }

  private static SectionClassifier.Example entry(JsonNode e, String where) {
    if (!e.isObject()) throw new IllegalArgumentException(where + ": expected a mapping");
    for (Iterator<String> f = e.fieldNames(); f.hasNext(); ) {
      String field = f.next();
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(where + ": unknown field '" + field + "'");
      }
    }
    String slug = text(e, "section", where);
    Section section =
        Section.bySlug(slug)
            .orElseThrow(
                () -> new IllegalArgumentException(where + ": unknown section '" + slug + "'"));
    String code = text(e, "language", where);
    Language language = Language.ofCode(code);
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(where + ": language '" + code + "' is not uk, ru or en");
    }
    return new SectionClassifier.Example(
        text(e, "title", where), text(e, "text", where), language, section);
  }

  private static String text(JsonNode e, String field, String where) {
    JsonNode v = e.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + field + "' is missing or empty");
    }
    return v.asText().strip();
  }

  private static List<SectionClassifier.Example> load() {
    List<SectionClassifier.Example> out = new ArrayList<>();
    for (String file : files()) {
      try (InputStream in = TrainingTexts.class.getResourceAsStream(DIR + file)) {
        if (in == null) throw new IllegalStateException(DIR + file + " is not on the class path");
        out.addAll(parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DIR + file + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }
}
