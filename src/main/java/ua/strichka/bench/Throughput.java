package ua.strichka.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Single-thread pages/s of several pieces of work on the same pages, measured so that the figure
 * means something on a shared, loaded machine: time is the thread's own CPU time (other processes'
 * load does not count, though it still slows caches), after a warm-up, in rounds in which every
 * piece runs in turn for a short while, so a burst of load hits all of them alike; the median and
 * the spread of the rounds are printed, and each piece's cost in units of jsoup's parse of the same
 * pages, the ratio that stays put when the machine's speed does not.
 */
public final class Throughput {
  /** How long to measure: warm-up seconds per piece, then {@code rounds} × {@code seconds}. */
  public record Plan(double warmup, int rounds, double seconds) {
    public Plan {
      if (warmup < 0 || rounds < 1 || seconds <= 0) {
        throw new IllegalArgumentException("warm-up ≥ 0 s, ≥ 1 round of > 0 s");
      }
    }

    /** About {@code total} seconds per piece: a fifth warm-up, the rest in five rounds. */
    public static Plan of(double total) {
      return new Plan(total * 0.2, 5, total * 0.8 / 5);
    }
  }

  /** One piece of work over a page. */
  public record Work(String name, Consumer<ExtractBench.Page> run) {
    /** jsoup's parse of the page (and its further pages) alone: the floor every extractor pays. */
    static Work jsoupParse() {
      return new Work(
          "jsoup parse",
          p -> {
            Jsoup.parse(p.html(), p.url());
            for (String more : p.more()) Jsoup.parse(more, p.url());
          });
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Plan plan;

  public Throughput(Plan plan) {
    this.plan = plan;
  }

  /** Measures and prints; the first piece of work is the baseline the ratios refer to. */
  public void print(String title, List<ExtractBench.Page> pages, List<Work> work, PrintWriter out) {
    long chars = pages.stream().mapToLong(ExtractBench.Page::chars).sum();
    out.printf(
        "%n%s: throughput, one thread, %d pages of %d–%d KB (avg %d KB); warm-up %.1f s, %d"
            + " rounds of %.1f s each of %s time; load average %s on %d cores%n",
        title,
        pages.size(),
        pages.stream().mapToLong(ExtractBench.Page::chars).min().orElse(0) / 1024,
        pages.stream().mapToLong(ExtractBench.Page::chars).max().orElse(0) / 1024,
        chars / Math.max(1, pages.size()) / 1024,
        plan.warmup(),
        plan.rounds(),
        plan.seconds(),
        cpuTime() ? "thread CPU" : "wall-clock",
        load(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    for (Work w : work) run(w, pages, plan.warmup());
    double[][] rates = new double[work.size()][plan.rounds()];
    double[][] mbs = new double[work.size()][plan.rounds()];
    for (int r = 0; r < plan.rounds(); r++) {
      for (int i = 0; i < work.size(); i++) {
        double[] rate = run(work.get(i), pages, plan.seconds());
        rates[i][r] = rate[0];
        mbs[i][r] = rate[1];
      }
    }
    out.printf("%-14s %9s %17s %8s %11s%n", "", "pages/s", "spread (min–max)", "MB/s", "× parse");
    for (int i = 0; i < work.size(); i++) {
      double[] cost = new double[plan.rounds()];
      for (int r = 0; r < plan.rounds(); r++) cost[r] = rates[0][r] / rates[i][r];
      double[] sorted = rates[i].clone();
      Arrays.sort(sorted);
      out.printf(
          "%-14s %9.1f %17s %8.2f %11s%n",
          work.get(i).name(),
          median(rates[i]),
          String.format("%.1f–%.1f", sorted[0], sorted[sorted.length - 1]),
          median(mbs[i]),
          i == 0 ? "1.00" : String.format("%.2f", median(cost)));
    }
    out.printf("load average after: %s%n", load());
    out.flush();
  }

  /** Runs {@code w} over the pages in turn for about {@code seconds}: pages/s and MB/s. */
  private static double[] run(Work w, List<ExtractBench.Page> pages, double seconds) {
    long start = now();
    long end = start + (long) (seconds * 1e9);
    long count = 0;
    long chars = 0;
    do {
      ExtractBench.Page p = pages.get((int) (count % pages.size()));
      w.run().accept(p);
      count++;
      chars += p.chars();
    } while (now() < end);
    double elapsed = (now() - start) / 1e9;
    return new double[] {count / elapsed, chars / elapsed / 1e6};
  }

  private static boolean cpuTime() {
    return THREADS.isCurrentThreadCpuTimeSupported();
  }

  /** This thread's CPU time where the JVM can tell it, else the wall clock, in nanoseconds. */
  private static long now() {
    return cpuTime() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "unknown" : String.format("%.1f", l);
  }
}
