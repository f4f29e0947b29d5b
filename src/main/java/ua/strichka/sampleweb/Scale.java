package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale mode: up to a million synthetic articles made of corpus sentences, for load benchmarks.
 * Article {@code i} is a pure function of the seed and {@code i}, made when asked for and never
 * stored; the outlets share them out by weight through a repeating pattern of {@link #SLOTS} slots,
 * so an outlet's k-th article and its count are arithmetic, not a search. Each outlet lists its
 * share through a paginated sitemap index and a paginated RSS feed under {@code /scale/}.
 */
final class Scale {
  static final String SITEMAP = "/scale/sitemap.xml";
  static final String FEED = "/scale/feed.xml";
  static final int SLOTS = 100;
  static final int SITEMAP_SIZE = 1000;
  static final int FEED_SIZE = 50;
  private static final Pattern ARTICLE = Pattern.compile("/scale/(\\d+)-[a-z0-9-]+");
  private static final Pattern CHILD = Pattern.compile("/scale/sitemap-(\\d+)\\.xml");
  private static final int BASE_NUMBER = 10_000_000;

  private final long size;
  private final long seed;
  private final Instant start;
  private final List<String> titles;
  private final List<String> sentences;
  private final String[] owner = new String[SLOTS];
  private final Map<String, int[]> slotsOf;

  Scale(Corpus corpus, long size, long seed, Instant start) {
    this.size = size;
    this.seed = seed;
    this.start = start;
    List<String> t = new ArrayList<>();
    List<String> s = new ArrayList<>();
    for (CorpusArticle a : corpus.articles()) {
      if (!a.news() || !a.language().equals("uk")) continue;
      t.add(a.original().title());
      for (String sentence : a.original().text().split("(?<=[.!?…])\\s+(?=[А-ЯІЇЄҐA-Z«—])")) {
        if (sentence.length() > 30 && !sentence.contains("\n")) s.add(sentence.strip());
      }
    }
    this.titles = List.copyOf(t);
    this.sentences = List.copyOf(s);
    this.slotsOf = share(corpus.outlets());
  }

  /** Gives each outlet a number of the {@link #SLOTS} slots by weight (largest remainder). */
  private Map<String, int[]> share(List<CorpusOutlet> outlets) {
    double total = outlets.stream().mapToDouble(CorpusOutlet::weight).sum();
    int[] counts = new int[outlets.size()];
    double[] rest = new double[outlets.size()];
    int given = 0;
    for (int i = 0; i < outlets.size(); i++) {
      double exact = SLOTS * outlets.get(i).weight() / total;
      counts[i] = (int) Math.floor(exact);
      rest[i] = exact - counts[i];
      given += counts[i];
    }
    while (given < SLOTS) {
      int best = 0;
      for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
      counts[best]++;
      rest[best] = -1;
      given++;
    }
    // Interleave the outlets over the slots so every stretch of indices is shared out evenly.
    Map<String, List<Integer>> positions = new java.util.LinkedHashMap<>();
    outlets.forEach(o -> positions.put(o.slug(), new ArrayList<>()));
    int[] used = new int[outlets.size()];
    for (int slot = 0; slot < SLOTS; slot++) {
      int pick = -1;
      double lag = -1;
      for (int i = 0; i < outlets.size(); i++) {
        if (used[i] >= counts[i]) continue;
        double owed = (double) (slot + 1) * counts[i] / SLOTS - used[i];
        if (owed > lag) {
          lag = owed;
          pick = i;
        }
      }
      used[pick]++;
      owner[slot] = outlets.get(pick).slug();
      positions.get(outlets.get(pick).slug()).add(slot);
    }
    Map<String, int[]> out = new java.util.HashMap<>();
    positions.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  long size() {
    return size;
  }

  /** How many synthetic articles the outlet has. */
  long count(String outlet) {
    int[] slots = slotsOf.getOrDefault(outlet, new int[0]);
    long full = size / SLOTS * slots.length;
    long rest = Arrays.stream(slots).filter(s -> s < size % SLOTS).count();
    return full + rest;
  }

  /** The global index of the outlet's k-th synthetic article (0 = newest). */
  long index(String outlet, long k) {
    int[] slots = slotsOf.get(outlet);
    return k / slots.length * SLOTS + slots[(int) (k % slots.length)];
  }

  String outletOf(long i) {
    return owner[(int) (i % SLOTS)];
  }

  /** Synthetic article {@code i}, the same for the same seed on every run. */
  Post post(long i) {
    String outlet = outletOf(i);
    long k =
        (i / SLOTS) * slotsOf.get(outlet).length
            + Arrays.binarySearch(slotsOf.get(outlet), (int) (i % SLOTS));
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + i);
    String title = titles.get(r.nextInt(titles.size()));
    String lead = sentences.get(r.nextInt(sentences.size()));
    List<String> paras = new ArrayList<>();
    int n = 3 + r.nextInt(4);
    for (int p = 0; p < n; p++) {
      StringBuilder para = new StringBuilder();
      int m = 1 + r.nextInt(3);
      for (int j = 0; j < m; j++) {
        if (j > 0) para.append(' ');
        para.append(sentences.get(r.nextInt(sentences.size())));
      }
      paras.add(para.toString());
    }
    Rubric section = Rubric.values()[r.nextInt(Rubric.values().length)];
    double hoursAgo = 0.05 * (k + 1);
    CorpusArticle a =
        new CorpusArticle(
            "scale-" + i,
            outlet,
            "uk",
            section,
            Optional.empty(),
            true,
            Optional.empty(),
            false,
            hoursAgo,
            List.of(),
            new CorpusArticle.Version(
                title, lead, String.join("\n\n", paras), List.of(), List.of()),
            Optional.empty());
    String path = "/scale/" + i + "-" + Translit.slug(title, 6);
    return new Post(
        a,
        (int) (BASE_NUMBER + i),
        path,
        start.minusMillis(Math.round(hoursAgo * 3_600_000)),
        Optional.empty(),
        true);
  }

  /** The scale-mode documents and articles of the outlet at {@code key}, if it is one. */
  Optional<Reply> serve(View v, Template t, String key, int page) {
    String outlet = v.outlet().slug();
    long count = count(outlet);
    var cs = t.charset();
    if (key.equals(SITEMAP)) {
      List<Feeds.Child> children = new ArrayList<>();
      for (long p = 1; p <= (count + SITEMAP_SIZE - 1) / SITEMAP_SIZE; p++) {
        children.add(new Feeds.Child("/scale/sitemap-" + p + ".xml", start));
      }
      return Optional.of(Reply.of("application/xml", Feeds.sitemapIndex(v, children), cs, start));
    }
    Matcher child = CHILD.matcher(key);
    if (child.matches()) {
      long p = Long.parseLong(child.group(1));
      List<Post> posts = slice(outlet, (p - 1) * SITEMAP_SIZE, SITEMAP_SIZE, count);
      if (posts.isEmpty()) return Optional.empty();
      return Optional.of(
          Reply.of("application/xml", Feeds.sitemap(v, posts, List.of()), cs, start));
    }
    if (key.equals(FEED)) {
      List<Post> posts = slice(outlet, (long) (page - 1) * FEED_SIZE, FEED_SIZE, count);
      if (posts.isEmpty() && page > 1) return Optional.empty();
      String xml = Feeds.rss(v, t, "uk", FEED, posts, new Feeds.RssStyle(cs.name(), false));
      if ((long) page * FEED_SIZE < count) {
        xml =
            xml.replaceFirst(
                "<link>",
                "<atom:link rel=\"next\" href=\""
                    + v.url(FEED + "?page=" + (page + 1))
                    + "\"/>\n<link>");
      }
      return Optional.of(Reply.of("application/rss+xml", xml, cs, start));
    }
    Matcher article = ARTICLE.matcher(key);
    if (article.matches()) {
      long i = Long.parseLong(article.group(1));
      if (i >= size || !outletOf(i).equals(outlet)) return Optional.empty();
      Post p = post(i);
      if (!p.path().equals(key)) return Optional.empty();
      // A long read of the paginated template runs over ?page=2 and on, as on the outlet's own
      // articles: each page is its own slice (page 1 for every page lost the rest of the text).
      Template.Rendered r = t.article(v, p, page);
      if (page > r.pages()) return Optional.empty();
      return Optional.of(Reply.html(r.html(), cs, p.published()));
    }
    return Optional.empty();
  }

  private List<Post> slice(String outlet, long from, int n, long count) {
    List<Post> out = new ArrayList<>();
    for (long k = from; k < Math.min(count, from + n); k++) out.add(post(index(outlet, k)));
    return out;
  }
}
