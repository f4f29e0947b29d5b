package ua.strichka.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.AnalysisBench;

/** {@code strichka bench analysis}: articles per second of classification and tagging. */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "Speed of news filtering, section classification and entity tagging, one thread.")
final class BenchAnalysis implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--seconds",
      defaultValue = "3",
      paramLabel = "S",
      description =
          "CPU time per measure, after as long again of warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Override
  public Integer call() {
    if (!(seconds > 0 && seconds <= 600)) {
      throw new IllegalArgumentException("--seconds must be between 0 and 600, got " + seconds);
    }
    AnalysisBench.run(Duration.ofMillis((long) (seconds * 1000)), spec.commandLine().getOut());
    return Main.OK;
  }
}
