package ua.strichka.cli;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ua.strichka.bench.TextBench;

/** {@code strichka bench …}: benchmark figures, one subcommand per stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
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
      throw new ParameterException(
          spec.commandLine(), "--seconds must be more than 0 and at most 600, got " + seconds);
    }
    TextBench.run(Duration.ofMillis((long) (seconds * 1000)), spec.commandLine().getOut());
    return Main.OK;
  }
}
