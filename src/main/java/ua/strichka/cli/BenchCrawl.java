package ua.strichka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.CrawlBench;

/** {@code strichka bench crawl}: pages/s and peak memory crawling the sample web at scale. */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description =
        "Crawl the sample web in scale mode, outlets on 127.0.0.2… (one request at a time per"
            + " host); print pages/s and peak memory.")
final class BenchCrawl implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pages", description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
  long pages = 100_000;

  @Option(
      names = "--host-delay",
      description = "Least time between two requests to one host, ms (default: ${DEFAULT-VALUE}).")
  long hostDelayMs = 0;

  @Option(
      names = "--max-crawl-delay",
      description =
          "robots.txt Crawl-delay honoured up to this, ms (default: ${DEFAULT-VALUE}, the"
              + " configuration's; 0 measures the crawler rather than two sample outlets'"
              + " 1 s Crawl-delay)")
  long maxCrawlDelayMs = 60_000;

  @Option(
      names = "--concurrency",
      description = "Requests in flight across hosts (default: ${DEFAULT-VALUE}).")
  int concurrency = 32;

  @Option(
      names = "--store",
      paramLabel = "JDBC-URL",
      description = "Store to crawl into (default: a new SQLite file in a temporary folder).")
  String store;

  @Option(
      names = "--processes",
      description =
          "Crawl with this many separate 'strichka crawl --once' processes sharing the store"
              + " (more than one needs --store on PostgreSQL); default: ${DEFAULT-VALUE}, the"
              + " crawler in this JVM, with its peak memory.")
  int processes = 0;

  @Override
  public Integer call() throws Exception {
    if (pages < 1) throw new IllegalArgumentException("--pages must be at least 1");
    if (processes < 0) throw new IllegalArgumentException("--processes must not be negative");
    if (processes > 1 && (store == null || !store.startsWith("jdbc:postgresql:"))) {
      throw new IllegalArgumentException(
          "--processes "
              + processes
              + " shares one frontier: give --store jdbc:postgresql://… (an empty database)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("strichka-bench-crawl");
    try {
      String url = store != null ? store : "jdbc:sqlite:" + dir.resolve("bench.db");
      if (processes > 0) {
        CrawlBench.ProcessFigures f =
            CrawlBench.runProcesses(
                pages,
                Duration.ofMillis(hostDelayMs),
                Duration.ofMillis(maxCrawlDelayMs),
                concurrency,
                url,
                processes,
                dir,
                out);
        out.printf(
            Locale.ROOT,
            "bench crawl: %d pages from %d hosts by %d processes (host delay %d ms, Crawl-delay"
                + " honoured up to %d ms, concurrency %d each) in %.1f s: %.0f pages/s; %d URLs"
                + " failed%n",
            f.pages(),
            f.hosts(),
            f.processes(),
            hostDelayMs,
            maxCrawlDelayMs,
            concurrency,
            f.elapsed().toMillis() / 1000.0,
            f.pagesPerSecond(),
            f.failures());
        return Main.OK;
      }
      CrawlBench.Figures f =
          CrawlBench.run(
              pages,
              Duration.ofMillis(hostDelayMs),
              Duration.ofMillis(maxCrawlDelayMs),
              concurrency,
              url,
              out);
      out.println(f.summary().line());
      out.printf(
          Locale.ROOT,
          "bench crawl: %d pages from %d hosts (host delay %d ms, Crawl-delay honoured up to %d ms, concurrency %d) in %.1f s:"
              + " %.0f pages/s; heap peak %d MB (sampled every 100 ms), %d MB (sum of pool"
              + " peaks); %d failed%n",
          f.summary().pages(),
          f.hosts(),
          hostDelayMs,
          maxCrawlDelayMs,
          concurrency,
          f.summary().elapsed().toMillis() / 1000.0,
          f.pagesPerSecond(),
          f.heapSampledPeak() >> 20,
          f.heapPeakBytes() >> 20,
          f.summary().failures());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }
}
