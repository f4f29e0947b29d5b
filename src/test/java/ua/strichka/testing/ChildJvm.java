package ua.strichka.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM running this build's classes, for tests that must kill a real process (kill -9
 * leaves no shutdown hook to tidy up) or run several at once: the same Java and class path as the
 * test, so it tests exactly what was compiled.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Starts {@code mainClass} with {@code jvmOptions} (e.g. {@code -Xmx256m}) and {@code args}, its
   * stdout and stderr together into {@code log}.
   */
  public static Process start(List<String> jvmOptions, String mainClass, Path log, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    if (log != null) b.redirectOutput(log.toFile());
    return b.start();
  }

  /** {@code strichka ARGS} (the CLI's main class) in a child JVM, its output into {@code log}. */
  public static Process strichka(List<String> jvmOptions, Path log, String... args)
      throws IOException {
    return start(jvmOptions, "ua.strichka.cli.Main", log, args);
  }
}
