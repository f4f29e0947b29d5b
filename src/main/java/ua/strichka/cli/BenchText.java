package ua.strichka.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ua.strichka.bench.TextBench;

/** {@code strichka bench text}: speed of the language layer and language accuracy. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description =
        "Tokens, language detection and lemmas on the sample corpus: speed (one thread, CPU"
            + " time) and language accuracy.")
final class BenchText implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--seconds",
      defaultValue = "2",
      paramLabel = "S",
      description =
          "CPU time per measure, after as long again of warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Override
  public Integer call() {
    if (!(seconds > 0 && seconds <= 600)) {
      throw new ParameterException(
          spec.commandLine(), "--seconds must be more than 0 and at most 600, got " + seconds);
    }
    TextBench.run(Duration.ofMillis((long) (seconds * 1000)), spec.commandLine().getOut());
    return Main.OK;
  }
}
