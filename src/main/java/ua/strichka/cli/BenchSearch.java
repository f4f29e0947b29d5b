package ua.strichka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ua.strichka.bench.SearchBench;
import ua.strichka.config.Config;
import ua.strichka.search.SearchSettings;

/** {@code strichka bench search}: search quality on the judged queries, then speed at scale. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search quality (NDCG@10, recall@10 over the judged queries of the sample corpus), then",
      "store fill, index build speed and size, and search latency over synthetic articles."
    })
final class BenchSearch implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "1000000",
      paramLabel = "N",
      description =
          "Synthetic articles for the latency run (default ${DEFAULT-VALUE}; 0 skips it).")
  int articles;

  @Option(
      names = "--clients",
      split = ",",
      defaultValue = "1,8,32",
      paramLabel = "N",
      description = "Concurrent clients, one run each (default ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(
      names = "--searches",
      defaultValue = "3000",
      paramLabel = "N",
      description = "Searches per concurrency level (default ${DEFAULT-VALUE}).")
  int searches;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Work folder for the stores and indexes, kept (default: a temporary one).")
  Path dir;

  @Option(
      names = "--reuse",
      description =
          "With --dir: search the index a previous run left there, caught up with its store"
              + " first (or keep the store and build the index).")
  boolean reuse;

  @Option(names = "--per-query", description = "Print the scores of every judged query.")
  boolean perQuery;

  @Option(
      names = "--latency-only",
      description = "Skip the judged queries' quality figures; measure latency only.")
  boolean latencyOnly;

  @Option(
      names = "--slowest",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "After each client count, the query kinds and the N slowest searches by thread CPU,"
              + " with the time of each pass (default ${DEFAULT-VALUE}: none).")
  int slowest;

  // 6,000: at 1,000,000 articles process CPU a search was still falling past 2,000 searches (2.9 ms
  // after 2,000, 2.1 after 4,000, 1.7 after 8,000; quiet, session 10); a server runs warm for hours
  @Option(
      names = "--warmup",
      defaultValue = "6000",
      paramLabel = "N",
      description =
          "Searches run before measuring, so the JIT has compiled what the mix runs (default"
              + " ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--freshness-weight",
      paramLabel = "W",
      description = "Freshness weight to rank with (default: the configured default).")
  Double freshnessWeight;

  @Option(
      names = "--concurrent-searches",
      paramLabel = "N",
      description =
          "Searches the index runs at once, the rest waiting their turn (default: the configured"
              + " search.concurrent-searches; 0: one per core).")
  Integer concurrentSearches;

  @Override
  public Integer call() throws Exception {
    if (articles < 0
        || searches < 1
        || slowest < 0
        || warmup < 0
        || (concurrentSearches != null && concurrentSearches < 0)
        || clients.stream().anyMatch(c -> c < 1 || c > 1024)) {
      throw new ParameterException(
          spec.commandLine(),
          "--articles, --slowest, --warmup and --concurrent-searches must not be negative, --searches at least 1, --clients from 1 to 1024");
    }
    if (latencyOnly && articles == 0) {
      throw new ParameterException(spec.commandLine(), "--latency-only needs --articles above 0");
    }
    if (reuse && dir == null) {
      throw new ParameterException(spec.commandLine(), "--reuse needs --dir");
    }
    SearchSettings settings = SearchSettings.from(Config.defaults());
    if (freshnessWeight != null) {
      settings = settings.freshness(settings.freshnessHalfLife(), freshnessWeight);
    }
    if (concurrentSearches != null) settings = settings.concurrentSearches(concurrentSearches);
    new SearchBench(
            new SearchBench.Options(
                articles,
                clients,
                searches,
                dir,
                reuse,
                perQuery,
                settings,
                latencyOnly,
                slowest,
                warmup),
            spec.commandLine().getOut(),
            spec.commandLine().getErr())
        .run();
    return Main.OK;
  }
}
