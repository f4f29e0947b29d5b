package ua.strichka.cli;

import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.bench.CorpusSeed;
import ua.strichka.config.Config;
import ua.strichka.store.Store;
import ua.strichka.web.WebServer;

/** {@code strichka web}: serves whatever the store holds (or, with --sample, the sample corpus). */
@Command(
    name = "web",
    description = "Serve the site, feeds and API from the store until interrupted.")
final class WebCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", description = "Port (default: web.port).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address (default: web.host).")
  String host;

  @Option(
      names = "--sample",
      description = "Serve the sample corpus from a fresh temporary database instead of the store.")
  boolean sample;

  @Override
  public Integer call() throws Exception {
    Map<String, String> overrides = new HashMap<>();
    if (port != null) overrides.put("web.port", port.toString());
    if (host != null) overrides.put("web.host", host);
    Config config = main.config(overrides);
    String url = config.string("store.url");
    if (sample) {
      url = "jdbc:sqlite:" + Files.createTempDirectory("strichka-web").resolve("strichka.db");
    }
    try (Store store =
        Store.open(
            url,
            config.string("store.user"),
            config.string("store.password"),
            config.integer("store.pool-size"))) {
      if (sample) CorpusSeed.seed(store, Instant.now());
      CountDownLatch stopped = new CountDownLatch(1);
      try (WebServer server = WebServer.start(store, WebServer.Settings.from(config))) {
        spec.commandLine().getOut().println(server.url());
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      stopped.countDown();
                    }));
        stopped.await();
      }
    }
    return Main.OK;
  }
}
