package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.entity.EntityTagger;
import ua.strichka.sampleweb.Corpus;

/** The analysis stages against the sample corpus's ground truth. */
class AnalysisQualityTest {
  static final Corpus CORPUS = Corpus.load();

  @Test
  void theBundledSectionModelIsWhatTrainingOnTheCorpusGives() throws Exception {
    String shipped;
    try (InputStream in = SectionClassifier.class.getResourceAsStream(SectionClassifier.MODEL)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(AnalysisQuality.retrain(CORPUS).serialise())
        .as(
            "retrain with: strichka bench sections --retrain src/main/resources/classify/sections.model")
        .isEqualTo(shipped);
  }

  @Test
  void theSplitIsByEventAndLeavesAThirdOut() {
    CorpusSplit split = new CorpusSplit(CORPUS);
    int held = split.part(CORPUS, "held-out").size();
    assertThat(held + split.part(CORPUS, "dev").size()).isEqualTo(CORPUS.articles().size());
    assertThat(held).isBetween(CORPUS.articles().size() / 5, CORPUS.articles().size() / 2);
    for (var a : CORPUS.articles()) {
      for (var b : CORPUS.articles()) {
        if (a.event().isPresent() && a.event().equals(b.event())) {
          assertThat(split.heldOut(a)).isEqualTo(split.heldOut(b));
        }
      }
    }
  }

  @Test
  void entityTaggingOnTheDevPartStaysAboveItsBars() {
    EntityQuality q =
        EntityQuality.measure(new CorpusSplit(CORPUS).part(CORPUS, "dev"), new EntityTagger());
    assertThat(q.microF1()).isGreaterThan(0.90);
    assertThat(q.normalisation()).isGreaterThan(0.90);
  }

  @Test
  void sectionsCrossValidatedOverDevEventsReachTheTarget() {
    SectionQuality q =
        SectionQuality.crossValidated(
            new CorpusSplit(CORPUS).part(CORPUS, "dev"), AnalysisQuality.CV_FOLDS);
    // measured 0.934 (session 10: 400 more Ukrainian training texts, counted twice); 0.891
    // (session 9: Ukrainian training texts); 0.881 before them (cue features of who acts, settled
    // to the one that leads; word pairs); 0.787 before those
    assertThat(q.macroF1()).isGreaterThan(0.85);
  }

  @Test
  void everyAssignmentOfEventsToFoldsStaysNearTheTarget() {
    var dev = new CorpusSplit(CORPUS).part(CORPUS, "dev");
    assertThat(
            SectionQuality.leaders(
                SectionQuality.crossValidatedShares(dev, AnalysisQuality.CV_FOLDS, 0)))
        .isEqualTo(
            SectionQuality.leaders(
                SectionQuality.crossValidatedShares(dev, AnalysisQuality.CV_FOLDS)));
    for (int k = 1; k < AnalysisQuality.CV_ASSIGNMENTS; k++) {
      var shares = SectionQuality.crossValidatedShares(dev, AnalysisQuality.CV_FOLDS, k);
      assertThat(shares.keySet()).hasSize(dev.size());
      // measured 0.913, 0.924, 0.918 (id order 0.934; session 9: 0.874, 0.879, 0.867, id order
      // 0.891): the assignment alone moves it
      assertThat(SectionQuality.ofDecisions(dev, SectionQuality.leaders(shares)).macroF1())
          .as("shuffle %d", k)
          .isGreaterThan(0.82);
    }
  }

  @Test
  void storiesVotingTheirArticlesSectionsBeatTheArticlesAlone() {
    var dev = new CorpusSplit(CORPUS).part(CORPUS, "dev");
    var shares = SectionQuality.crossValidatedShares(dev, AnalysisQuality.CV_FOLDS);
    SectionQuality own = SectionQuality.ofDecisions(dev, SectionQuality.leaders(shares));
    SectionQuality voted =
        SectionQuality.ofDecisions(dev, StoryVotedSections.decide(CORPUS, dev, shares));
    assertThat(own.macroF1())
        .isEqualTo(SectionQuality.crossValidated(dev, AnalysisQuality.CV_FOLDS).macroF1());
    // pooling the articles' log shares was tried in session 9 and taken back (story-voted held-out
    // 0.806 → 0.749). The vote's lead moves with the assignment of events to folds and shrinks as
    // the articles' own decisions improve (session 10's training texts at weight 2: id order 0.945
    // against 0.934, shuffles 0.922 against 0.913, 0.940 against 0.924, 0.924 against 0.918;
    // session 8: 0.921 against 0.881), so it is compared over the assignments: measured mean
    // 0.933 against 0.922
    double ownMean = 0;
    double votedMean = 0;
    for (int k = 0; k < AnalysisQuality.CV_ASSIGNMENTS; k++) {
      var s =
          k == 0 ? shares : SectionQuality.crossValidatedShares(dev, AnalysisQuality.CV_FOLDS, k);
      ownMean += SectionQuality.ofDecisions(dev, SectionQuality.leaders(s)).macroF1();
      votedMean +=
          SectionQuality.ofDecisions(dev, StoryVotedSections.decide(CORPUS, dev, s)).macroF1();
    }
    assertThat(voted.macroF1()).isGreaterThanOrEqualTo(own.macroF1());
    assertThat(votedMean / AnalysisQuality.CV_ASSIGNMENTS)
        .isGreaterThan(ownMean / AnalysisQuality.CV_ASSIGNMENTS + 0.005);
  }

  @Test
  void sectionsTrainedOnDevBeatChanceFarOnTheHeldOutPart() {
    CorpusSplit split = new CorpusSplit(CORPUS);
    SectionClassifier trained =
        SectionClassifier.train(SectionQuality.examples(split.part(CORPUS, "dev")));
    SectionQuality q = SectionQuality.measure(trained, split.part(CORPUS, "held-out"));
    // ten sections: chance is 0.1; measured 0.782 (cue features of who acts, settled, and word
    // pairs; 0.787 with the cues unsettled, 0.719 before them), so a regression shows
    assertThat(q.macroF1()).isGreaterThan(0.75);
    assertThat(q.contestMacroF1()).isGreaterThan(q.macroF1());
  }
}
