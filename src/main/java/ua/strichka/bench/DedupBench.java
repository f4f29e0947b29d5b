package ua.strichka.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ua.strichka.dedup.Fingerprint;
import ua.strichka.dedup.RepostFinder;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.story.StoryDesk;
import ua.strichka.text.TextNormalizer;

/**
 * {@code strichka bench stories --dedup-only}: the repost finder's memory (heap used after a full
 * GC) as synthetic articles stream in, with a given window and cap. It leaves out the language,
 * lemma and clustering work of the full bench, so a million articles take a minute, not an hour;
 * words are split on non-letters, which gives fingerprints of the same size as the pipeline's.
 */
public final class DedupBench {
  private DedupBench() {}

  public static void run(
      long total, List<Long> checkpoints, Duration window, int capacity, PrintWriter out) {
    SyntheticNews news = new SyntheticNews(Corpus.load());
    RepostFinder finder = new RepostFinder(window, capacity, RepostFinder.ExactCopies.NONE);
    out.printf(
        "dedup bench: %,d synthetic articles (50,000 a day), window %s, cap %,d, JVM max heap %d MB%n",
        total, window, capacity, Runtime.getRuntime().maxMemory() >> 20);
    out.println("  articles   remembered   reposts   heap used after GC MB");
    out.flush();
    long reposts = 0;
    long baseline = heapAfterGc();
    for (long i = 0; i < total; i++) {
      StoryDesk.Incoming a = news.article(i);
      String text = a.lead() + "\n\n" + a.body();
      List<String> words =
          Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
              .filter(w -> !w.isEmpty())
              .toList();
      Fingerprint print = Fingerprint.of(TextNormalizer.forHashing(text), words);
      var verdict =
          finder.check(
              new RepostFinder.Article(
                  a.key(), a.outlet(), a.host(), a.publishedMillis(), print, null));
      if (verdict.isRepost()) reposts++;
      if (checkpoints.contains(i + 1)) {
        out.printf(
            "  %,9d   %,10d   %,7d   %,21d%n",
            i + 1, finder.size(), reposts, (heapAfterGc() - baseline) >> 20);
        out.flush();
      }
    }
  }

  private static long heapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
