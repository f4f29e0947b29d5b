package ua.strichka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strichka news --input-dir DIR}: the pages that are news (contest format). */
@Command(
    name = "news",
    description =
        "List the HTML pages of a folder that are news (not horoscopes, recipes, ads, listicles, how-tos); JSON on stdout.")
final class NewsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input-dir",
      required = true,
      paramLabel = "DIR",
      description = "Folder of *.html pages.")
  Path inputDir;

  @Override
  public Integer call() {
    List<String> news =
        ContestBatch.analyse(inputDir, spec.commandLine().getErr()).stream()
            .filter(ContestBatch.Item::news)
            .map(i -> i.page().file())
            .toList();
    ContestJson.print(Map.of("articles", news), spec.commandLine().getOut());
    return Main.OK;
  }
}
