package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
