package ua.strichka.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strichka bench}: benchmark and quality figures, one subcommand per stage. */
@Command(
    name = "bench",
    description = "Print benchmark and quality figures.",
    subcommands = {SearchBench.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
