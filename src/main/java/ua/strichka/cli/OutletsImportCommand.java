package ua.strichka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.source.Opml;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.SourceFormatException;
import ua.strichka.store.Store;

/** {@code strichka outlets import FILE.opml}: subscriptions of a feed reader as outlets. */
@Command(
    name = "import",
    description = "Import outlets from an OPML file (a feed reader's export).")
final class OutletsImportCommand implements Callable<Integer> {
  @ParentCommand OutletsCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.opml", description = "OPML 1.0 or 2.0 file.")
  Path file;

  @Override
  public Integer call() throws IOException, SourceFormatException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    List<Opml.Subscription> subscriptions;
    try {
      subscriptions = Opml.read(bytes);
    } catch (SourceFormatException e) {
      throw new SourceFormatException(file + ": " + e.getMessage(), e);
    }
    List<Outlet> outlets = Opml.outlets(subscriptions);
    try (Store store = Crawling.openStore(parent.main.config(Map.of()))) {
      Outlets stored = new Outlets(store);
      Instant now = Instant.now();
      outlets.forEach(o -> stored.save(o, now));
    }
    spec.commandLine()
        .getOut()
        .println("imported " + subscriptions.size() + " feeds as " + outlets.size() + " outlets");
    return Main.OK;
  }
}
