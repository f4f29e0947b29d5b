package ua.strichka.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.story.Clusterer;
import ua.strichka.story.StoryDesk;

/**
 * {@code strichka bench stories}: articles per second of the full analysis (language, lemmas,
 * fingerprints, reposts, clustering) over synthetic articles, and memory, at checkpoints up to a
 * million. Analysis runs on every core, in batches; placement runs on one thread as in the
 * pipeline. Each checkpoint prints the rate of the last stretch, so a per-article cost that grew
 * with the store would show as a falling rate, and the process CPU time per article, which other
 * programs sharing the machine do not distort (JIT and GC threads included).
 */
public final class StoriesBench {
  private static final int BATCH = 2_000;

  private StoriesBench() {}

  public static void run(long total, List<Long> checkpoints, PrintWriter out) throws Exception {
    SyntheticNews news = new SyntheticNews(Corpus.load());
    Clusterer clusterer = new Clusterer(Clusterer.Settings.defaults());
    StoryDesk desk = new StoryDesk(clusterer, Duration.ofHours(72));
    int threads = Runtime.getRuntime().availableProcessors();
    out.printf(
        "stories bench: %,d synthetic articles (50,000 a day), %d analysis threads, JVM max heap %d MB%n",
        total, threads, Runtime.getRuntime().maxMemory() >> 20);
    out.println(
        "  articles   articles/s (stretch)   articles/s (overall)   CPU ms/article (stretch)   heap used MB   open stories   reposts");
    out.flush();
    long reposts = 0;
    long start = System.nanoTime();
    long stretchStart = start;
    long stretchFrom = 0;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (long from = 0; from < total; from += BATCH) {
        long to = Math.min(total, from + BATCH);
        List<Future<StoryDesk.Analysed>> batch = new ArrayList<>(BATCH);
        for (long i = from; i < to; i++) {
          long n = i;
          batch.add(pool.submit(() -> StoryDesk.analyse(news.article(n))));
        }
        for (Future<StoryDesk.Analysed> f : batch) {
          if (desk.place(f.get()).repostOf() != null) reposts++;
        }
        for (long c : checkpoints) {
          if (c > from && c <= to) {
            long now = System.nanoTime();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            out.printf(
                "  %,9d   %,20.0f   %,20.0f   %,24.3f   %,12d   %,12d   %,7d%n",
                to,
                (to - stretchFrom) / ((now - stretchStart) / 1e9),
                to / ((now - start) / 1e9),
                (os.getProcessCpuTime() - cpuStart) / 1e6 / (to - stretchFrom),
                (rt.totalMemory() - rt.freeMemory()) >> 20,
                clusterer.openCount(),
                reposts);
            out.flush();
            stretchStart = System.nanoTime();
            cpuStart = os.getProcessCpuTime();
            stretchFrom = to;
          }
        }
      }
    }
  }
}
