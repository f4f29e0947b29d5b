package ua.strichka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.AnalysisQuality;
import ua.strichka.bench.CorpusFigures;
import ua.strichka.bench.QualityReport;
import ua.strichka.bench.StoryQuality;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.story.Clusterer;

/**
 * {@code strichka bench quality}: the ground truth's composition, then the stages' scores against
 * it: sections and entities on a held-out part, languages, reposts and stories.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description =
        "Quality figures against the sample web's ground truth: corpus composition, sections"
            + " (macro-F1) and entities (exact-span P/R/F1, normalisation) on the held-out part,"
            + " languages, reposts and story clustering.")
final class BenchQuality implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--part",
      defaultValue = "held-out",
      description =
          "Corpus part for sections and entities: held-out, dev or all (default: ${DEFAULT-VALUE}).")
  String part;

  @Option(
      names = "--errors",
      defaultValue = "0",
      paramLabel = "N",
      description = "Also list up to N entity errors (false positives, misses, wrong names).")
  int errors;

  @Override
  public Integer call() {
    Corpus corpus = Corpus.load();
    QualityReport report = CorpusFigures.report(corpus);
    AnalysisQuality.add(report, corpus, part, errors, spec.commandLine().getOut());
    if (errors > 0) return Main.OK;
    report.print(spec.commandLine().getOut());
    spec.commandLine().getOut().println();
    StoryQuality.print(
        StoryQuality.measure(Clusterer.Settings.defaults()), spec.commandLine().getOut());
    return Main.OK;
  }
}
