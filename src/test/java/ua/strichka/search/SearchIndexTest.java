package ua.strichka.search;

import java.nio.file.Path;
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
}
