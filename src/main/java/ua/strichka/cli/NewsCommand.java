package ua.strichka.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strichka news --input-dir DIR}: the pages that are news (contest format). */
@Command(
    name = "news",
    description =
        "List the HTML pages of a folder that are news (not horoscopes, recipes, ads, listicles, how-tos); JSON on stdout.")
final class NewsCommand implements Callable<Integer> {
  @Mixin ContestInput input;

  @Override
  public Integer call() {
    List<String> news =
        input.analyse().stream().filter(ContestBatch.Item::news).map(i -> i.page().file()).toList();
    input.print(Map.of("articles", news));
    return Main.OK;
  }
}
