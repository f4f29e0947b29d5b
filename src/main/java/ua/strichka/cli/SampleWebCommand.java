package ua.strichka.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;

/** {@code strichka sample-web}: the sample news web, standalone, until interrupted. */
@Command(
    name = "sample-web",
    description = "Serve the sample Ukrainian news web on loopback and print the outlets' URLs.")
final class SampleWebCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "P",
      description = "Port of the index origin (default: any free port).")
  int port;

  @Option(
      names = "--faults",
      description = "Plant faults (errors, slow and hanging pages, bad feeds) on every outlet.")
  boolean faults;

  @Option(
      names = "--live",
      description = "Hold back the newest articles and release one every --pace.")
  boolean live;

  @Option(
      names = "--pace",
      paramLabel = "SECONDS",
      description = "Seconds between live releases (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  long pace;

  @Option(
      names = "--scale",
      paramLabel = "N",
      description = "Add N synthetic articles (up to 1000000) for load benchmarks.")
  long scale;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of every random choice (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--hosts",
      description = "Give each outlet an address of its own (127.0.0.2, …) instead of a port.")
  boolean hosts;

  /** Released when the command should stop; tests count it down, users press Ctrl-C. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    if (pace <= 0) throw new IllegalArgumentException("--pace must be positive");
    if (scale < 0 || scale > SampleWebOptions.MAX_SCALE) {
      throw new IllegalArgumentException(
          "--scale must be between 0 and " + SampleWebOptions.MAX_SCALE);
    }
    SampleWebOptions options =
        SampleWebOptions.defaults()
            .withPort(port)
            .withSeed(seed)
            .withScale(scale)
            .withFaults(faults ? Set.of(SampleWebOptions.ALL) : Set.of())
            .withBind(hosts ? SampleWebOptions.Bind.HOSTS : SampleWebOptions.Bind.PORTS);
    if (live) options = options.withLive(Duration.ofSeconds(pace));
    try (SampleWeb web = SampleWeb.start(options)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("index " + web.index());
      for (SampleWeb.Origin o : web.outlets()) {
        out.printf("%-20s %-28s %s%n", o.slug(), o.base(), o.template());
      }
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return Main.OK;
  }
}
