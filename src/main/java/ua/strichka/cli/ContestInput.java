package ua.strichka.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.story.Story;

/**
 * The batch commands' shared face (a picocli mixin): {@code --input-dir DIR} in, its pages analysed
 * with skipped files reported on stderr, and one JSON document on stdout and nothing else out.
 */
final class ContestInput {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--input-dir",
      required = true,
      paramLabel = "DIR",
      description = "Folder of *.html pages.")
  Path inputDir;

  /** Every readable page of the folder, analysed. */
  List<ContestBatch.Item> analyse() {
    return ContestBatch.analyse(inputDir, spec.commandLine().getErr());
  }

  /** The folder's news pages grouped into threads. */
  List<Story> threads() {
    return ContestBatch.threads(analyse());
  }

  void print(Object value) {
    try {
      spec.commandLine()
          .getOut()
          .println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
      spec.commandLine().getOut().flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
