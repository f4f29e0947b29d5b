package ua.strichka.dedup;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What an article's text looks like to the duplicate finder.
 *
 * <ul>
 *   <li>{@code contentHash}: SHA-256 of the normalised text: equal only for exact copies (after
 *       case, quotes, dashes and spaces are normalised).
 *   <li>{@code simhash}: Charikar's 64-bit SimHash over word 3-gram shingles, each weighted by
 *       {@code 1 + ln(count)} so a repeated phrase counts but cannot dominate. Stored with the
 *       article ({@code article.simhash}); Hamming distance ≤ 3 finds copies that differ in a word
 *       or two.
 *   <li>{@code minhash}: {@value #MINHASHES} MinHash values of the same shingle set, whose share of
 *       agreements estimates the Jaccard similarity of two texts. This is what finds lightly edited
 *       copies (a sentence dropped, a headline changed): on the sample corpus such copies are 4–18
 *       SimHash bits apart, too far for a Hamming ≤ 3 search, while their shingle Jaccard stays
 *       0.72–0.88 against at most 0.11 for two outlets' own reports of one event.
 * </ul>
 *
 * @param words number of words the fingerprint was taken over; 0 for an empty text, which
 *     duplicates nothing
 */
public record Fingerprint(String contentHash, long simhash, int[] minhash, int words) {
  public static final int MINHASHES = 64;

  /** Multiply-shift hash functions h_i(x) = (a_i·x + b_i) >>> 32, fixed so values persist. */
  private static final long[] A = new long[MINHASHES];

  private static final long[] B = new long[MINHASHES];

  static {
    SplittableRandom random = new SplittableRandom(0x5EED_57C1_C4A1L);
    for (int i = 0; i < MINHASHES; i++) {
      A[i] = random.nextLong() | 1L;
      B[i] = random.nextLong();
    }
  }

  /**
   * Fingerprints a text.
   *
   * @param normalisedText the text as the text stage normalises it (for the exact hash)
   * @param words its words, lower-cased, in order (for the shingles)
   */
  public static Fingerprint of(String normalisedText, List<String> words) {
    long[] shingles = Shingles.of(words);
    LongIntHashMap counts = new LongIntHashMap(shingles.length * 2);
    for (long s : shingles) counts.addTo(s, 1);
    return new Fingerprint(
        DigestUtils.sha256Hex(normalisedText), simhash(counts), minhash(counts), words.size());
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
  public double similarity(Fingerprint other) {
    if (words == 0 || other.words == 0) return 0;
    return agreement(minhash, other.minhash);
  }

  /** Share of equal values in two texts' MinHash arrays (both non-empty). */
  static double agreement(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < MINHASHES; i++) if (a[i] == b[i]) same++;
    return same / (double) MINHASHES;
  }

  /** Number of SimHash bits in which the two differ. */
  public int hamming(Fingerprint other) {
    return Long.bitCount(simhash ^ other.simhash);
  }

  public boolean isEmpty() {
    return words == 0;
  }

  private static long simhash(LongIntHashMap counts) {
    double[] v = new double[64];
    for (LongIntCursor c : counts) {
      double weight = 1 + Math.log(c.value);
      long h = c.key;
      for (int bit = 0; bit < 64; bit++) v[bit] += ((h >>> bit) & 1) != 0 ? weight : -weight;
    }
    long out = 0;
    for (int bit = 0; bit < 64; bit++) if (v[bit] > 0) out |= 1L << bit;
    return out;
  }

  private static int[] minhash(LongIntHashMap counts) {
    long[] min = new long[MINHASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (LongIntCursor c : counts) {
      long x = c.key;
      for (int i = 0; i < MINHASHES; i++) {
        long h = (A[i] * x + B[i]) >>> 32;
        if (h < min[i]) min[i] = h;
      }
    }
    int[] out = new int[MINHASHES];
    for (int i = 0; i < MINHASHES; i++) out[i] = (int) min[i];
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && contentHash.equals(f.contentHash)
        && simhash == f.simhash
        && words == f.words
        && Arrays.equals(minhash, f.minhash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + contentHash.substring(0, 12) + ", simhash=" + simhash + "]";
  }
}
