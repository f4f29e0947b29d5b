package ua.strichka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small reader of the sample web's corpus ({@code sampleweb/CORPUS.md}) for the story figures,
 * until the sample web's own loader ({@code ua.strichka.sampleweb.Corpus}) is on main: entity
 * markup stripped, the names of the tagged entities kept.
 */
final class CorpusReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern MARKUP =
      Pattern.compile("\\[([^\\]]*)\\]\\((PER|ORG|LOC):([^)]*)\\)");
  private static final String[] FILES = {
    "w1-a", "w1-b", "w1-c", "w1-d", "w1-e", "w2-a", "w2-b", "w2-c", "w2-d", "w2-e", "w2-f", "w3-a",
    "w3-b", "w3-c", "w3-d", "w3-e", "w4-a", "w4-b", "w4-c", "w4-d", "w4-e", "w5-a", "w5-b", "w5-c",
    "w5-d", "w5-e", "w5-f"
  };

  record Outlet(String slug, String name, String domain, double weight) {}

  record Version(double hoursAgo, String title, String lead, String body) {}

  record Item(
      String id,
      String outlet,
      String language,
      String section,
      String event,
      boolean news,
      String repostOf,
      boolean credit,
      Version original,
      Version update) {
    /** The ground-truth story: event for Ukrainian, event/ru or event/en otherwise. */
    String story() {
      if (event == null) return null;
      return language.equals("uk") ? event : event + "/" + language;
    }
  }

  record Corpus(Map<String, Outlet> outlets, List<Item> items) {}

  private CorpusReader() {}

  static Corpus load() {
    Map<String, Outlet> outlets = new LinkedHashMap<>();
    for (JsonNode o : read("/sampleweb/outlets.yaml")) {
      outlets.put(
          o.path("slug").asText(),
          new Outlet(
              o.path("slug").asText(),
              o.path("name").asText(),
              o.path("domain").asText(),
              o.path("weight").asDouble(0.5)));
    }
    List<Item> items = new ArrayList<>();
    for (String file : FILES) {
      for (JsonNode e : read("/sampleweb/corpus/" + file + ".yaml")) {
        JsonNode u = e.path("update");
        String lead = strip(e.path("lead").asText(""));
        Version update =
            u.isMissingNode() || u.isNull()
                ? null
                : new Version(
                    u.path("hoursAgo").asDouble(),
                    strip(u.path("title").asText("")),
                    u.has("lead") ? strip(u.path("lead").asText("")) : lead,
                    strip(u.path("body").asText("")));
        items.add(
            new Item(
                e.path("id").asText(),
                e.path("outlet").asText(),
                e.path("language").asText(),
                e.path("section").asText(null),
                e.path("event").isNull() ? null : e.path("event").asText(null),
                e.path("news").asBoolean(true),
                e.path("repostOf").asText(null),
                e.path("credit").asBoolean(false),
                new Version(
                    e.path("hoursAgo").asDouble(),
                    strip(e.path("title").asText("")),
                    lead,
                    strip(e.path("body").asText("")).strip()),
                update));
      }
    }
    return new Corpus(outlets, items);
  }

  static String strip(String marked) {
    return MARKUP.matcher(marked).replaceAll("$1");
  }

  private static JsonNode read(String resource) {
    try (InputStream in = CorpusReader.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
