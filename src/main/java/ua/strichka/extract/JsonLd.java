package ua.strichka.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Schema.org JSON-LD as pages really write it: {@code @graph}s, arrays, several scripts, nested or
 * {@code @id}-referenced authors, publishers and images, and broken JSON (trailing commas, raw
 * control characters, HTML-escaped scripts, comments), which Jackson's lenient features read.
 */
final class JsonLd {
  static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "askpublicnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "report",
          "techarticle",
          "scholarlyarticle");

  /** Caps the JSON nodes visited per page, so a huge or hostile script costs bounded time. */
  private static final int MAX_NODES = 20_000;

  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build()
          .readerFor(JsonNode.class);

  private JsonLd() {}

  /** What the page's JSON-LD says; an empty result when it has none or none parses. */
  static PageFacts read(PageIndex index, ZonedDateTime now) {
    return read(index, now, PageClock.KYIV);
  }

  /** As {@link #read(PageIndex, ZonedDateTime)}, dates read by the page's {@code clock}. */
  static PageFacts read(PageIndex index, ZonedDateTime now, PageClock clock) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : index.jsonLd) {
      for (JsonNode root : parse(script.data())) collectObjects(root, objects);
    }
    PageFacts facts = new PageFacts();
    if (objects.isEmpty()) return facts;
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      String id = o.path("@id").asText("");
      if (!id.isEmpty() && o.size() > 1) byId.putIfAbsent(id, o);
    }
    JsonNode article = null;
    for (JsonNode o : objects) {
      List<String> types = types(o);
      facts.types.addAll(types);
      if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
        if (article == null || richness(o) > richness(article)) article = o;
      }
    }
    for (JsonNode o : objects) {
      List<String> types = types(o);
      if (types.contains("breadcrumblist") && facts.section == null) {
        facts.section = breadcrumbSection(o);
      }
      if ((types.contains("website") || types.contains("newsmediaorganization"))
          && facts.siteName == null) {
        facts.siteName = text(o.get("name"));
      }
    }
    if (article == null) {
      // A WebPage node with a headline is an article in all but name (some CMS write that).
      article =
          objects.stream()
              .filter(o -> o.hasNonNull("headline") || o.hasNonNull("articleBody"))
              .max(Comparator.comparingInt(JsonLd::richness))
              .orElse(null);
    }
    if (article == null) return facts;
    facts.title = text(first(article, "headline", "name", "alternativeHeadline"));
    facts.description = text(article.get("description"));
    facts.published =
        date(first(article, "datePublished", "dateCreated", "uploadDate"), now, clock);
    facts.modified = date(article.get("dateModified"), now, clock);
    facts.authors.addAll(names(resolve(first(article, "author", "creator"), byId)));
    facts.image = url(resolve(first(article, "image", "thumbnailUrl"), byId));
    String section = text(firstOf(article.get("articleSection")));
    if (section != null) facts.section = section;
    JsonNode lang = firstOf(article.get("inLanguage"));
    facts.language =
        MetaTags.language(
            lang != null && lang.isObject() ? text(lang.get("alternateName")) : text(lang));
    JsonNode publisher = resolve(article.get("publisher"), byId);
    String publisherName = publisher == null ? null : text(firstOf(publisher).get("name"));
    if (publisher != null && publisher.isTextual()) publisherName = text(publisher);
    if (publisherName != null) facts.siteName = publisherName;
    JsonNode main = article.get("mainEntityOfPage");
    String canonical = main == null ? null : main.isObject() ? text(main.get("@id")) : text(main);
    facts.canonical = canonical != null ? canonical : text(article.get("url"));
    facts.body = text(article.get("articleBody"));
    return facts;
  }

  /** Every top-level value of a script: one object, an array, or several objects in a row. */
  static List<JsonNode> parse(String script) {
    String s = script.strip();
    if (s.startsWith("<!--")) s = s.substring(4);
    if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
    s = s.replace("//<![CDATA[", "").replace("//]]>", "").strip();
    if (s.isEmpty()) return List.of();
    List<JsonNode> roots = readAll(s);
    if (roots.isEmpty() && s.contains("&")) roots = readAll(Parser.unescapeEntities(s, false));
    return roots;
  }

  private static List<JsonNode> readAll(String s) {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it = READER.readValues(s)) {
      while (it.hasNextValue()) out.add(it.nextValue());
    } catch (IOException | RuntimeException e) {
      // Keep what parsed before the error: the rest of a broken script is lost either way.
    }
    return out;
  }

  /** Objects with a type, found iteratively through arrays, {@code @graph} and nesting. */
  private static void collectObjects(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    int visited = 0;
    while (!todo.isEmpty() && visited++ < MAX_NODES) {
      JsonNode n = todo.pop();
      if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) todo.push(n.get(i));
      } else if (n.isObject()) {
        if (n.has("@type")) out.add(n);
        JsonNode graph = n.get("@graph");
        if (graph != null) todo.push(graph);
        JsonNode mainEntity = n.get("mainEntity");
        if (mainEntity != null && mainEntity.isContainerNode()) todo.push(mainEntity);
      }
    }
  }

  static List<String> types(JsonNode o) {
    List<String> out = new ArrayList<>();
    JsonNode t = o.get("@type");
    if (t == null) return out;
    for (JsonNode one : t.isArray() ? t : List.of(t)) {
      String v = one.asText("").toLowerCase(Locale.ROOT);
      int cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf(':'));
      out.add(v.substring(cut + 1));
    }
    return out;
  }

  private static int richness(JsonNode o) {
    int score = o.size();
    if (o.hasNonNull("headline")) score += 10;
    if (o.hasNonNull("articleBody")) score += 5;
    if (o.hasNonNull("datePublished")) score += 5;
    return score;
  }

  private static String breadcrumbSection(JsonNode list) {
    JsonNode items = list.get("itemListElement");
    if (items == null || !items.isArray()) return null;
    List<JsonNode> sorted = new ArrayList<>();
    items.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(i -> i.path("position").asInt(0)));
    List<String> names = new ArrayList<>();
    for (JsonNode item : sorted) {
      String name = text(item.get("name"));
      if (name == null && item.get("item") != null) name = text(item.get("item").get("name"));
      if (name != null) names.add(name);
    }
    return Breadcrumbs.section(names);
  }

  private static JsonNode resolve(JsonNode n, Map<String, JsonNode> byId) {
    if (n == null) return null;
    if (n.isArray()) {
      ArrayNode resolved = JsonNodeFactory.instance.arrayNode();
      for (JsonNode one : n) resolved.add(resolve(one, byId));
      return resolved;
    }
    if (n.isObject() && n.size() == 1 && n.has("@id")) {
      JsonNode target = byId.get(n.get("@id").asText());
      return target == null ? n : target;
    }
    return n;
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) return out;
    for (JsonNode one : n.isArray() ? n : List.of(n)) {
      String name;
      if (one.isObject()) {
        name = text(one.get("name"));
        if (name == null && one.has("familyName")) {
          name =
              PageFacts.blankToNull(
                  one.path("givenName").asText("") + " " + one.path("familyName").asText(""));
        }
      } else {
        name = text(one);
      }
      if (name != null) out.add(name);
    }
    return out;
  }

  private static String url(JsonNode n) {
    JsonNode one = firstOf(n);
    if (one == null) return null;
    if (one.isObject()) return text(first(one, "url", "contentUrl", "@id"));
    return text(one);
  }

  private static OffsetDateTime date(JsonNode n, ZonedDateTime now, PageClock clock) {
    String s = text(n);
    if (s == null) return null;
    return UkrainianDates.parseMachine(s, clock)
        .or(() -> UkrainianDates.parse(s, now, clock))
        .orElse(null);
  }

  private static JsonNode first(JsonNode o, String... keys) {
    for (String k : keys) {
      JsonNode v = o.get(k);
      if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) return v;
    }
    return null;
  }

  private static JsonNode firstOf(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) return n.isEmpty() ? null : n.get(0);
    return n;
  }

  /** A JSON value as clean text: entities decoded, stray tags and whitespace runs removed. */
  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) return null;
    String s = n.asText();
    if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
    if (s.indexOf('<') >= 0) s = s.replaceAll("<[^>]{0,200}>", " ");
    return PageFacts.blankToNull(s);
  }
}
