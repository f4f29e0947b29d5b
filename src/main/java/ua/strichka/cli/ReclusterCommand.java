package ua.strichka.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.pipeline.Recluster;
import ua.strichka.store.Store;

/** {@code strichka recluster}: rebuild the stories of a time window from the stored articles. */
@Command(
    name = "recluster",
    description = {
      "Rebuild the stories of the articles published in a window from the store, in publication"
          + " order (after changing thresholds, or to repair drift).",
      "Stories with an article in the window are rebuilt whole; a story keeps its id when most of"
          + " its articles stay together."
    })
final class ReclusterCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateOption.From.class,
      description = "Start of the window (default: --days before --to).")
  Instant from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateOption.To.class,
      description = "End of the window (default: now).")
  Instant to;

  @Option(
      names = "--days",
      defaultValue = "3",
      paramLabel = "N",
      description = "Length of the window when --from is not given (default: ${DEFAULT-VALUE}).")
  int days;

  @Override
  public Integer call() {
    if (days < 1) throw new IllegalArgumentException("--days must be at least 1, got " + days);
    Clock clock = Clock.systemUTC();
    Instant end = to != null ? to : clock.instant();
    Instant start = from != null ? from : end.minus(Duration.ofDays(days));
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("--from " + start + " is not before --to " + end);
    }
    Config config = main.config(Map.of());
    try (Store store = main.store(config)) {
      Recluster.Result r = Recluster.configured(config, clock).run(store, start, end);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "re-clustered %,d articles from %s to %s: %,d stories before, %,d after (%,d kept"
                  + " their id)%n",
              r.articles(),
              start,
              end,
              r.before(),
              r.after(),
              r.kept());
    }
    return Main.OK;
  }
}
