package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.store.Store;

/** The search suite on the embedded Lucene index. */
class SearchIndexTest extends SearchSuite {
  @Override
  SearchBackend open(Store store, Path dir, SearchSettings settings) {
    return SearchIndex.open(dir.resolve("index"), store, settings, IndexProgress.NONE);
  }

  @Override
  SearchBackend reopen(Path dir, SearchSettings settings) {
    return SearchIndex.openReadOnly(dir.resolve("index"), settings);
  }

  @Test
  void relevanceHitsCarryTheirScoresBestFirst() {
    List<Hit> hits = index.search(Query.parse("Японії")).hits();
    assertThat(hits).hasSizeGreaterThan(1);
    assertThat(hits).allSatisfy(h -> assertThat(h.score()).isPositive());
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
    }
  }

  /**
   * Beyond its sample a search estimates its counts from a share of the matches (see {@code
   * AllMatches}); its hits do not change, as they come from a pass of their own.
   */
  @ParameterizedTest(name = "«{0}», collapsed {1}")
  @CsvSource({"'', false", "'', true", "Японії, false", "полоненими, true"})
  void pastItsSampleASearchEstimatesItsCountsButKeepsItsHits(String text, boolean collapse) {
    Query q = Query.parse(text).collapse(collapse).page(0, 20);
    SearchResult exact = index.search(q);
    assertThat(exact.approximate()).isFalse();
    assertThat(exact.totalExact()).isTrue();
    try (SearchBackend sampled = reopen(dir, settings(0.5, 2).sample(1))) {
      SearchResult estimated = sampled.search(q);
      assertThat(estimated.hits())
          .extracting(Hit::articleId)
          .containsExactlyElementsOf(exact.hits().stream().map(Hit::articleId).toList());
      if (!estimated.approximate()) {
        // the first eighth of the index held no match: it went on to count them all
        assertThat(estimated.total()).isEqualTo(exact.total());
        return;
      }
      assertThat(estimated.totalExact()).isFalse();
      assertThat(estimated.total()).isPositive();
      // scaled up from a share: a sixteenth, an eighth, a quarter or a half
      assertThat(estimated.facets().values())
          .allSatisfy(
              counts -> assertThat(counts).allSatisfy(c -> assertThat(c.count() % 2).isZero()));
      assertThat(estimated.hits()).allSatisfy(h -> assertThat(h.storyMatches()).isPositive());
    }
  }

  @Test
  void withEnoughMatchesTheEstimatesComeNearTheCounts() {
    // browsing matches every article; a sample of half of them is scaled up twice
    Query all = Query.parse("");
    SearchResult exact = index.search(all);
    int half = (int) exact.total() / 2;
    try (SearchBackend sampled = reopen(dir, settings(0.5, 2).sample(half))) {
      SearchResult estimated = sampled.search(all);
      assertThat(estimated.approximate()).isTrue();
      assertThat(estimated.total()).isBetween(exact.total() / 2, exact.total() * 2);
    }
  }

  @Test
  void oneSearchAtATimeAnswersConcurrentClientsAsEachAlone() throws Exception {
    List<Query> queries =
        List.of(Query.parse("Японії"), Query.parse("полоненими").collapse(true), Query.parse(""));
    List<List<Long>> alone = new ArrayList<>();
    for (Query q : queries) alone.add(ids(index.search(q)));
    try (SearchBackend single = reopen(dir, settings(0.5, 2).concurrentSearches(1))) {
      ExecutorService clients = Executors.newFixedThreadPool(6);
      try {
        List<Future<List<Long>>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          Query q = queries.get(i % queries.size());
          answers.add(clients.submit(() -> ids(single.search(q))));
        }
        for (int i = 0; i < answers.size(); i++) {
          assertThat(answers.get(i).get(30, TimeUnit.SECONDS))
              .isEqualTo(alone.get(i % queries.size()));
        }
      } finally {
        clients.shutdownNow();
      }
    }
  }

  /**
   * The hits of a page share one postings list per term while their snippets are marked ({@code
   * PageOffsets}); each must come out as it does alone.
   */
  @ParameterizedTest(name = "«{0}»")
  @CsvSource({"Японії", "полоненими обмін", "України"})
  void aHitIsMarkedOnAPageAsItIsAlone(String text) {
    List<Hit> page = index.search(Query.parse(text).page(0, 20)).hits();
    assertThat(page).hasSizeGreaterThan(2);
    assertThat(page).anySatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>"));
    for (int i = 0; i < page.size(); i++) {
      Hit alone = index.search(Query.parse(text).page(i, 1)).hits().getFirst();
      assertThat(alone.articleId()).isEqualTo(page.get(i).articleId());
      assertThat(alone.snippetHtml()).isEqualTo(page.get(i).snippetHtml());
      assertThat(alone.titleHtml()).isEqualTo(page.get(i).titleHtml());
    }
  }

  private static List<Long> ids(SearchResult result) {
    return result.hits().stream().map(Hit::articleId).toList();
  }
}
