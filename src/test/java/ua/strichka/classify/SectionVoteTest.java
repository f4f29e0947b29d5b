package ua.strichka.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

class SectionVoteTest {
  /** Shares that give {@code section} {@code share} and spread the rest evenly. */
  static double[] shares(Section section, double share) {
    double[] out = new double[Section.values().length];
    java.util.Arrays.fill(out, (1 - share) / (out.length - 1));
    out[section.ordinal()] = share;
    return out;
  }

  @ParameterizedTest(name = "{0} world articles, {1} politics: a politics article shows {2}")
  @CsvSource({
    "0, 0, politics", // alone: its own decision
    "1, 0, politics", // a tie, no majority: its own
    "2, 0, world", // world has 0.60 of the votes
    "2, 1, politics", // world leads with 0.46: no majority, its own
    "4, 1, world",
    "0, 3, politics",
  })
  void anUnlabelledArticleShowsItsStorysSectionWhenTheVoteIsClear(
      int world, int politics, String shown) {
    SectionVote vote = new SectionVote();
    vote.add(shares(Section.POLITICS, 0.9));
    for (int i = 0; i < world; i++) vote.add(shares(Section.WORLD, 0.9));
    for (int i = 0; i < politics; i++) vote.add(shares(Section.POLITICS, 0.9));
    assertThat(vote.forArticle(Section.POLITICS).slug()).isEqualTo(shown);
  }

  @Test
  void anOutletsLabelIsAWholeVote() {
    SectionVote vote =
        new SectionVote()
            .add(shares(Section.SOCIETY, 0.6))
            .add(Section.ECONOMY)
            .add(Section.ECONOMY);
    assertThat(vote.leader().orElseThrow().section()).isEqualTo(Section.ECONOMY);
    assertThat(vote.leader().orElseThrow().confidence()).isCloseTo((2 + 0.4 / 9) / 3, within());
    assertThat(vote.articles()).isEqualTo(3);
  }

  @Test
  void twoOutletsLabelsOneEachAreATieNotADecision() {
    SectionVote tie = new SectionVote().add(Section.WAR).add(Section.INCIDENTS);
    assertThat(tie.decided()).isEmpty();
    assertThat(tie.forArticle(Section.SOCIETY)).isEqualTo(Section.SOCIETY);
    tie.add(Section.INCIDENTS);
    assertThat(tie.decided()).contains(Section.INCIDENTS);
  }

  @Test
  void theClassifiersSharesSumToOneAndLeadWithItsDecision() {
    SectionClassifier c = SectionClassifier.bundled();
    String title = "Динамо обіграло Шахтар у матчі чемпіонату";
    String text = "Нападник забив гол, тренер похвалив команду.";
    double[] s = c.shares(title, text, Language.UK);
    assertThat(java.util.Arrays.stream(s).sum()).isCloseTo(1.0, within());
    assertThat(new SectionVote().add(s).leader().orElseThrow())
        .isEqualTo(c.classify(title, text, Language.UK));
  }

  @Test
  void nobodyVotedNothingLeadsAndWrongSizedSharesAreRefused() {
    assertThat(new SectionVote().leader()).isEmpty();
    assertThat(new SectionVote().forArticle(Section.SPORT)).isEqualTo(Section.SPORT);
    assertThatThrownBy(() -> new SectionVote().add(new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 10 shares");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
