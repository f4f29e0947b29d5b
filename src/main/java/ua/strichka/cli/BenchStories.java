package ua.strichka.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.DedupBench;
import ua.strichka.bench.StoriesBench;

/**
 * {@code strichka bench stories}: throughput and memory of the full analysis as the store grows.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "Articles/s of the full analysis (language, lemmas, dedup, clustering) and memory over"
            + " synthetic articles, at 10k, 100k and 1M.")
final class BenchStories implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "How many synthetic articles (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(
      names = "--dedup-only",
      description = "Measure only the repost finder's memory (heap after GC), without analysis.")
  boolean dedupOnly;

  @Option(
      names = "--dedup-days",
      defaultValue = "30",
      paramLabel = "DAYS",
      description = "With --dedup-only: the finder's window in days (default: ${DEFAULT-VALUE}).")
  int dedupDays;

  @Option(
      names = "--dedup-cap",
      defaultValue = "100000",
      paramLabel = "N",
      description =
          "With --dedup-only: most articles the finder remembers (default: ${DEFAULT-VALUE}).")
  int dedupCap;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || articles > 10_000_000) {
      throw new IllegalArgumentException(
          "--articles must be between 1 and 10000000, got " + articles);
    }
    List<Long> checkpoints =
        List.of(10_000L, 50_000L, 100_000L, 250_000L, 500_000L, 750_000L, 1_000_000L, articles)
            .stream()
            .filter(c -> c <= articles)
            .distinct()
            .toList();
    if (dedupOnly) {
      if (dedupDays < 1 || dedupCap < 1) {
        throw new IllegalArgumentException("--dedup-days and --dedup-cap must be at least 1");
      }
      DedupBench.run(
          articles, checkpoints, Duration.ofDays(dedupDays), dedupCap, spec.commandLine().getOut());
      return Main.OK;
    }
    StoriesBench.run(articles, checkpoints, spec.commandLine().getOut());
    return Main.OK;
  }
}
