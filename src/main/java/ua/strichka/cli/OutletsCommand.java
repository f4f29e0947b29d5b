package ua.strichka.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code strichka outlets …}: the outlets Strichka crawls. */
@Command(
    name = "outlets",
    description = "Add, list, import and export the outlets Strichka crawls.",
    subcommands = {
      OutletsAddCommand.class,
      OutletsListCommand.class,
      OutletsImportCommand.class,
      OutletsExportCommand.class
    })
final class OutletsCommand implements Runnable {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
