package ua.strichka.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.fetch.CrawlSummary;
import ua.strichka.fetch.Crawler;

/** {@code strichka crawl [--once]}: crawl what is due, once or on schedule. */
@Command(
    name = "crawl",
    description =
        "Crawl the outlets' due feeds, sitemaps, section pages and articles; with --once, stop"
            + " when nothing is due, else keep crawling on schedule.")
final class CrawlCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlCommand.class);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--once", description = "Crawl what is due now, then stop.")
  boolean once;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Progress bar (default: when stderr is a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Crawling crawling = new Crawling(main.config(Map.of()))) {
      if (crawling.store.outlets().all().isEmpty()) {
        throw new IllegalStateException(
            "no outlets to crawl: add some with 'strichka outlets add URL' or 'outlets add --bundled'");
      }
      boolean bar = progress != null ? progress : isTerminal();
      CrawlProgress display = new CrawlProgress(crawling.store, bar, spec.commandLine().getErr());
      Crawler crawler = crawling.crawler();
      if (once) {
        CrawlSummary summary = crawler.crawlDue(display);
        display.finish();
        out.println(summary.line());
      } else {
        AtomicBoolean stop = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
        LOG.info("crawling on schedule; Ctrl-C stops");
        crawler.crawlForever(display, stop::get);
      }
    }
    return Main.OK;
  }

  /**
   * Whether stderr is a terminal. JDK 22+ hands out a Console even when output is redirected and
   * says which through {@code Console.isTerminal()}; on JDK 21, which has no such method, a Console
   * exists only for a terminal. The method is looked up by name because we compile for 21.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
