package ua.strichka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.entity.EntityTagger;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;

/**
 * The analysis stages' quality against the corpus, for {@code strichka bench quality}: the section
 * classifier trained on the dev part and measured on another part (held-out by default), and the
 * entity tagger measured on that part (its rules were tuned on the dev part). The sections are also
 * cross-validated over events on the dev part: the figure model choices are made by.
 */
public final class AnalysisQuality {
  /** Folds of the sections' cross-validation: about ten dev events each. */
  public static final int CV_FOLDS = 5;

  /**
   * Assignments of dev events to folds the sections are cross-validated over besides id order: one
   * assignment's figure is luck by a few hundredths (id order 0.881, shuffles 0.849, 0.869, 0.844).
   */
  static final int CV_ASSIGNMENTS = 4;

  private AnalysisQuality() {}

  /** Adds the sections and entities tables for {@code part} to the report. */
  public static void add(
      QualityReport report, Corpus corpus, String part, int errors, PrintWriter out) {
    CorpusSplit split = new CorpusSplit(corpus);
    var test = split.part(corpus, part);
    var dev = split.part(corpus, "dev");
    String cv = CV_FOLDS + "-fold cross-validation over events on dev";
    Map<String, double[]> devShares = SectionQuality.crossValidatedShares(dev, CV_FOLDS);
    SectionQuality.ofDecisions(dev, SectionQuality.leaders(devShares))
        .tables("sections, " + cv)
        .forEach(report::add);
    report.add(
        SectionQuality.ofDecisions(dev, StoryVotedSections.decide(corpus, dev, devShares))
            .tables("sections, story-voted (our stories, vote of " + cv + " shares)")
            .getFirst());
    report.add(assignments(corpus, dev, devShares));
    SectionClassifier trained = SectionClassifier.train(SectionQuality.examples(dev));
    Map<String, double[]> shares = SectionQuality.shares(trained, test);
    SectionQuality.ofDecisions(test, SectionQuality.leaders(shares))
        .tables("sections, trained on dev, measured on " + part + " (text only, no outlet label)")
        .forEach(report::add);
    report.add(
        SectionQuality.ofDecisions(test, StoryVotedSections.decide(corpus, test, shares))
            .tables(
                "sections, story-voted on "
                    + part
                    + " (our stories of its articles, vote of the dev-trained classifier's shares,"
                    + " no labels): what the product shows")
            .getFirst());
    EntityQuality entities = EntityQuality.measure(test, new EntityTagger());
    report.add(entities.table("entities, exact spans, " + part));
    if (errors > 0) {
      report.print(out);
      out.println();
      out.println("entity errors (" + part + "):");
      entities.printErrors(out, errors);
    }
  }

  /** Dev cross-validation's macro-F1 per assignment of events to folds, and their mean. */
  private static QualityReport.Table assignments(
      Corpus corpus, List<CorpusArticle> dev, Map<String, double[]> idOrder) {
    List<List<String>> rows = new ArrayList<>();
    double own = 0;
    double voted = 0;
    for (int k = 0; k < CV_ASSIGNMENTS; k++) {
      Map<String, double[]> shares =
          k == 0 ? idOrder : SectionQuality.crossValidatedShares(dev, CV_FOLDS, k);
      double o = SectionQuality.ofDecisions(dev, SectionQuality.leaders(shares)).macroF1();
      double v =
          SectionQuality.ofDecisions(dev, StoryVotedSections.decide(corpus, dev, shares)).macroF1();
      own += o / CV_ASSIGNMENTS;
      voted += v / CV_ASSIGNMENTS;
      rows.add(
          List.of(k == 0 ? "id order" : "shuffle " + k, "%.3f".formatted(o), "%.3f".formatted(v)));
    }
    rows.add(List.of("mean", "%.3f".formatted(own), "%.3f".formatted(voted)));
    return new QualityReport.Table(
        "sections, " + CV_FOLDS + "-fold cross-validation on dev per assignment of events to folds",
        List.of("assignment", "macro-F1", "story-voted macro-F1"),
        rows);
  }

  /** The bundled section model retrained on the whole corpus and the seed lexicon. */
  public static SectionClassifier retrain(Corpus corpus) {
    return SectionClassifier.train(SectionQuality.examples(corpus.articles()));
  }
}
