package ua.strichka.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.Store;

/** {@code strichka reindex}: rebuild the search index from the store. */
@Command(
    name = "reindex",
    description = {
      "Rebuild the search index from the store (progress on stderr).",
      "Interrupted, it resumes where it stopped the next time the index is opened."
    })
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config config = main.config(Map.of());
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = IndexOpening.store(config)) {
      long documents;
      double seconds;
      try (ProgressBar progress = new ProgressBar(err, "reindex", ProgressBar.onTerminal());
          SearchIndex index =
              SearchIndex.rebuild(
                  IndexOpening.indexPath(config), store, SearchSettings.from(config), progress)) {
        documents = index.documents();
        seconds = progress.seconds();
      }
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "indexed %,d articles in %.1f s (%,.0f articles/s) into %s%n",
              documents,
              seconds,
              documents / Math.max(seconds, 0.001),
              IndexOpening.indexPath(config));
    }
    return Main.OK;
  }
}
