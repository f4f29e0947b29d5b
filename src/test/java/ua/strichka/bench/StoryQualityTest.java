package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ua.strichka.story.Clusterer;

/** The bar on the sample web's ground truth, with the default settings. */
class StoryQualityTest {
  @Test
  void storiesRepostsAndRankingMeetTheBarsOnTheSampleCorpus() {
    StoryQuality.Figures f = StoryQuality.measure(Clusterer.Settings.defaults());
    assertThat(f.clusters().bcubedF1()).isGreaterThanOrEqualTo(0.9);
    assertThat(f.repostPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.repostRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.originalAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.top10()).isGreaterThanOrEqualTo(0.8);
  }
}
