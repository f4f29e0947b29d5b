package ua.strichka.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;

/** {@code strichka config}: the effective configuration and where each value came from. */
@Command(
    name = "config",
    description = "Check the configuration and print every key's effective value and source.")
final class ConfigCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config config = main.config(Map.of());
    config.describe().forEach((k, v) -> spec.commandLine().getOut().println(k + " = " + v));
    return Main.OK;
  }
}
