package ua.strichka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ua.strichka.bench.AnalysisQuality;
import ua.strichka.bench.ContestCategoryQuality;
import ua.strichka.bench.CorpusSplit;
import ua.strichka.bench.QualityReport;
import ua.strichka.bench.SectionErrors;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.sampleweb.Corpus;

/**
 * {@code strichka bench sections --retrain FILE}: rebuilds the bundled section model; {@code
 * --errors N}: lists the classifier's mistakes in cross-validation on the dev part, with the words
 * behind each; {@code --contest-file FILE.tsv}: scores the bundled model on labelled news in the
 * contest's categories (any operator's real data, never ours).
 */
@Command(
    name = "sections",
    mixinStandardHelpOptions = true,
    description =
        "Retrain the section classifier on the whole sample corpus and the seed lexicon and"
            + " write the model (the bundled one is src/main/resources/classify/sections.model),"
            + " or list its mistakes in cross-validation over events on the dev part, or score it"
            + " on a file of labelled news in the contest's categories.")
final class BenchSections implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--retrain", paramLabel = "FILE", description = "Model to write.")
  Path model;

  @Option(
      names = "--errors",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "List the mistakes of cross-validation over events on the dev part (never the held-out"
              + " part), each with up to N words that pulled it to the wrong section; with"
              + " --contest-file, the mistakes on that file instead.")
  int errors;

  @Option(
      names = "--contest-file",
      paramLabel = "FILE.tsv",
      description =
          "Score the bundled model on labelled news: one article a line, language<tab>category"
              + "<tab>title<tab>text, category one of society economy technology sports"
              + " entertainment science other.")
  Path contestFile;

  @Override
  public Integer call() throws IOException {
    if (model == null && errors <= 0 && contestFile == null) {
      throw new ParameterException(
          spec.commandLine(), "expected --retrain FILE or --errors N (or --contest-file FILE.tsv)");
    }
    if (contestFile != null && errors > 0) {
      ContestCategoryQuality.printMistakes(
          SectionClassifier.bundled(),
          ContestCategoryQuality.read(contestFile),
          errors,
          spec.commandLine().getOut());
      return Main.OK;
    }
    if (contestFile != null) {
      QualityReport report = new QualityReport("section classifier on " + contestFile);
      ContestCategoryQuality.measure(
              SectionClassifier.bundled(), ContestCategoryQuality.read(contestFile))
          .tables("contest categories")
          .forEach(report::add);
      report.print(spec.commandLine().getOut());
    }
    if (errors > 0) {
      Corpus corpus = Corpus.load();
      SectionErrors.print(
          new CorpusSplit(corpus).part(corpus, "dev"),
          AnalysisQuality.CV_FOLDS,
          errors,
          spec.commandLine().getOut());
    }
    if (model == null) return Main.OK;
    SectionClassifier trained = AnalysisQuality.retrain(Corpus.load());
    Files.writeString(model, trained.serialise());
    spec.commandLine()
        .getOut()
        .printf("wrote %s: %d features%n", model, trained.features())
        .flush();
    return Main.OK;
  }
}
