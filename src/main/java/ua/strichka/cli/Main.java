package ua.strichka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.strichka.config.Config;
import ua.strichka.config.ConfigException;
import ua.strichka.store.Store;
import ua.strichka.store.StoreFaults;

/** {@code strichka}: the one entry point of the jar. */
@Command(
    name = "strichka",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Strichka (стрічка): an aggregator of Ukrainian news.",
    subcommands = {
      ConfigCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      WebCommand.class,
      OutletsCommand.class,
      CrawlCommand.class,
      ExtractCommand.class,
      RatesCommand.class,
      EntitiesCommand.class,
      SampleWebCommand.class,
      BenchCommand.class,
      LanguagesCommand.class,
      NewsCommand.class,
      CategoriesCommand.class,
      ThreadsCommand.class,
      TopCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      ReclusterCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int BAD_USAGE = 2;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: ./strichka.yaml when it exists).")
  Path configFile;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show stack traces of failures.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Lucene says through java.util.logging, on every start, that the JDK's incubating vector module
   * is not enabled; enabling it prints another warning instead. Neither is news to a user, and the
   * plain scalar code is fast enough for our index sizes (see bench search). Held here so the
   * logger, and its level, is not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Main main = commandLine.getCommandSpec().root().commandLine().getCommand();
          if (main.verbose) e.printStackTrace(err);
          if (e instanceof ConfigException) {
            err.println("strichka: configuration: " + e.getMessage());
            return BAD_USAGE;
          }
          err.println(
              "strichka: "
                  + describe(e)
                  + (main.verbose ? "" : " (run with --verbose for details)"));
          return FAILURE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configuration: bundled defaults, the file, {@code STRICHKA_*} environment variables, then
   * {@code overrides} from the command's own flags.
   */
  Config config(Map<String, String> overrides) {
    Optional<Path> file = Optional.ofNullable(configFile);
    if (file.isEmpty() && Files.isRegularFile(Path.of("strichka.yaml"))) {
      file = Optional.of(Path.of("strichka.yaml"));
    }
    return Config.load(file, System.getenv(), overrides);
  }

  /** The store the configuration names, migrated and open. */
  Store store(Config config) {
    return Store.open(
        config.string("store.url"),
        config.string("store.user"),
        config.string("store.password"),
        config.integer("store.pool-size"));
  }

  private static String describe(Exception e) {
    Optional<String> database = StoreFaults.explain(e);
    if (database.isPresent()) return database.get();
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"strichka " + (v == null ? "development build" : v)};
    }
  }
}
