package ua.strichka.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.search.SearchBackend;
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

  @Option(
      names = "--backend",
      paramLabel = "lucene|opensearch",
      description = {
        "The index to fill: the embedded Lucene one (search.index) or the OpenSearch one",
        "(search.opensearch-url); default search.backend. Copying the store into OpenSearch",
        "is how a deployment moves to it."
      })
  String backend;

  @Override
  public Integer call() {
    Config config = main.config(backend == null ? Map.of() : Map.of("search.backend", backend));
    String chosen = IndexOpening.backend(config);
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = IndexOpening.store(config)) {
      long documents;
      double seconds;
      String location;
      try (ProgressBar progress = new ProgressBar(err, "reindex", ProgressBar.onTerminal());
          SearchBackend index = IndexOpening.rebuild(config, chosen, store, progress)) {
        documents = index.documents();
        seconds = progress.seconds();
        location = index.location();
      }
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "indexed %,d articles in %.1f s (%,.0f articles/s) into %s%n",
              documents,
              seconds,
              documents / Math.max(seconds, 0.001),
              location);
    }
    return Main.OK;
  }
}
