package ua.strichka.search;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import ua.strichka.store.Store;
import ua.strichka.testing.OpenSearchNode;

/** The search suite on a real OpenSearch node: the same queries find the same articles. */
@Tag("slow")
class OpenSearchIndexTest extends SearchSuite {
  static final String INDEX = "search-suite";

  @Override
  SearchBackend open(Store store, Path dir, SearchSettings settings) {
    return OpenSearchIndex.rebuild(
        OpenSearchNode.shared().url(), INDEX, store, settings, IndexProgress.NONE);
  }

  @Override
  SearchBackend reopen(Path dir, SearchSettings settings) {
    return OpenSearchIndex.connect(OpenSearchNode.shared().url(), INDEX, settings);
  }
}
