package ua.strichka.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The candidate index's memory follows the open stories, not everything ever seen: each event's own
 * names are posted once and never looked up after its story closes.
 */
class CandidateIndexTest {
  private static final long MINUTE = 60_000L;

  @Test
  void termsOfClosedStoriesLeaveTheIndex() {
    Clusterer clusterer = new Clusterer(Clusterer.Settings.defaults());
    int articles = 30_000; // a minute apart: 72 h of window keeps 4,320 of them open at most
    for (int i = 0; i < articles; i++) {
      clusterer.add(
          new StoryArticle(
              "a" + i,
              "outlet-" + i % 50,
              0.5,
              "uk",
              i * MINUTE,
              "Подія " + i,
              "",
              null,
              List.of("ім'я" + i, "місце" + i, "заява"),
              List.of(),
              Set.of(),
              null,
              null));
    }
    long window = Clusterer.Settings.defaults().window().toMillis() / MINUTE;
    assertThat(clusterer.openCount()).isLessThanOrEqualTo((int) window + 1);
    // two own terms per open story, and a sweep when the terms doubled: at most twice that
    assertThat(clusterer.indexedTerms())
        .as("terms indexed after %,d one-off events", articles)
        .isLessThanOrEqualTo(2 * (2 * clusterer.openCount() + 1) + CandidateIndex.FIRST_SWEEP);
  }

  @Test
  void aSweepKeepsTheListsOfOpenStories() {
    CandidateIndex index = new CandidateIndex();
    for (int i = 0; i < CandidateIndex.FIRST_SWEEP; i++) index.post("term" + i, i);
    index.post("shared", 1);
    index.post("shared", 2);
    index.sweep(id -> id % 2 == 0); // even stories open
    assertThat(index.terms()).isEqualTo(CandidateIndex.FIRST_SWEEP / 2 + 1);
    assertThat(
            index.candidates(
                List.of("shared", "term2", "term3"), new double[] {1, 1, 1}, id -> true))
        .containsExactly(2L);
  }
}
