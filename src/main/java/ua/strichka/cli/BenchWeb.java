package ua.strichka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.WebBench;

/**
 * {@code strichka bench web}: requests/s and p50/p99 latency of the front, story, article and
 * search pages on the sample corpus, at a fixed request rate.
 */
@Command(
    name = "web",
    mixinStandardHelpOptions = true,
    description = "Requests/s and p50/p99 latency of the main pages on the sample corpus.")
final class BenchWeb implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--rate",
      defaultValue = "1000",
      description = "Requests per second per page (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measured seconds per page (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Unmeasured warm-up seconds per page (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--connections",
      defaultValue = "32",
      description = "Keep-alive connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--page-cache",
      defaultValue = "5",
      description =
          "Seconds a rendered page is reused, as web.page-cache (default: ${DEFAULT-VALUE}).")
  int pageCache;

  @Option(
      names = "--with-crawl",
      description =
          "Crawl the live sample web into the served store meanwhile, and load all pages at once.")
  boolean withCrawl;

  @Override
  public Integer call() throws Exception {
    if (rate < 1 || seconds < 1 || warmup < 0 || connections < 1 || pageCache < 0) {
      throw new IllegalArgumentException(
          "--rate, --seconds and --connections must be at least 1; --warmup and --page-cache not negative");
    }
    WebBench.run(
        spec.commandLine().getOut(), rate, seconds, warmup, connections, pageCache, withCrawl);
    return Main.OK;
  }
}
