package ua.strichka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.AnalysisQuality;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.sampleweb.Corpus;

/** {@code strichka bench sections --retrain FILE}: rebuilds the bundled section model. */
@Command(
    name = "sections",
    mixinStandardHelpOptions = true,
    description =
        "Retrain the section classifier on the whole sample corpus and the seed lexicon and"
            + " write the model (the bundled one is src/main/resources/classify/sections.model).")
final class BenchSections implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--retrain",
      required = true,
      paramLabel = "FILE",
      description = "Model to write.")
  Path model;

  @Override
  public Integer call() throws IOException {
    SectionClassifier trained = AnalysisQuality.retrain(Corpus.load());
    Files.writeString(model, trained.serialise());
    spec.commandLine()
        .getOut()
        .printf("wrote %s: %d features%n", model, trained.features())
        .flush();
    return Main.OK;
  }
}
