package ua.strichka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;

/**
 * The judged queries of {@code sampleweb/queries.yaml}: what people type, and which corpus articles
 * answer it. An entry grades whole events ({@code events}: every Ukrainian article of the event
 * gets the grade) and single articles ({@code articles}, which win over the event's grade).
 */
final class JudgedQueries {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One query and the grade of each relevant article (2 about it, 1 related). */
  record Judged(String text, Map<String, Integer> grades) {}

  private JudgedQueries() {}

  static List<Judged> load(Corpus corpus) {
    JsonNode root;
    try (InputStream in = JudgedQueries.class.getResourceAsStream("/sampleweb/queries.yaml")) {
      if (in == null) throw new IllegalStateException("missing resource sampleweb/queries.yaml");
      root = YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sampleweb/queries.yaml", e);
    }
    Set<String> ids = new HashSet<>();
    Set<String> events = new HashSet<>();
    corpus
        .articles()
        .forEach(
            a -> {
              ids.add(a.id());
              a.event().ifPresent(events::add);
            });
    List<Judged> out = new ArrayList<>();
    for (JsonNode q : root) {
      String text = q.get("query").asText();
      Map<String, Integer> grades = new LinkedHashMap<>();
      q.path("events")
          .properties()
          .forEach(
              e -> {
                if (!events.contains(e.getKey())) {
                  throw new IllegalStateException(
                      "queries.yaml: «" + text + "»: no event " + e.getKey());
                }
                for (CorpusArticle a : corpus.articles()) {
                  if (a.event().equals(Optional.of(e.getKey())) && a.language().equals("uk")) {
                    grades.merge(a.id(), e.getValue().asInt(), Math::max);
                  }
                }
              });
      q.path("articles")
          .properties()
          .forEach(
              e -> {
                if (!ids.contains(e.getKey())) {
                  throw new IllegalStateException(
                      "queries.yaml: «" + text + "»: no article " + e.getKey());
                }
                grades.put(e.getKey(), e.getValue().asInt());
              });
      out.add(new Judged(text, grades));
    }
    return out;
  }
}
