package ua.strichka.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strichka bench …}: benchmark figures of the pipeline's stages. */
@Command(
    name = "bench",
    description = "Print benchmark figures of the pipeline's stages.",
    subcommands = {BenchCrawlCommand.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
