package ua.strichka.cli;

import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.StoriesBench;
import ua.strichka.bench.StoryQuality;
import ua.strichka.bench.TextBench;
import ua.strichka.story.Clusterer;

/** {@code strichka bench …}: benchmark figures, one subcommand per stage. */
@Command(
    name = "bench",
    description = "Print benchmark figures of a pipeline stage measured on the sample corpus.")
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "text",
      description =
          "Tokens, language detection and lemmas: speed (one thread) and language accuracy.")
  int text(
      @Option(
              names = "--seconds",
              defaultValue = "2",
              paramLabel = "S",
              description =
                  "Time per measure, after as long again of warm-up (default: ${DEFAULT-VALUE}).")
          double seconds) {
    if (!(seconds > 0 && seconds <= 600)) {
      throw new IllegalArgumentException("--seconds must be between 0 and 600, got " + seconds);
    }
    TextBench.run(Duration.ofMillis((long) (seconds * 1000)), spec.commandLine().getOut());
    return Main.OK;
  }

  @Command(
      name = "quality",
      description =
          "Quality against the sample corpus: language, reposts, story clustering (pairwise and"
              + " B-cubed), top-10 agreement.")
  int quality() {
    StoryQuality.print(
        StoryQuality.measure(Clusterer.Settings.defaults()), spec.commandLine().getOut());
    return Main.OK;
  }

  @Command(
      name = "stories",
      description =
          "Articles/s of the full analysis (language, lemmas, dedup, clustering) and memory over"
              + " synthetic articles, at 10k, 100k and 1M.")
  int stories(
      @Option(
              names = "--articles",
              defaultValue = "1000000",
              paramLabel = "N",
              description = "How many synthetic articles (default: ${DEFAULT-VALUE}).")
          long articles)
      throws Exception {
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
    StoriesBench.run(articles, checkpoints, spec.commandLine().getOut());
    return Main.OK;
  }
}
