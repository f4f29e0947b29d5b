package ua.strichka.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.select.Selector;

/**
 * Per-outlet CSS selectors that override the generic extractor where an outlet's markup defeats it
 * (Fundus's lesson: hand rules beat generic extraction by 4–18 F1 points on the sites they cover).
 * Loaded from JSON:
 *
 * <pre>{@code
 * {"outlets": [{"hosts": ["pravda.com.ua"], "body": "div.post_text", "title": "h1.post_title",
 *               "date": ".post_time", "author": ".post_author a", "remove": [".read-also"]}]}
 * }</pre>
 *
 * A host matches itself and its subdomains. Every selector is optional. {@code "zone":
 * "Europe/Kyiv"} names the zone of the times the outlet prints without one, where the page's own
 * hints ({@code og:locale en_US} on a Kyiv outlet's English edition) would mislead.
 */
public final class ExtractionRules {
  /** The selectors for one outlet. */
  public record Rule(
      @JsonProperty("hosts") List<String> hosts,
      @JsonProperty("body") String body,
      @JsonProperty("title") String title,
      @JsonProperty("date") String date,
      @JsonProperty("author") String author,
      @JsonProperty("remove") List<String> remove,
      @JsonProperty("zone") String zone) {
    public Rule {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
      remove = remove == null ? List.of() : List.copyOf(remove);
    }
  }

  private record File(@JsonProperty("outlets") List<Rule> outlets) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<Rule> rules;

  /** One outlet's rule for every page it is given, whatever host serves the page. */
  private final Rule everyPage;

  private ExtractionRules(List<Rule> rules) {
    this(rules, null);
  }

  private ExtractionRules(List<Rule> rules, Rule everyPage) {
    this.rules = List.copyOf(rules);
    this.everyPage = everyPage;
  }

  /** The host an outlet's own rule is read under: its pages', whatever host serves them. */
  private static final String EVERY_HOST = "*";

  /** The fields a rule has; an outlet's rules JSON keeps other stages' settings too. */
  private static final List<String> FIELDS =
      List.of("body", "title", "date", "author", "remove", "zone");

  /**
   * The selectors an outlet's stored rules hold ({@code OutletRecord.rules}: {@code {"body":
   * "div.post_text", "remove": [".read-also"], "articlePattern": …}}), for every page of that
   * outlet: the crawler knows whose page it reads, and an outlet's articles may be served from a
   * host its rules could not name in advance (a subdomain, a mirror). Fields that are no selector
   * (the section pages' {@code articlePattern}) are left to their stages.
   *
   * @param rulesJson the outlet's rules JSON; null or blank for none
   * @return no rules when the JSON names no selector
   * @throws IllegalArgumentException when the JSON is no object or a selector does not parse
   */
  public static ExtractionRules ofOutlet(String rulesJson) {
    if (rulesJson == null || rulesJson.isBlank()) return none();
    JsonNode node;
    try {
      node = JSON.readTree(rulesJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("outlet rules: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("outlet rules: not a JSON object");
    }
    if (FIELDS.stream().noneMatch(node::hasNonNull)) return none();
    ObjectNode selectors = JSON.createObjectNode();
    for (String field : FIELDS) if (node.hasNonNull(field)) selectors.set(field, node.get(field));
    selectors.putArray("hosts").add(EVERY_HOST);
    Rule rule;
    try {
      rule = JSON.treeToValue(selectors, Rule.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("outlet rules: " + e.getOriginalMessage(), e);
    }
    validate(rule);
    return new ExtractionRules(List.of(), rule);
  }

  /** No rules: the generic extractor alone. */
  public static ExtractionRules none() {
    return new ExtractionRules(List.of());
  }

  public static ExtractionRules of(List<Rule> rules) {
    rules.forEach(ExtractionRules::validate);
    return new ExtractionRules(rules);
  }

  /** Reads rules from a JSON file; a bad file or selector fails with the reason and the file. */
  public static ExtractionRules load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read extraction rules " + file + ": " + e.getMessage(), e);
    }
  }

  static ExtractionRules parse(InputStream in, String name) {
    try {
      File f = JSON.readValue(in, File.class);
      return of(f.outlets() == null ? List.of() : f.outlets());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "extraction rules " + name + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("extraction rules " + name + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("extraction rules " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The rule for a page's host, if any; an outlet's rules ({@link #ofOutlet}) hold for every page.
   */
  public Optional<Rule> forUrl(String url) {
    if (everyPage != null) return Optional.of(everyPage);
    if (url == null || rules.isEmpty()) return Optional.empty();
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) return Optional.empty();
    String h = host.toLowerCase(Locale.ROOT);
    for (Rule r : rules) {
      for (String want : r.hosts()) {
        String w = want.toLowerCase(Locale.ROOT);
        if (h.equals(w) || h.endsWith("." + w)) return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static void validate(Rule r) {
    if (r.hosts().isEmpty()) throw new IllegalArgumentException("a rule without hosts");
    for (String css : new String[] {r.body(), r.title(), r.date(), r.author()}) check(css, r);
    r.remove().forEach(css -> check(css, r));
    if (r.zone() != null) {
      try {
        ZoneId.of(r.zone());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "bad zone '" + r.zone() + "'" + whose(r) + ": " + e.getMessage());
      }
    }
  }

  /** Whose rule it is, in an error: its hosts in a rules file; nothing for an outlet's own. */
  private static String whose(Rule r) {
    return r.hosts().equals(List.of(EVERY_HOST)) ? "" : " for " + r.hosts();
  }

  private static void check(String css, Rule r) {
    if (css == null) return;
    try {
      Selector.evaluatorOf(css);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException(
          "bad CSS selector '" + css + "'" + whose(r) + ": " + e.getMessage());
    }
  }
}
