package ua.strichka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Repositories;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;

/**
 * Fills a store with the sample web's corpus as the pipeline would: outlets, articles (reposts
 * linked to their originals), one story per event and language, entities from the corpus markup,
 * and 30 days of exchange rates. The website benchmark and the browser tests serve this data.
 *
 * <p>It reads the corpus YAML itself because the corpus loader ({@code ua.strichka.sampleweb}) and
 * the slug transliteration ({@code ua.strichka.text.Slug}) are not on main yet; switch to them when
 * they land.
 */
public final class CorpusSeed {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern MARKUP =
      Pattern.compile("\\[([^\\]]+)\\]\\((PER|ORG|LOC):([^)]+)\\)");
  private static final Map<String, Double> RATES =
      Map.of("USD", 41.32, "EUR", 45.08, "PLN", 10.61, "GBP", 53.24, "CHF", 47.45);
  private static final Map<String, String> RATE_NAMES =
      Map.of(
          "USD",
          "Долар США",
          "EUR",
          "Євро",
          "PLN",
          "Злотий",
          "GBP",
          "Фунт стерлінгів",
          "CHF",
          "Швейцарський франк");

  /** What was written. */
  public record Counts(int outlets, int articles, int stories, int entities) {}

  private CorpusSeed() {}

  /** Seeds {@code store} with the corpus, articles dated relative to {@code now}. */
  public static Counts seed(Store store, Instant now) {
    Counts counts = store.inTransaction(tx -> seed(tx, now));
    seedRates(store, now);
    return counts;
  }

  private static Counts seed(Repositories store, Instant now) {
    List<JsonNode> entries = entries();
    Map<String, Long> outletIds = new HashMap<>();
    Map<String, String> domains = new HashMap<>();
    for (JsonNode o : read("/sampleweb/outlets.yaml")) {
      String slug = o.path("slug").asText();
      domains.put(slug, o.path("domain").asText());
      double weight = o.path("weight").asDouble(0.5);
      outletIds.put(
          slug,
          store
              .outlets()
              .upsert(
                  new OutletRecord(
                      null,
                      slug,
                      o.path("name").asText(),
                      "https://" + o.path("domain").asText() + "/",
                      "uk",
                      null,
                      weight,
                      weight >= 0.9,
                      null,
                      null,
                      false,
                      now)));
    }
    Map<String, Long> articleIds = new HashMap<>();
    Map<String, Long> entityIds = new HashMap<>();
    Map<String, List<Long>> storyArticles = new LinkedHashMap<>();
    Map<String, JsonNode> firstOfStory = new HashMap<>();
    entries.sort(
        (a, b) -> Double.compare(b.path("hoursAgo").asDouble(), a.path("hoursAgo").asDouble()));
    for (JsonNode e : entries) {
      Long outlet = outletIds.get(e.path("outlet").asText());
      if (outlet == null) continue;
      String id = e.path("id").asText();
      Instant published =
          now.minus(Duration.ofMinutes(Math.round(e.path("hoursAgo").asDouble() * 60)));
      Map<String, Integer> mentions = new LinkedHashMap<>();
      String title = plain(e.path("title").asText(), mentions);
      String lead = plain(e.path("lead").asText(null), mentions);
      String body = plain(e.path("body").asText(null), mentions);
      String section = e.path("section").asText(null);
      ArticleRecord.Builder b =
          ArticleRecord.builder(
                  "https://" + domains.get(e.path("outlet").asText()) + "/" + section + "/" + id,
                  outlet,
                  title)
              .lead(lead)
              .body(body == null ? null : body.strip())
              .authors(YAML.convertValue(e.path("authors"), List.class))
              .publishedAt(published)
              .fetchedAt(published.plusSeconds(90))
              .language(e.path("language").asText("uk"))
              .section(section)
              .news(e.path("news").asBoolean(true));
      String repostOf = e.path("repostOf").asText(null);
      if (repostOf != null && articleIds.containsKey(repostOf))
        b.repostOf(articleIds.get(repostOf));
      long articleId = store.articles().upsert(b.build());
      articleIds.put(id, articleId);
      for (var m : mentions.entrySet()) {
        String[] typeName = m.getKey().split(":", 2);
        long entity =
            entityIds.computeIfAbsent(
                m.getKey(),
                k ->
                    store
                        .entities()
                        .upsert(EntityRecord.of(slug(typeName[1]), typeName[1], typeName[0])));
        store.entities().mention(articleId, entity, m.getValue());
      }
      String event = e.path("event").asText(null);
      if (event != null && !event.equals("null") && e.path("news").asBoolean(true)) {
        String lang = e.path("language").asText("uk");
        String key = lang.equals("uk") ? event : event + "/" + lang;
        storyArticles.computeIfAbsent(key, k -> new ArrayList<>()).add(articleId);
        firstOfStory.putIfAbsent(key, e);
      }
    }
    for (var s : storyArticles.entrySet()) {
      JsonNode first = firstOfStory.get(s.getKey());
      Instant created = store.articles().byId(s.getValue().getFirst()).orElseThrow().publishedAt();
      long story =
          store
              .stories()
              .create(
                  StoryRecord.of(
                      plain(first.path("title").asText(), new HashMap<>()),
                      plain(first.path("lead").asText(null), new HashMap<>()),
                      first.path("section").asText(null),
                      created));
      for (long a : s.getValue()) store.stories().addArticle(story, a, 0.8, created);
      store.stories().updateStats(story, 0);
      var stored = store.stories().byId(story).orElseThrow().story();
      double ageHours = Duration.between(stored.updatedAt(), now).toMinutes() / 60.0;
      // A stand-in for the ranker: more outlets rank higher, and a story fades over a day or two.
      double score =
          (stored.outletCount() + 0.3 * stored.articleCount()) * Math.exp(-ageHours / 36);
      store.stories().updateStats(story, score);
    }
    return new Counts(outletIds.size(), articleIds.size(), storyArticles.size(), entityIds.size());
  }

  /** Thirty days of plausible NBU rates ending today (Kyiv), drifting smoothly day by day. */
  static void seedRates(Store store, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Kyiv"));
    store
        .jdbi()
        .useHandle(
            h -> {
              var batch =
                  h.prepareBatch(
                      "INSERT INTO exchange_rate (currency, rate_date, name, rate, fetched_at)"
                          + " VALUES (:c, :d, :n, :r, :t) ON CONFLICT (currency, rate_date) DO UPDATE SET rate = excluded.rate");
              for (var c : RATES.entrySet()) {
                for (int i = 29; i >= 0; i--) {
                  LocalDate d = today.minusDays(i);
                  double drift =
                      Math.sin(i / 4.0 + c.getKey().hashCode() % 7) * 0.004 + (29 - i) * 0.0003;
                  batch
                      .bind("c", c.getKey())
                      .bind("d", d.toString())
                      .bind("n", RATE_NAMES.get(c.getKey()))
                      .bind("r", Math.round(c.getValue() * (1 + drift) * 10_000) / 10_000.0)
                      .bind("t", now.toEpochMilli())
                      .add();
                }
              }
              batch.execute();
            });
  }

  /** Removes the entity markup, counting each entity's mentions by {@code TYPE:Canonical name}. */
  static String plain(String text, Map<String, Integer> mentions) {
    if (text == null) return null;
    Matcher m = MARKUP.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      mentions.merge(m.group(2) + ":" + m.group(3).strip(), 1, Integer::sum);
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static final String[][] TRANSLIT = {
    {"а", "a"},
    {"б", "b"},
    {"в", "v"},
    {"г", "h"},
    {"ґ", "g"},
    {"д", "d"},
    {"е", "e"},
    {"є", "ie"},
    {"ж", "zh"},
    {"з", "z"},
    {"и", "y"},
    {"і", "i"},
    {"ї", "i"},
    {"й", "i"},
    {"к", "k"},
    {"л", "l"},
    {"м", "m"},
    {"н", "n"},
    {"о", "o"},
    {"п", "p"},
    {"р", "r"},
    {"с", "s"},
    {"т", "t"},
    {"у", "u"},
    {"ф", "f"},
    {"х", "kh"},
    {"ц", "ts"},
    {"ч", "ch"},
    {"ш", "sh"},
    {"щ", "shch"},
    {"ь", ""},
    {"ю", "iu"},
    {"я", "ia"},
    {"ы", "y"},
    {"э", "e"},
    {"ё", "e"},
    {"ъ", ""}
  };

  /** A URL slug by the Ukrainian national transliteration (simplified). */
  static String slug(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      String s = String.valueOf(c);
      for (String[] t : TRANSLIT) {
        if (t[0].equals(s)) {
          s = t[1];
          break;
        }
      }
      sb.append(s.matches("[a-z0-9]*") ? s : "-");
    }
    String slug = sb.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "entity" : slug;
  }

  private static List<JsonNode> entries() {
    try {
      URI uri = CorpusSeed.class.getResource("/sampleweb/corpus").toURI();
      List<JsonNode> out = new ArrayList<>();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          collect(fs.getPath("/sampleweb/corpus"), out);
        }
      } else {
        collect(Path.of(uri), out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("the sample corpus is missing from the classpath", e);
    }
  }

  private static void collect(Path dir, List<JsonNode> out) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          YAML.readTree(in).forEach(out::add);
        }
      }
    }
  }

  private static List<JsonNode> read(String resource) {
    try (InputStream in = CorpusSeed.class.getResourceAsStream(resource)) {
      List<JsonNode> out = new ArrayList<>();
      YAML.readTree(in).forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
