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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample web's outlets and articles as the search bench needs them, read from the bundled
 * {@code sampleweb/outlets.yaml} and {@code sampleweb/corpus/w*.yaml}.
 *
 * <p>Temporary: {@code ua.strichka.sampleweb.Corpus} (branch {@code sampleweb}) is the corpus's
 * loader and validator; once it is on main this reader goes and the bench uses it.
 */
final class SampleCorpus {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern MENTION =
      Pattern.compile("\\[([^\\[\\]]+)\\]\\((PER|ORG|LOC):([^()\\[\\]]+)\\)");
  private static final List<String> PARTS = parts();

  record Outlet(String slug, String name, String domain) {}

  /**
   * One version of an article, markup stripped.
   *
   * @param entities canonical name → mentions
   * @param markedTitle the title with its entity markup; {@code markedText} the lead and body
   */
  record Version(
      String title,
      String lead,
      String body,
      Map<String, Integer> entities,
      String markedTitle,
      String markedText) {}

  /**
   * @param event null for non-news pages
   * @param update the re-published version, or null; {@code updateHoursAgo} when it came out
   */
  record Article(
      String id,
      String outlet,
      String language,
      String section,
      String event,
      double hoursAgo,
      Version original,
      Version update,
      double updateHoursAgo) {

    /** The story id of the ground truth: the event, per language edition. */
    String story() {
      if (event == null) return null;
      return language.equals("uk") ? event : event + "/" + language;
    }

    Version latest() {
      return update != null ? update : original;
    }
  }

  final List<Outlet> outlets;
  final List<Article> articles;

  private SampleCorpus(List<Outlet> outlets, List<Article> articles) {
    this.outlets = List.copyOf(outlets);
    this.articles = List.copyOf(articles);
  }

  static SampleCorpus load() {
    List<Outlet> outlets = new ArrayList<>();
    for (JsonNode o : read("/sampleweb/outlets.yaml")) {
      outlets.add(
          new Outlet(o.get("slug").asText(), o.get("name").asText(), o.get("domain").asText()));
    }
    List<Article> articles = new ArrayList<>();
    for (String part : PARTS) {
      for (JsonNode a : read("/sampleweb/corpus/" + part + ".yaml")) {
        JsonNode update = a.path("update");
        Version original =
            version(a.get("title").asText(), a.path("lead").asText(""), a.path("body").asText(""));
        Version updated =
            update.isMissingNode()
                ? null
                : version(
                    update.path("title").asText(a.get("title").asText()),
                    a.path("lead").asText(""),
                    update.path("body").asText(a.path("body").asText("")));
        articles.add(
            new Article(
                a.get("id").asText(),
                a.get("outlet").asText(),
                a.get("language").asText(),
                a.get("section").asText(),
                a.path("event").isTextual() ? a.get("event").asText() : null,
                a.get("hoursAgo").asDouble(),
                original,
                updated,
                update.path("hoursAgo").asDouble(0)));
      }
    }
    return new SampleCorpus(outlets, articles);
  }

  /** Text without markup, and the canonical names it mentions with their counts. */
  static Version version(String title, String lead, String body) {
    Map<String, Integer> entities = new LinkedHashMap<>();
    return new Version(
        strip(title, entities),
        strip(lead, entities),
        strip(body, entities).strip(),
        entities,
        title,
        lead + "\n\n" + body);
  }

  static String strip(String marked, Map<String, Integer> entities) {
    Matcher m = MENTION.matcher(marked);
    StringBuilder plain = new StringBuilder(marked.length());
    while (m.find()) {
      entities.merge(m.group(3).strip(), 1, Integer::sum);
      m.appendReplacement(plain, Matcher.quoteReplacement(m.group(1)));
    }
    m.appendTail(plain);
    return plain.toString();
  }

  private static List<JsonNode> read(String resource) {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      List<JsonNode> out = new ArrayList<>();
      YAML.readTree(in).forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The corpus files, w1-a … w5-z: resources cannot be listed portably, so they are probed. */
  private static List<String> parts() {
    List<String> parts = new ArrayList<>();
    for (int week = 1; week <= 9; week++) {
      for (char c = 'a'; c <= 'z'; c++) {
        String name = "w" + week + "-" + c;
        if (SampleCorpus.class.getResource("/sampleweb/corpus/" + name + ".yaml") != null) {
          parts.add(name);
        }
      }
    }
    return parts;
  }
}
