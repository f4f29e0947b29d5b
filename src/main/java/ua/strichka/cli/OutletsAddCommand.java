package ua.strichka.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.source.BundledOutlets;
import ua.strichka.source.Discovery;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceFormatException;

/** {@code strichka outlets add URL…}: discover outlets from their home pages and store them. */
@Command(
    name = "add",
    description =
        "Discover an outlet from its home page (feeds, sitemaps, name, language, favicon) and add"
            + " it; --bundled adds the bundled list of Ukrainian outlets.")
final class OutletsAddCommand implements Callable<Integer> {
  @ParentCommand OutletsCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "URL", arity = "0..*", description = "Home page of the outlet.")
  List<String> urls = List.of();

  @Option(names = "--bundled", description = "Add the bundled list of real Ukrainian outlets.")
  boolean bundled;

  @Override
  public Integer call() throws SourceFormatException {
    if (urls.isEmpty() && !bundled) {
      throw new IllegalArgumentException("give the home page URL of an outlet, or --bundled");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Crawling crawling = new Crawling(parent.main.config(Map.of()))) {
      Outlets outlets = new Outlets(crawling.store);
      if (bundled) {
        List<BundledOutlets.Bundled> all = BundledOutlets.load();
        all.forEach(b -> outlets.save(b.outlet(), Instant.now()));
        out.println("added " + all.size() + " bundled outlets");
      }
      Discovery discovery = new Discovery(crawling.fetcher.pageLoader());
      for (String url : urls) {
        Outlet o = discovery.discover(url.contains("://") ? url : "https://" + url);
        outlets.save(o, Instant.now());
        out.println(
            "added "
                + o.slug()
                + " — "
                + o.name()
                + (o.language() == null ? "" : " [" + o.language() + "]"));
        for (Source s : o.sources()) out.println("  " + s.kind().code() + " " + s.url());
      }
    }
    return Main.OK;
  }
}
