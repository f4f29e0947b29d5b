package ua.strichka.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strichka's settings as flat dotted keys ({@code store.url}, {@code fetch.host-delay}).
 *
 * <p>The bundled {@code strichka-default.yaml} is the schema: it names every key, and the type of
 * each default decides the type a key accepts (a whole number, a decimal, true/false, a duration
 * like {@code 1s}/{@code 30m}, a list or text). Values from the operator's file, the environment
 * and flags are checked against it when loaded, so a typo stops the program at start with a message
 * instead of surfacing as a strange failure an hour into a crawl.
 */
public final class Config {
  static final String ENV_PREFIX = "STRICHKA_";
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, Object> values;
  private final Map<String, String> origins;

  private Config(Map<String, Object> values, Map<String, String> origins) {
    this.values = values;
    this.origins = origins;
  }

  /** The defaults alone. */
  public static Config defaults() {
    return load(Optional.empty(), Map.of(), Map.of());
  }

  /**
   * Merges, in rising precedence, the bundled defaults, {@code file} (when given), environment
   * variables starting with {@code STRICHKA_} and {@code overrides} (from command-line flags).
   *
   * @throws ConfigException naming the key, its source and the expected form when anything does not
   *     fit
   */
  public static Config load(
      Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    try (InputStream in = Config.class.getResourceAsStream("/strichka-default.yaml")) {
      flatten("", YAML.readTree(in), values);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled strichka-default.yaml unreadable", e);
    }
    values.keySet().forEach(k -> origins.put(k, "default"));
    Map<String, Object> defaults = Map.copyOf(values);

    if (file.isPresent()) {
      Path path = file.get();
      if (!Files.isRegularFile(path)) {
        throw new ConfigException("configuration file " + path + " does not exist");
      }
      Map<String, Object> fromFile = new LinkedHashMap<>();
      try {
        JsonNode tree = YAML.readTree(path.toFile());
        if (tree != null && !tree.isMissingNode() && !tree.isNull()) {
          if (!tree.isObject()) {
            throw new ConfigException(path + ": expected keys like 'store:' at the top level");
          }
          flatten("", tree, fromFile);
        }
      } catch (IOException e) {
        throw new ConfigException(path + " is not valid YAML: " + firstLine(e.getMessage()));
      }
      fromFile.forEach((k, v) -> put(values, origins, defaults, k, v, path.toString()));
    }
    Map<String, String> envKeys = new LinkedHashMap<>();
    defaults.keySet().forEach(k -> envKeys.put(envName(k), k));
    env.forEach(
        (name, v) -> {
          String key = envKeys.get(name);
          if (key != null) {
            put(values, origins, defaults, key, v, "environment " + name);
          }
        });
    overrides.forEach((k, v) -> put(values, origins, defaults, k, v, "command line"));
    Config config = new Config(values, origins);
    config.checkRanges();
    return config;
  }

  /** {@code fetch.host-delay} → {@code STRICHKA_FETCH_HOST_DELAY}. */
  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public String string(String key) {
    return (String) get(key, String.class);
  }

  public int integer(String key) {
    return ((Long) get(key, Long.class)).intValue();
  }

  public long longValue(String key) {
    return (Long) get(key, Long.class);
  }

  public double decimal(String key) {
    return (Double) get(key, Double.class);
  }

  public boolean bool(String key) {
    return (Boolean) get(key, Boolean.class);
  }

  public Duration duration(String key) {
    return (Duration) get(key, Duration.class);
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    return (List<String>) get(key, List.class);
  }

  /** Every key with its effective value and where it came from, for {@code strichka config}. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          String shown =
              k.endsWith("password") || k.endsWith("token")
                  ? (v.toString().isEmpty() ? "" : "***")
                  : v.toString();
          out.put(k, shown + "  (" + origins.get(k) + ")");
        });
    return out;
  }

  /** A copy with {@code key} set, checked as a command-line value would be. */
  public Config with(String key, String value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    Map<String, String> origin = new LinkedHashMap<>(origins);
    put(copy, origin, values, key, value, "override");
    Config config = new Config(copy, origin);
    config.checkRanges();
    return config;
  }

  private Object get(String key, Class<?> type) {
    Object v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no configuration key " + key);
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(
          key + " is " + v.getClass().getSimpleName() + ", not " + type.getSimpleName());
    }
    return v;
  }

  private void checkRanges() {
    values.forEach(
        (key, v) -> {
          if (v instanceof Long n && n < 0) {
            throw new ConfigException(
                key + ": must not be negative, got " + n + " (" + origins.get(key) + ")");
          }
          if (v instanceof Duration d && d.isNegative()) {
            throw new ConfigException(key + ": must not be negative (" + origins.get(key) + ")");
          }
        });
    long port = longValue("web.port");
    if (port < 1 || port > 65535) {
      throw new ConfigException(
          "web.port: expected a port from 1 to 65535, got "
              + port
              + " ("
              + origins.get("web.port")
              + ")");
    }
    if (integer("store.pool-size") < 1 || integer("fetch.concurrency") < 1) {
      throw new ConfigException("store.pool-size and fetch.concurrency: expected at least 1");
    }
    checkRates();
    checkSearch();
    String url = string("store.url");
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new ConfigException(
          "store.url: expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB, got '"
              + url
              + "' ("
              + origins.get("store.url")
              + ")");
    }
  }

  /** The search backend is one of two; OpenSearch is reached over HTTP(S) at a host. */
  private void checkSearch() {
    String backend = string("search.backend");
    if (!backend.equals("lucene") && !backend.equals("opensearch")) {
      throw new ConfigException(
          "search.backend: expected lucene or opensearch, got '"
              + backend
              + "' ("
              + origins.get("search.backend")
              + ")");
    }
    String url = string("search.opensearch-url");
    if (!url.matches("https?://[^/\\s]+(:\\d+)?/?")) {
      throw new ConfigException(
          "search.opensearch-url: expected http://HOST:PORT or https://HOST:PORT, got '"
              + url
              + "' ("
              + origins.get("search.opensearch-url")
              + ")");
    }
    if (!string("search.opensearch-index").matches("[a-z0-9][a-z0-9_-]*")) {
      throw new ConfigException(
          "search.opensearch-index: expected lower-case letters, digits, - and _ ("
              + origins.get("search.opensearch-index")
              + ")");
    }
  }

  /** The rates widget's currencies are ISO codes; refreshing more than once a minute is abuse. */
  private void checkRates() {
    for (String code : list("rates.currencies")) {
      if (!code.matches("[A-Z]{3}")) {
        throw new ConfigException(
            "rates.currencies: expected ISO 4217 codes such as USD, got '"
                + code
                + "' ("
                + origins.get("rates.currencies")
                + ")");
      }
    }
    if (duration("rates.refresh").compareTo(Duration.ofMinutes(1)) < 0) {
      throw new ConfigException(
          "rates.refresh: expected at least 1m, the NBU sets rates once a day ("
              + origins.get("rates.refresh")
              + ")");
    }
  }

  private static void put(
      Map<String, Object> values,
      Map<String, String> origins,
      Map<String, Object> defaults,
      String key,
      Object raw,
      String origin) {
    Object def = defaults.get(key);
    if (def == null) {
      throw new ConfigException(
          origin + ": unknown key '" + key + "'" + suggestion(key, defaults.keySet()));
    }
    values.put(key, convert(key, def, raw, origin));
    origins.put(key, origin);
  }

  private static Object convert(String key, Object def, Object raw, String origin) {
    if (def.getClass().isInstance(raw) && !(raw instanceof List<?>)) {
      return raw;
    }
    String text = raw instanceof List<?> ? null : String.valueOf(raw).trim();
    try {
      return switch (def) {
        case Long l -> Long.parseLong(text);
        case Double d -> Double.parseDouble(text);
        case Boolean b -> {
          if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException();
          }
          yield Boolean.parseBoolean(text);
        }
        case Duration d -> parseDuration(text);
        case List<?> l -> {
          if (raw instanceof List<?> items) {
            yield items.stream().map(String::valueOf).toList();
          }
          yield List.of(text.split("\\s*,\\s*"));
        }
        default -> {
          if (raw instanceof List<?> || raw instanceof Map<?, ?>) {
            throw new IllegalArgumentException();
          }
          yield text;
        }
      };
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          key + ": expected " + describeType(def) + ", got '" + raw + "' (" + origin + ")");
    }
  }

  private static String describeType(Object def) {
    return switch (def) {
      case Long l -> "a whole number";
      case Double d -> "a number";
      case Boolean b -> "true or false";
      case Duration d -> "a duration such as 500ms, 30s, 10m, 2h or 1d";
      case List<?> l -> "a list such as [USD, EUR]";
      default -> "text";
    };
  }

  static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(text);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /**
   * Flattens nested YAML maps into dotted keys; typed leaves become Long, Double, Boolean,
   * Duration, List or String.
   */
  private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      out.put(prefix, items);
    } else if (node.isIntegralNumber()) {
      out.put(prefix, node.asLong());
    } else if (node.isNumber()) {
      out.put(prefix, node.asDouble());
    } else if (node.isBoolean()) {
      out.put(prefix, node.asBoolean());
    } else if (node.isTextual() && DURATION.matcher(node.asText()).matches()) {
      out.put(prefix, parseDuration(node.asText()));
    } else {
      out.put(prefix, node.isNull() ? "" : node.asText());
    }
  }

  private static String suggestion(String key, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(key, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= 3 ? " (did you mean '" + best + "'?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
