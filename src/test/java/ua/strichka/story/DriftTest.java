package ua.strichka.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A story that online clustering walked from one event to another splits in two; one event told by
 * several outlets in different words stays one story.
 */
class DriftTest {
  static final long HOUR = 3_600_000L;

  static final List<String> STRIKE =
      List.of("одеса", "атака", "дрон", "ракета", "порт", "пожежа", "загиблий", "уламок");
  static final List<String> BUDGET =
      List.of("бюджет", "рада", "школа", "кошти", "громада", "депутат", "голосування", "мільярд");

  final Clusterer clusterer = new Clusterer(Clusterer.Settings.defaults());
  final List<Clusterer.Placement> placements = new ArrayList<>();
  int n;

  void add(String key, List<String> head, List<String> body) {
    n++;
    placements.add(
        clusterer.add(
            new StoryArticle(
                key,
                "outlet" + (n % 5),
                0.5,
                "uk",
                n * HOUR,
                key,
                null,
                null,
                head,
                body,
                Set.of(),
                null,
                null)));
  }

  /** Words of an event: all but one of them, so no two reports are the same text. */
  static List<String> words(List<String> event, int skip) {
    List<String> out = new ArrayList<>(event);
    out.remove(skip % event.size());
    return out;
  }

  @Test
  void aStoryWalkedFromOneEventToAnotherSplitsIntoTwo() {
    for (int i = 0; i < 3; i++) add("strike/" + i, words(STRIKE, i), List.of());
    // Follow-ups that say less and less about the strike and more and more about the money the
    // council votes for the city: each is close enough to the story to join it.
    for (int i = 0; i < 3; i++) {
      List<String> both = new ArrayList<>(STRIKE.subList(0, 6 - 2 * i));
      both.addAll(BUDGET.subList(0, 3 + 2 * i));
      add("drift/" + i, both, List.of());
    }
    for (int i = 0; i < 6; i++) add("budget/" + i, words(BUDGET, i), List.of());
    long strike = clusterer.storyOf("strike/0").orElseThrow();
    long budget = clusterer.storyOf("budget/0").orElseThrow();
    assertThat(budget).isNotEqualTo(strike);
    for (int i = 0; i < 3; i++) assertThat(clusterer.storyOf("strike/" + i)).contains(strike);
    for (int i = 0; i < 6; i++) assertThat(clusterer.storyOf("budget/" + i)).contains(budget);
    assertThat(placements).anySatisfy(p -> assertThat(p.split()).isNotEmpty());
    assertThat(clusterer.openStories()).extracting(Story::id).contains(strike, budget);
  }

  @Test
  void oneEventInDifferentWordsStaysOneStory() {
    for (int i = 0; i < 8; i++) add("strike/" + i, words(STRIKE, i), List.of());
    long strike = clusterer.storyOf("strike/0").orElseThrow();
    for (int i = 0; i < 8; i++) assertThat(clusterer.storyOf("strike/" + i)).contains(strike);
    assertThat(placements).allSatisfy(p -> assertThat(p.split()).isEmpty());
  }
}
