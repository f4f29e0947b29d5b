package ua.strichka.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code strichka bench}: benchmark and quality figures. Each figure is a subcommand in its own
 * class ({@code BenchQuality}, {@code BenchExtract}, …) so stages add theirs without touching the
 * others.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Print benchmark and quality figures.",
    subcommands = {
      BenchQuality.class,
      BenchExtract.class,
      BenchText.class,
      BenchStories.class,
      BenchWeb.class,
      BenchCrawl.class,
      BenchSearch.class,
      BenchSections.class,
      BenchAnalysis.class,
      BenchEntities.class,
      BenchStore.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
