package ua.strichka.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, article by article, whether a text is a copy of one already seen and which article is
 * the original, so a story counts each outlet's own reporting once and credits whoever wrote it.
 *
 * <p>A near duplicate (see {@link NearDuplicateIndex}) of an earlier article, on another outlet or
 * under another URL of the same outlet, is a repost. Its original is, among the copies of one text:
 * the article of the outlet a copy credits («Джерело: …», the extractor's {@code SourceCredit}),
 * else the earliest published. Crawls do not see articles in publication order, so a later arrival
 * can turn out to be the original: then the copies seen before are re-linked to it and the verdict
 * lists them. An article seen again under the same key is an update: its old text is replaced and
 * it keeps the role the new text gives it.
 *
 * <p>The index remembers a bounded window of recent articles; an exact copy of an older text (same
 * normalised-content hash) is still found through {@link ExactCopies}, the store's indexed {@code
 * article.content_hash}, and linked to the earliest stored copy.
 *
 * <p>Not thread-safe: one writer owns it.
 */
public final class RepostFinder {
  /**
   * An article as the finder needs it.
   *
   * @param key the article's identity (canonical URL or store id)
   * @param outlet the outlet's slug
   * @param host the host of the article's URL, to match credits against
   * @param creditedHost host (or domain) the article names as its source, or null
   */
  public record Article(
      String key,
      String outlet,
      String host,
      long publishedMillis,
      Fingerprint print,
      String creditedHost) {}

  /**
   * What the finder decided.
   *
   * @param originalKey the original this article copies, or null when it is an original
   * @param similarity estimated Jaccard similarity to the original (0 for an original)
   * @param relinked keys of earlier articles that are now reposts of {@code newOriginal}
   * @param newOriginal the original the relinked articles now point to (this article's original or
   *     itself), or null when nothing was relinked
   * @param update true when the key was seen before (a re-published URL)
   */
  public record Verdict(
      String originalKey,
      double similarity,
      List<String> relinked,
      String newOriginal,
      boolean update) {
    public boolean isRepost() {
      return originalKey != null;
    }
  }

  /** What the index keeps per article; {@code original} is flattened to the root of the copies. */
  private static final class Entry {
    final String key;
    final String host;
    final String creditedHost;
    final long published;
    String original;

    Entry(String key, String host, String creditedHost, long published) {
      this.key = key;
      this.host = host;
      this.creditedHost = creditedHost;
      this.published = published;
    }
  }

  /** Where exact copies older than the index's memory are looked up. */
  @FunctionalInterface
  public interface ExactCopies {
    /** Nothing beyond the index (batch runs and benchmarks, which have no store). */
    ExactCopies NONE = (contentHash, key) -> Optional.empty();

    /**
     * The key of the earliest stored article, other than {@code key}, whose normalised text hashes
     * to {@code contentHash}; empty when there is none.
     */
    Optional<String> earliest(String contentHash, String key);
  }

  /**
   * Articles remembered when nothing else is configured: about 80 MB, two days of the 50,000
   * articles a day a national aggregator sees (config {@code dedup.max-entries}).
   */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final NearDuplicateIndex<Entry> index;
  private final ExactCopies older;

  /**
   * Remembers at most {@code capacity} articles published within {@code window} of the newest one
   * seen, and asks {@code older} for exact copies of what it no longer remembers.
   */
  public RepostFinder(Duration window, int capacity, ExactCopies older) {
    this.index = new NearDuplicateIndex<>(window, capacity);
    this.older = older;
  }

  public Verdict check(Article a) {
    Entry previous = index.get(a.key());
    boolean update = previous != null;
    index.remove(a.key());
    Entry self = new Entry(a.key(), host(a.host()), host(a.creditedHost()), a.publishedMillis());
    Map<String, Entry> group = new LinkedHashMap<>();
    Map<String, Double> similarity = new LinkedHashMap<>();
    String evictedRoot = null;
    for (NearDuplicateIndex.Match<Entry> m : index.similar(a.print())) {
      Entry e = m.value();
      group.put(e.key, e);
      similarity.put(e.key, m.similarity());
      if (e.original != null && !e.original.equals(a.key())) {
        Entry root = index.get(e.original);
        if (root != null) group.putIfAbsent(root.key, root);
        else if (evictedRoot == null) evictedRoot = e.original;
      }
    }
    if (group.isEmpty()) {
      Optional<String> copied =
          a.print().isEmpty()
              ? Optional.empty()
              : older.earliest(a.print().contentHash(), a.key()).filter(k -> !k.equals(a.key()));
      self.original = copied.orElse(null);
      index.add(a.key(), a.publishedMillis(), a.print(), self);
      return new Verdict(self.original, copied.isPresent() ? 1 : 0, List.of(), null, update);
    }
    group.put(self.key, self);
    String original = evictedRoot != null ? evictedRoot : chooseOriginal(group.values());
    List<String> relinked = new ArrayList<>();
    for (Entry e : group.values()) {
      if (e == self) continue;
      String before = e.original;
      e.original = e.key.equals(original) ? null : original;
      if (e.original != null && !e.original.equals(before)) relinked.add(e.key);
    }
    self.original = original.equals(self.key) ? null : original;
    index.add(a.key(), a.publishedMillis(), a.print(), self);
    double sim = self.original == null ? 0 : similarity.getOrDefault(original, bestOf(similarity));
    return new Verdict(
        self.original, sim, List.copyOf(relinked), relinked.isEmpty() ? null : original, update);
  }

  /** Forgets an article (deleted, or analysed again from scratch). */
  public void forget(String key) {
    index.remove(key);
  }

  /** Number of articles remembered. */
  public int size() {
    return index.size();
  }

  /**
   * The credited outlet's article when some copy credits one present in the group and it credits
   * none itself; otherwise the earliest published (the first seen on a tie).
   */
  private static String chooseOriginal(Iterable<Entry> group) {
    Entry best = null;
    for (Entry e : group) {
      if (e.creditedHost != null || !isCredited(e, group)) continue;
      if (best == null || e.published < best.published) best = e;
    }
    if (best != null) return best.key;
    for (Entry e : group) if (best == null || e.published < best.published) best = e;
    return best.key;
  }

  private static boolean isCredited(Entry candidate, Iterable<Entry> group) {
    if (candidate.host == null) return false;
    for (Entry e : group) {
      if (e != candidate && candidate.host.equals(e.creditedHost)) return true;
    }
    return false;
  }

  private static double bestOf(Map<String, Double> similarity) {
    return similarity.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** Lower case, without {@code www.}, so «Джерело: www.Kyiv.ua» matches https://kyiv.ua/…. */
  static String host(String host) {
    if (host == null || host.isBlank()) return null;
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
