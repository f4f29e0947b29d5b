package ua.strichka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.CorpusFigures;
import ua.strichka.bench.ExtractBench;
import ua.strichka.bench.TextBench;
import ua.strichka.sampleweb.Corpus;

/** {@code strichka bench …}: benchmark figures, one subcommand per stage. */
@Command(
    name = "bench",
    description = "Print benchmark figures of the pipeline's stages.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Quality.class})
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
      throw new IllegalArgumentException("--seconds must be between 0 and 600, got " + seconds);
    }
    TextBench.run(Duration.ofMillis((long) (seconds * 1000)), spec.commandLine().getOut());
    return Main.OK;
  }

  /** {@code strichka bench extract}. */
  @Command(
      name = "extract",
      description =
          "Article extraction against labelled pages (NAME.html + NAME.json): shingle"
              + " precision/recall/F1, exact bodies, title and date accuracy, pages/s; beside"
              + " Readability4J and boilerpipe.")
  static final class Extract implements java.util.concurrent.Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--pages",
        paramLabel = "DIR",
        description = "Labelled pages (default: the fixtures, src/test/resources/extract/pages).")
    Path pages = Path.of("src/test/resources/extract/pages");

    @Option(
        names = "--seconds",
        description = "Measuring time per extractor for throughput (default: ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(pages)) {
        throw new IOException("no labelled pages at " + pages + " (use --pages DIR)");
      }
      List<ExtractBench.Page> labelled = ExtractBench.load(pages);
      if (labelled.isEmpty()) throw new IOException("no NAME.html + NAME.json pairs in " + pages);
      new ExtractBench()
          .run(labelled, ExtractBench.FIXTURE_NOW, seconds, spec.commandLine().getOut());
      return Main.OK;
    }
  }

  /** {@code strichka bench quality}: the ground truth's composition, later the stages' scores. */
  @Command(name = "quality", description = "Quality figures against the sample web's ground truth.")
  static final class Quality implements java.util.concurrent.Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      CorpusFigures.report(Corpus.load()).print(spec.commandLine().getOut());
      return Main.OK;
    }
  }
}
