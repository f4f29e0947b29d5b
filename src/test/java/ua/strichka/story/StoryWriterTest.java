package ua.strichka.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.text.Language;

/** What the desk decides reaches a real SQLite store, a split included. */
class StoryWriterTest {
  @TempDir Path dir;

  static final long HOUR = 3_600_000L;

  @Test
  void aStorySplitByTheDeskIsSplitInTheStore() {
    Clusterer clusterer = new Clusterer(Clusterer.Settings.defaults());
    StoryDesk desk = new StoryDesk(clusterer, Duration.ofHours(72));
    StoryWriter writer =
        new StoryWriter(
            clusterer,
            new Ranker(Ranker.Settings.defaults()),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    try (Store store = Databases.SQLITE.open(dir)) {
      List<Long> outlets = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        outlets.add(
            store.outlets().upsert(OutletRecord.of("o" + i, "O" + i, "https://o" + i + ".ua/")));
      }
      List<String> keys = new ArrayList<>();
      List<List<String>> texts = new ArrayList<>();
      for (int i = 0; i < 3; i++) texts.add(DriftTest.words(DriftTest.STRIKE, i));
      for (int i = 0; i < 3; i++) {
        List<String> both = new ArrayList<>(DriftTest.STRIKE.subList(0, 6 - 2 * i));
        both.addAll(DriftTest.BUDGET.subList(0, 3 + 2 * i));
        texts.add(both);
      }
      for (int i = 0; i < 6; i++) texts.add(DriftTest.words(DriftTest.BUDGET, i));
      boolean split = false;
      for (int i = 0; i < texts.size(); i++) {
        String key = "https://o" + (i % 5) + ".ua/" + i;
        keys.add(key);
        String title = String.join(" ", texts.get(i));
        long outlet = outlets.get(i % 5);
        long when = i * HOUR;
        StoryDesk.Incoming in =
            new StoryDesk.Incoming(
                key,
                "o" + (i % 5),
                "o" + (i % 5) + ".ua",
                0.5,
                when,
                title,
                null,
                null,
                Language.UK,
                "war",
                null,
                null);
        StoryDesk.Outcome o = desk.add(in);
        split |= !o.placement().split().isEmpty();
        store.inTransaction(
            tx -> {
              long id =
                  tx.articles()
                      .upsert(
                          ArticleRecord.builder(key, outlet, title)
                              .publishedAt(Instant.ofEpochMilli(when))
                              .build());
              return writer.write(o, id, tx);
            });
      }
      assertThat(split).isTrue();
      // the store's stories are the desk's: same groups, same counts
      for (Story s : clusterer.openStories()) {
        List<Long> stored = new ArrayList<>();
        for (String k : s.articles()) {
          long id = store.articles().byCanonicalUrl(k).orElseThrow().id();
          stored.add(store.stories().storyOf(id).orElseThrow());
        }
        assertThat(stored).as(s.title()).containsOnly(stored.getFirst());
        assertThat(store.stories().byId(stored.getFirst()).orElseThrow().story().articleCount())
            .isEqualTo(s.articleCount());
      }
      long first =
          store
              .stories()
              .storyOf(store.articles().byCanonicalUrl(keys.getFirst()).orElseThrow().id())
              .orElseThrow();
      long last =
          store
              .stories()
              .storyOf(store.articles().byCanonicalUrl(keys.getLast()).orElseThrow().id())
              .orElseThrow();
      assertThat(last).isNotEqualTo(first);
      assertThat(store.stories().count(null)).isEqualTo(clusterer.openCount());
    }
  }
}
