package ua.strichka.bench;

import picocli.CommandLine.Command;

/** {@code strichka bench …}: one subcommand per measured stage; each prints its figures. */
@Command(
    name = "bench",
    description = "Measure a stage and print its figures.",
    subcommands = {WebBench.class})
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
