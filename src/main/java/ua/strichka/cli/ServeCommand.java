package ua.strichka.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;

/**
 * {@code strichka serve}: the aggregator in production: the configured store and outlets (the
 * bundled Ukrainian outlets when the store has none), crawled on schedule, the NBU's rates, the
 * site.
 */
@Command(
    name = "serve",
    description =
        "Crawl the configured outlets on schedule, keep the NBU rates and serve the site until"
            + " interrupted.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  /** Released when the command should stop; tests count it down, users press Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    Config config = main.config(Map.of());
    try (Store store = Crawling.openStore(config)) {
      int added = new Outlets(store).seedBundledIfEmpty(Instant.now());
      if (added > 0) LOG.info("no outlets in the store: added the {} bundled ones", added);
    }
    try (Aggregator aggregator = new Aggregator(config)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Strichka: " + aggregator.url() + " (Ctrl-C stops)");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return Main.OK;
  }
}
