package ua.strichka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.bench.SampleWebOutlets;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;

/**
 * {@code strichka demo}: the whole aggregator on the sample news web, with nothing to set up. The
 * sample web runs live on loopback (news keeps coming), its twelve outlets are crawled into a fresh
 * store, and the site shows the stories as they form.
 */
@Command(
    name = "demo",
    description =
        "Run the aggregator end to end on the bundled sample news web (live, on loopback) and"
            + " serve the site; Ctrl-C stops.")
final class DemoCommand implements Callable<Integer> {
  /** Time between two live releases of the sample web: news keeps coming while one watches. */
  static final Duration PACE = Duration.ofSeconds(5);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", description = "Port of the site (default: 8080).")
  int port = 8080;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keep the store in DIR (default: a fresh temporary directory).")
  Path data;

  /** Released when the command should stop; tests count it down, users press Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    Path dir = data != null ? Files.createDirectories(data) : Files.createTempDirectory("strichka");
    try (SampleWeb web = startSampleWeb()) {
      Map<String, String> overrides = new HashMap<>();
      overrides.put("store.url", "jdbc:sqlite:" + dir.resolve("strichka.db"));
      overrides.put("search.index", dir.resolve("index").toString());
      overrides.put("web.host", "127.0.0.1");
      overrides.put("web.port", Integer.toString(port));
      // every origin is ours and on loopback: the SSRF guard would refuse them all
      overrides.put("fetch.allow-private", "true");
      // politeness stays on, only shorter: the sample web is ours
      overrides.put("fetch.host-delay", "200ms");
      // feeds are re-read often, so the live releases show up within seconds
      overrides.put("crawl.start-interval", "10s");
      overrides.put("crawl.min-interval", "10s");
      overrides.put("rates.nbu-url", web.nbuUrl().toString());
      var config = main.config(overrides);
      try (Store store = Crawling.openStore(config)) {
        SampleWebOutlets.register(web, new Outlets(store));
      }
      try (Aggregator aggregator = new Aggregator(config)) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            "Strichka demo: "
                + aggregator.url()
                + " (sample news web "
                + web.index()
                + ", data in "
                + dir
                + "; Ctrl-C stops)");
        out.flush();
        Thread hook = new Thread(stop::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        stop.await();
      }
    }
    return Main.OK;
  }

  /**
   * Each outlet on an address of its own when the system routes 127.0.0.2 and up (as Linux does),
   * so per-host politeness applies per outlet as it would on the internet; else one port each.
   */
  private static SampleWeb startSampleWeb() throws IOException {
    SampleWebOptions live = SampleWebOptions.defaults().withSeed(1).withLive(PACE);
    try {
      return SampleWeb.start(live.withBind(SampleWebOptions.Bind.HOSTS));
    } catch (IOException e) {
      return SampleWeb.start(live.withBind(SampleWebOptions.Bind.PORTS));
    }
  }
}
