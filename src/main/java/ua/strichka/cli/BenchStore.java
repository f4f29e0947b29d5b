package ua.strichka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ua.strichka.bench.StoreBench;

/** {@code strichka bench store}: the reads whose cost grows with the store, on a big one. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description =
        "Related stories and an entity's page on a fresh SQLite store of synthetic articles:"
            + " p50/p95/max per read (one thread, warm).")
final class BenchStore implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "300000",
      paramLabel = "N",
      description = "Articles in the store (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--samples",
      defaultValue = "300",
      paramLabel = "K",
      description = "Stories whose related stories are read (default: ${DEFAULT-VALUE}).")
  int samples;

  @Override
  public Integer call() throws Exception {
    if (articles < 100 || articles > 20_000_000) {
      throw new ParameterException(
          spec.commandLine(), "--articles must be 100 to 20,000,000, got " + articles);
    }
    if (samples < 1 || samples > 100_000) {
      throw new ParameterException(
          spec.commandLine(), "--samples must be 1 to 100,000, got " + samples);
    }
    StoreBench.run(spec.commandLine().getOut(), articles, samples);
    return Main.OK;
  }
}
