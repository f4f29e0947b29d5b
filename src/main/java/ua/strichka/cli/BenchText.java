package ua.strichka.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.TextBench;

/** {@code strichka bench text}: tokens, language detection and lemmas. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description =
        "Tokens, language detection and lemmas: speed (one thread) and language accuracy.")
final class BenchText implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--seconds",
      defaultValue = "2",
      paramLabel = "S",
      description = "Time per measure, after as long again of warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Override
  public Integer call() {
    if (!(seconds > 0 && seconds <= 600)) {
      throw new IllegalArgumentException("--seconds must be between 0 and 600, got " + seconds);
    }
    TextBench.run(Duration.ofMillis((long) (seconds * 1000)), spec.commandLine().getOut());
    return Main.OK;
  }
}
