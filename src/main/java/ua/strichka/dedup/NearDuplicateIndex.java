package ua.strichka.dedup;

import com.carrotsearch.hppc.IntArrayDeque;
import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * MinHash-LSH over the fingerprints of recent articles: which stored texts share at least half of
 * their shingles with a given one, in time that does not grow with the number stored.
 *
 * <p>The {@value Fingerprint#MINHASHES} MinHash values are cut into {@value #BANDS} bands of
 * {@value #ROWS}; two texts become candidates when any band agrees, which happens with probability
 * 1 − (1 − J⁴)¹⁶: 99.4 % at Jaccard 0.72 (the most edited copy in the sample corpus), 0.2 % at 0.11
 * (two outlets' own reports). Candidates are then checked against all 64 values. Each lookup
 * touches 16 hash buckets whose length depends on how many near-copies exist, not on how many
 * articles are stored; a bucket is read no further than {@value #MAX_BUCKET_WALK} entries so
 * boilerplate shared by thousands of pages cannot slow it down.
 *
 * <p>Why MinHash-LSH and not SimHash band tables (4 × 16-bit, Hamming ≤ 3): the latter only finds
 * copies differing in a word or two, and lightly edited reposts are 4–18 bits apart.
 *
 * <p>Memory is bounded twice, so a {@code serve} that runs for months does not grow: articles older
 * than the window (by publication time, relative to the newest seen) are dropped, since reposts
 * follow their original within hours or days, and past {@code capacity} entries the earliest
 * arrived is dropped too (a burst of news, or a window set long). Only the MinHash values are kept
 * per article (about 0.8 KB with the buckets), not the whole fingerprint. What falls out is still
 * found as an exact copy through the store (see {@link RepostFinder.ExactCopies}).
 *
 * <p>Not thread-safe: one writer (the analysis pipeline) owns it.
 */
public final class NearDuplicateIndex<V> {
  static final int BANDS = 16;
  static final int ROWS = Fingerprint.MINHASHES / BANDS;
  static final int MAX_BUCKET_WALK = 256;

  /** Least estimated Jaccard similarity of a near duplicate. */
  public static final double THRESHOLD = 0.5;

  /** A stored text like the one looked up. */
  public record Match<V>(String key, long publishedMillis, double similarity, V value) {}

  private final long windowMillis;
  private final int capacity;
  private final ObjectIntHashMap<String> docByKey = new ObjectIntHashMap<>();
  private final LongIntHashMap bucketHead = new LongIntHashMap();
  private IntArrayDeque arrival = new IntArrayDeque();
  private final IntArrayList freeDocs = new IntArrayList();
  private String[] keys = new String[1024];
  private Object[] values = new Object[1024];
  private int[][] prints = new int[1024][];
  private long[] times = new long[1024];
  private int[] next = new int[1024 * BANDS];
  private int docs;
  private long newest = Long.MIN_VALUE;

  /**
   * @param window how far behind the newest article seen an article is still kept
   * @param capacity most articles kept; past it the earliest arrived is dropped
   */
  public NearDuplicateIndex(Duration window, int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
    this.windowMillis = window.toMillis();
    this.capacity = capacity;
  }

  /**
   * Stores (or replaces) the text under {@code key} with {@code value}, what the caller wants back
   * with a match; empty texts are not stored, nor texts already older than the window (a late
   * arrival would otherwise stay until everything that arrived before it had aged out).
   */
  public void add(String key, long publishedMillis, Fingerprint print, V value) {
    remove(key);
    if (print.isEmpty()) return;
    newest = Math.max(newest, publishedMillis);
    evictOlderThan(newest - windowMillis);
    if (publishedMillis < newest - windowMillis) return;
    while (docByKey.size() >= capacity) evictEarliestArrived();
    int doc = allocate();
    keys[doc] = key;
    prints[doc] = print.minhash();
    values[doc] = value;
    times[doc] = publishedMillis;
    docByKey.put(key, doc);
    arrival.addLast(doc);
    if (arrival.size() > 2 * Math.max(docByKey.size(), 1024)) dropReplaced();
    for (int b = 0; b < BANDS; b++) {
      long bucket = bucketKey(print.minhash(), b);
      int slot = doc * BANDS + b;
      int head = bucketHead.getOrDefault(bucket, -1);
      next[slot] = head;
      bucketHead.put(bucket, slot);
    }
  }

  /** Forgets {@code key}; nothing happens when it is not stored. */
  public void remove(String key) {
    int doc = docByKey.getOrDefault(key, -1);
    if (doc < 0) return;
    docByKey.remove(key);
    for (int b = 0; b < BANDS; b++) unlink(bucketKey(prints[doc], b), doc * BANDS + b);
    keys[doc] = null;
    prints[doc] = null;
    values[doc] = null;
  }

  /**
   * Stored texts whose estimated Jaccard similarity to {@code print} is at least 0.5, best first.
   */
  public List<Match<V>> similar(Fingerprint print) {
    if (print.isEmpty()) return List.of();
    IntHashSet seen = new IntHashSet();
    List<Match<V>> out = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      int slot = bucketHead.getOrDefault(bucketKey(print.minhash(), b), -1);
      for (int walked = 0; slot >= 0 && walked < MAX_BUCKET_WALK; walked++, slot = next[slot]) {
        int doc = slot / BANDS;
        if (!seen.add(doc)) continue;
        double similarity = Fingerprint.agreement(print.minhash(), prints[doc]);
        if (similarity >= THRESHOLD)
          out.add(new Match<>(keys[doc], times[doc], similarity, value(doc)));
      }
    }
    out.sort(Comparator.comparingDouble((Match<V> m) -> m.similarity()).reversed());
    return out;
  }

  /** The value stored with {@code key}, or null. */
  public V get(String key) {
    int doc = docByKey.getOrDefault(key, -1);
    return doc < 0 ? null : value(doc);
  }

  @SuppressWarnings("unchecked")
  private V value(int doc) {
    return (V) values[doc];
  }

  /** Number of texts stored. */
  public int size() {
    return docByKey.size();
  }

  private void evictOlderThan(long cutoff) {
    while (!arrival.isEmpty()) {
      int doc = arrival.getFirst();
      if (keys[doc] != null && times[doc] >= cutoff) return;
      dropFirstArrived();
    }
  }

  private void evictEarliestArrived() {
    while (!arrival.isEmpty()) {
      boolean live = keys[arrival.getFirst()] != null;
      dropFirstArrived();
      if (live) return;
    }
  }

  /**
   * Frees the places of replaced and removed texts still queued behind a live one: without this, a
   * page updated over and over while an older article stays would grow the arrays past the cap.
   */
  private void dropReplaced() {
    IntArrayDeque live = new IntArrayDeque(docByKey.size() + 1);
    while (!arrival.isEmpty()) {
      int doc = arrival.removeFirst();
      if (keys[doc] != null) live.addLast(doc);
      else freeDocs.add(doc);
    }
    arrival = live;
  }

  /** Places taken, live or waiting to be freed: what the arrays hold. */
  int places() {
    return docs - freeDocs.size();
  }

  private void dropFirstArrived() {
    int doc = arrival.removeFirst();
    if (keys[doc] != null) remove(keys[doc]);
    freeDocs.add(doc);
  }

  private int allocate() {
    if (!freeDocs.isEmpty()) return freeDocs.removeAt(freeDocs.size() - 1);
    if (docs == keys.length) {
      int size = keys.length * 2;
      keys = Arrays.copyOf(keys, size);
      prints = Arrays.copyOf(prints, size);
      values = Arrays.copyOf(values, size);
      times = Arrays.copyOf(times, size);
      next = Arrays.copyOf(next, size * BANDS);
    }
    return docs++;
  }

  private void unlink(long bucket, int slot) {
    int head = bucketHead.getOrDefault(bucket, -1);
    if (head == slot) {
      if (next[slot] < 0) bucketHead.remove(bucket);
      else bucketHead.put(bucket, next[slot]);
      return;
    }
    for (int s = head; s >= 0; s = next[s]) {
      if (next[s] == slot) {
        next[s] = next[slot];
        return;
      }
    }
  }

  private static long bucketKey(int[] minhash, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++)
      h = h * 0x9E3779B97F4A7C15L + (minhash[band * ROWS + r] & 0xFFFFFFFFL);
    return Shingles.fmix64(h);
  }
}
