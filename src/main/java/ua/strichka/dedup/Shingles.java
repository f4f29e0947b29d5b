package ua.strichka.dedup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Overlapping word 3-grams of a text as 64-bit hashes, the features both SimHash and MinHash work
 * on. Each word is hashed once (Murmur3 from commons-codec); a shingle combines the hashes of its
 * three words with Murmur3's own 64-bit finaliser, so no shingle string is ever built.
 */
final class Shingles {
  static final int SIZE = 3;

  private Shingles() {}

  /** The shingle hashes in text order (repeats kept); a text shorter than 3 words gives one. */
  static long[] of(List<String> words) {
    int n = words.size();
    if (n == 0) return new long[0];
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      byte[] bytes = words.get(i).getBytes(StandardCharsets.UTF_8);
      w[i] = MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
    }
    if (n < SIZE) {
      long h = 0;
      for (long x : w) h = h * 0x9E3779B97F4A7C15L + x;
      return new long[] {fmix64(h)};
    }
    long[] out = new long[n - SIZE + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = fmix64(w[i] * 0x9E3779B97F4A7C15L + Long.rotateLeft(w[i + 1], 21) ^ w[i + 2]);
    }
    return out;
  }

  /** Murmur3's 64-bit finaliser: every input bit affects every output bit. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
