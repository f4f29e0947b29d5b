package ua.strichka.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.strichka.text.Language;
import ua.strichka.text.Lemmatizer;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * Well-known names ({@code /entity/gazetteer.tsv}) and their aliases, matched word by word in any
 * inflected form: each alias word becomes its lemma (Ukrainian) or stem (Russian, English), so
 * «Міністерства оборони України» finds the alias «Міністерство оборони України» and «Евросоюза»
 * finds «Евросоюз». One trie per language, built once (~20 ms).
 */
final class Gazetteer {
  static final String RESOURCE = "/entity/gazetteer.tsv";

  private static final class Holder {
    static final Gazetteer BUNDLED = load();
  }

  /** How an alias word must be written in the text. */
  enum Shape {
    ANY,
    CAPITALIZED,
    UPPER;

    static Shape of(String word) {
      if (word.codePointCount(0, word.length()) >= 2
          && word.equals(word.toUpperCase(Locale.ROOT))
          && !word.equals(word.toLowerCase(Locale.ROOT))) return UPPER;
      return Character.isUpperCase(word.codePointAt(0)) ? CAPITALIZED : ANY;
    }

    boolean fits(Word w) {
      return switch (this) {
        case ANY -> true;
        case CAPITALIZED -> w.capitalized;
        case UPPER -> w.upper || w.text.equals(w.text.toUpperCase(Locale.ROOT));
      };
    }
  }

  /**
   * An alias of an entity, as the trie stores it.
   *
   * @param commas which words a comma follows in the alias («Національна комісія, що …»)
   */
  record Alias(Entity entity, List<Shape> shapes, List<Boolean> commas) {}

  /** A match: the words {@code from..to} (exclusive) name the entity. */
  record Match(int from, int to, Entity entity) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Alias alias;
  }

  private final Map<Language, Node> roots = new EnumMap<>(Language.class);

  /** Aliases written in quotation marks: they name the entity only when quoted («Карпати»). */
  private final Map<Language, Node> quotedRoots = new EnumMap<>(Language.class);

  private final Map<String, Entity> byName = new HashMap<>();

  private Gazetteer() {
    for (Language l : List.of(Language.UK, Language.RU, Language.EN)) {
      roots.put(l, new Node());
      quotedRoots.put(l, new Node());
    }
  }

  static Gazetteer bundled() {
    return Holder.BUNDLED;
  }

  /** The entity whose canonical name is exactly this, if the gazetteer has it. */
  Entity byName(String name) {
    return byName.get(name);
  }

  /** The longest alias starting at word {@code from}, or null. */
  Match longest(List<Word> words, int from, Language language) {
    return longest(roots, words, from, language);
  }

  /** The longest alias of a quoted name starting at word {@code from}, quoted aliases first. */
  Match longestQuoted(List<Word> words, int from, Language language) {
    Match quoted = longest(quotedRoots, words, from, language);
    return quoted != null ? quoted : longest(roots, words, from, language);
  }

  private static Match longest(
      Map<Language, Node> roots, List<Word> words, int from, Language language) {
    Node root = roots.get(language == Language.OTHER ? Language.EN : language);
    Match[] best = {null};
    walk(root, words, from, from, best);
    return best[0];
  }

  private static void walk(Node node, List<Word> words, int from, int at, Match[] best) {
    if (node.alias != null && at > from && fits(node.alias, words, from)) {
      if (best[0] == null || at > best[0].to()) best[0] = new Match(from, at, node.alias.entity());
    }
    if (at >= words.size() || node.next.isEmpty()) return;
    if (at > from && !joined(words.get(at - 1))) return;
    for (String key : words.get(at).keys) {
      Node child = node.next.get(key);
      if (child != null) walk(child, words, from, at + 1, best);
    }
  }

  /**
   * Words of one name are separated by spaces, a hyphen or a dash (Рада Україна — НАТО), or a comma
   * where the alias has one.
   */
  private static boolean joined(Word w) {
    String a = w.after.strip();
    return a.isEmpty() || a.equals("—") || a.equals("-") || a.equals("–") || a.equals(",");
  }

  private static boolean fits(Alias alias, List<Word> words, int from) {
    int n = alias.shapes().size();
    for (int i = 0; i < n; i++) {
      Word w = words.get(from + i);
      if (!alias.shapes().get(i).fits(w)) return false;
      if (i + 1 < n && alias.commas().get(i) != w.after.strip().equals(",")) return false;
    }
    return true;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalStateException(
              RESOURCE + ":" + number + ": expected 3 tab-separated columns");
        }
        EntityType type = EntityType.valueOf(cols[0].strip());
        Entity entity = Entity.of(cols[1].strip(), type);
        g.byName.putIfAbsent(entity.name(), entity);
        List<String> aliases = new ArrayList<>();
        aliases.add(entity.name());
        for (String a : cols[2].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
        for (String alias : aliases) {
          g.add(alias, entity);
          possessives(alias).forEach(a -> g.add(a, entity));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return g;
  }

  /**
   * English writes a body's name in two orders: «State Emergency Service of Ukraine» in its
   * charter, «Ukraine's State Emergency Service» or «the Ukrainian Security Service» in the news,
   * where the title-word rule would otherwise cut «State» and leave an unknown «Emergency Service».
   * One country's bodies only: the gazetteer lists Ukraine's, and «X of Ukraine» with two or more
   * words in X («National Bank») is unambiguous once Ukraine is named before it.
   */
  static List<String> possessives(String alias) {
    if (!alias.endsWith(" of Ukraine")) return List.of();
    String body = alias.substring(0, alias.length() - " of Ukraine".length()).strip();
    if (body.indexOf(' ') < 0) return List.of();
    return List.of("Ukraine's " + body, "Ukrainian " + body);
  }

  /**
   * An alias word's key: its lemma when the word is a nominative of it («Зеленський»), else the
   * word itself, so a foreign name that only looks inflected («Гроссі», as if of «Гросс») matches
   * itself and not «Гроссу».
   */
  private static String ukrainianKey(String word) {
    for (ua.strichka.text.Reading r : Lemmatizer.of(Language.UK).readings(word)) {
      if (r.hasTag("v_naz") || r.hasTag("nv") || !r.tags().contains("v_")) {
        return r.lemma().toLowerCase(Locale.ROOT);
      }
    }
    return word.toLowerCase(Locale.ROOT);
  }

  private void add(String alias, Entity entity) {
    List<Token> tokens = Tokens.of(alias);
    if (tokens.isEmpty()) return;
    List<Shape> shapes = tokens.stream().map(t -> Shape.of(t.text())).toList();
    List<Boolean> commas = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int end = i + 1 < tokens.size() ? tokens.get(i + 1).start() : alias.length();
      commas.add(alias.substring(tokens.get(i).end(), end).contains(","));
    }
    for (Map.Entry<Language, Node> e : (alias.startsWith("«") ? quotedRoots : roots).entrySet()) {
      Lemmatizer lemmatizer = Lemmatizer.of(e.getKey());
      List<List<String>> keys = new ArrayList<>();
      for (Token t : tokens) {
        String word = t.normalized();
        if (e.getKey() == Language.UK) {
          keys.add(List.of(ukrainianKey(word)));
        } else {
          // a stem, and the word itself: Snowball stems a name's forms unevenly («Мюнхен» →
          // мюнх, «Мюнхене» → мюнхен)
          String stem = lemmatizer.lemma(word);
          String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
          keys.add(stem.equals(lower) ? List.of(stem) : List.of(stem, lower));
        }
      }
      Alias a = new Alias(entity, shapes, List.copyOf(commas));
      insert(e.getValue(), keys, 0, a);
    }
  }

  private static void insert(Node node, List<List<String>> keys, int at, Alias alias) {
    if (at == keys.size()) {
      if (node.alias == null) node.alias = alias;
      return;
    }
    for (String key : keys.get(at)) {
      insert(node.next.computeIfAbsent(key, k -> new Node()), keys, at + 1, alias);
    }
  }
}
