package ua.strichka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import ua.strichka.bench.CorpusFigures;
import ua.strichka.bench.StoryQuality;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.story.Clusterer;

/**
 * {@code strichka bench quality}: the ground truth's composition, then the stages' scores against
 * it.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = "Quality figures against the sample web's ground truth.")
final class BenchQuality implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CorpusFigures.report(Corpus.load()).print(spec.commandLine().getOut());
    spec.commandLine().getOut().println();
    StoryQuality.print(
        StoryQuality.measure(Clusterer.Settings.defaults()), spec.commandLine().getOut());
    return Main.OK;
  }
}
