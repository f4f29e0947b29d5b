package ua.strichka.sampleweb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outlets and articles of the sample web, loaded from {@code outlets.yaml} and {@code
 * corpus/*.yaml} and checked: every entry names a known outlet, section and language, ids are
 * unique, reposts point at existing articles, entity markup is well formed. A bad entry stops the
 * load with a message naming the file and the entry, since a silently skipped article would skew
 * every quality figure measured against the corpus.
 */
public final class Corpus {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<CorpusOutlet> outlets;
  private final List<CorpusArticle> articles;
  private final Map<String, CorpusOutlet> outletsBySlug;
  private final Map<String, CorpusArticle> articlesById;

  private Corpus(List<CorpusOutlet> outlets, List<CorpusArticle> articles) {
    this.outlets = List.copyOf(outlets);
    this.articles = List.copyOf(articles);
    this.outletsBySlug = index(outlets, CorpusOutlet::slug);
    this.articlesById = index(articles, CorpusArticle::id);
  }

  /** The corpus bundled with Strichka (from the classpath, inside the jar or not). */
  public static Corpus load() {
    return parse(CorpusFiles.outlets(), CorpusFiles.corpus());
  }

  /** A corpus in a folder: {@code outlets.yaml} and {@code corpus/*.yaml} beside it. */
  public static Corpus load(Path dir) {
    List<CorpusFiles.Source> outlets =
        CorpusFiles.inDirectory(dir).stream().filter(s -> s.name().equals("outlets.yaml")).toList();
    if (outlets.isEmpty()) throw new CorpusException(dir + ": no outlets.yaml");
    return parse(outlets.getFirst(), CorpusFiles.inDirectory(dir.resolve("corpus")));
  }

  static Corpus parse(CorpusFiles.Source outletsFile, List<CorpusFiles.Source> files) {
    List<CorpusOutlet> outlets = parseOutlets(outletsFile);
    Map<String, CorpusOutlet> bySlug = index(outlets, CorpusOutlet::slug);
    if (bySlug.size() != outlets.size()) {
      throw new CorpusException(outletsFile.name() + ": duplicate outlet slug");
    }
    List<CorpusArticle> articles = new ArrayList<>();
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (CorpusFiles.Source file : files) {
      for (JsonNode entry : readList(file)) {
        String id = entry.path("id").asText("");
        String where = file.name() + ": entry '" + (id.isEmpty() ? "?" : id) + "'";
        CorpusArticle article = new CorpusEntry(entry, where, bySlug).toArticle();
        String previous = fileOf.putIfAbsent(id, file.name());
        if (previous != null) {
          throw new CorpusException(where + ": duplicate id (first in " + previous + ")");
        }
        articles.add(article);
      }
    }
    for (CorpusArticle a : articles) {
      if (a.repostOf().isPresent() && !fileOf.containsKey(a.repostOf().get())) {
        throw new CorpusException(
            fileOf.get(a.id())
                + ": entry '"
                + a.id()
                + "': repostOf '"
                + a.repostOf().get()
                + "' is not in the corpus");
      }
    }
    return new Corpus(outlets, articles);
  }

  public List<CorpusOutlet> outlets() {
    return outlets;
  }

  public List<CorpusArticle> articles() {
    return articles;
  }

  public Optional<CorpusOutlet> outlet(String slug) {
    return Optional.ofNullable(outletsBySlug.get(slug));
  }

  public Optional<CorpusArticle> article(String id) {
    return Optional.ofNullable(articlesById.get(id));
  }

  /** The event ids, each a real-world event that one or more articles report. */
  public List<String> events() {
    return articles.stream()
        .flatMap(a -> a.event().stream())
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  private static List<CorpusOutlet> parseOutlets(CorpusFiles.Source file) {
    List<CorpusOutlet> outlets = new ArrayList<>();
    for (JsonNode o : readList(file)) {
      String slug = o.path("slug").asText("");
      String where = file.name() + ": outlet '" + slug + "'";
      for (String key : List.of("slug", "name", "domain", "template")) {
        if (!o.path(key).isTextual()) throw new CorpusException(where + ": '" + key + "' missing");
      }
      if (!Templates.KINDS.contains(o.path("template").asText())) {
        throw new CorpusException(
            where + ": unknown template '" + o.path("template").asText() + "'");
      }
      List<String> languages = texts(o.path("languages"));
      List<String> discovery = texts(o.path("discovery"));
      if (languages.isEmpty()) throw new CorpusException(where + ": no languages");
      for (String d : discovery) {
        if (!Discovery.KINDS.contains(d)) {
          throw new CorpusException(where + ": unknown discovery '" + d + "'");
        }
      }
      outlets.add(
          new CorpusOutlet(
              slug,
              o.path("name").asText(),
              o.path("domain").asText(),
              languages,
              o.path("template").asText(),
              discovery,
              o.path("character").asText(""),
              o.path("weight").asDouble(1.0)));
    }
    return outlets;
  }

  static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<JsonNode> readList(CorpusFiles.Source file) {
    JsonNode tree;
    try {
      tree = YAML.readTree(file.text());
    } catch (JsonProcessingException e) {
      throw new CorpusException(
          file.name()
              + ": not valid YAML: "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) return List.of();
    if (!tree.isArray()) throw new CorpusException(file.name() + ": expected a list of entries");
    List<JsonNode> out = new ArrayList<>();
    tree.forEach(out::add);
    return out;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.putIfAbsent(key.apply(i), i));
    return map;
  }
}
