package ua.strichka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import ua.strichka.bench.CorpusFigures;
import ua.strichka.sampleweb.Corpus;

/** {@code strichka bench}: benchmark and quality figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Print benchmark and quality figures.",
    subcommands = {BenchCommand.Quality.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code strichka bench quality}: the ground truth's composition, later the stages' scores. */
  @Command(name = "quality", description = "Quality figures against the sample web's ground truth.")
  static final class Quality implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      CorpusFigures.report(Corpus.load()).print(spec.commandLine().getOut());
      return Main.OK;
    }
  }
}
