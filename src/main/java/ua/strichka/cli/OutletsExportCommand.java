package ua.strichka.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.source.Opml;
import ua.strichka.source.Outlets;
import ua.strichka.store.Store;

/** {@code strichka outlets export}: the outlets' feeds as OPML 2.0 on stdout. */
@Command(name = "export", description = "Print the outlets' feeds as OPML 2.0.")
final class OutletsExportCommand implements Callable<Integer> {
  @ParentCommand OutletsCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Store store = Crawling.openStore(parent.main.config(Map.of()))) {
      spec.commandLine().getOut().print(Opml.write("Strichka outlets", new Outlets(store).all()));
      spec.commandLine().getOut().flush();
    }
    return Main.OK;
  }
}
