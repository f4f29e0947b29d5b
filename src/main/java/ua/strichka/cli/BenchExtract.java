package ua.strichka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.ExtractBench;

/**
 * {@code strichka bench extract}: extraction quality and speed beside Readability4J and boilerpipe.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Article extraction against labelled pages (NAME.html + NAME.json): shingle"
            + " precision/recall/F1, exact bodies, title and date accuracy, pages/s; beside"
            + " Readability4J and boilerpipe.")
final class BenchExtract implements Callable<Integer> {
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
