package ua.strichka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import ua.strichka.config.Config;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.OpenSearchIndex;
import ua.strichka.search.SearchBackend;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.Store;

/** Opens the configured store and search index the way the search commands need them. */
final class IndexOpening {
  private IndexOpening() {}

  static Store store(Config config) {
    return Store.open(
        config.string("store.url"),
        config.string("store.user"),
        config.string("store.password"),
        config.integer("store.pool-size"));
  }

  /** The configured {@code search.backend}: {@code lucene} or {@code opensearch}. */
  static String backend(Config config) {
    return config.string("search.backend");
  }

  /** The index of {@code backend}, caught up with the store. */
  static SearchBackend open(Config config, String backend, Store store, IndexProgress progress) {
    SearchSettings settings = SearchSettings.from(config);
    return switch (backend) {
      case "opensearch" ->
          OpenSearchIndex.open(
              config.string("search.opensearch-url"),
              config.string("search.opensearch-index"),
              store,
              settings,
              progress);
      default -> SearchIndex.open(indexPath(config), store, settings, progress);
    };
  }

  /** The index of {@code backend} thrown away and filled again from the store. */
  static SearchBackend rebuild(Config config, String backend, Store store, IndexProgress progress) {
    SearchSettings settings = SearchSettings.from(config);
    return switch (backend) {
      case "opensearch" ->
          OpenSearchIndex.rebuild(
              config.string("search.opensearch-url"),
              config.string("search.opensearch-index"),
              store,
              settings,
              progress);
      default -> SearchIndex.rebuild(indexPath(config), store, settings, progress);
    };
  }

  static Path indexPath(Config config) {
    return Path.of(config.string("search.index"));
  }

  /**
   * The index caught up with the store; when another process (a running {@code serve}) writes it,
   * the index as that process last committed it, with a warning.
   */
  static SearchBackend caughtUp(Config config, Store store, PrintWriter err) {
    SearchSettings settings = SearchSettings.from(config);
    Path path = indexPath(config);
    try (ProgressBar progress = new ProgressBar(err, "catching up", ProgressBar.onTerminal())) {
      return open(
          config,
          backend(config),
          store,
          (done, total) -> {
            // a catch-up of a few articles needs no bar
            if (total >= 1_000) progress.advanced(done, total);
          });
    } catch (ua.strichka.search.SearchException e) {
      if (!e.inUse()) throw e;
      err.println(
          "strichka: warning: " + e.getMessage() + "; searching the index as it last saved it");
      return SearchIndex.openReadOnly(path, settings);
    }
  }
}
