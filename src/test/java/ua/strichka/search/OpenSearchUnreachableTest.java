package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.testing.Databases;

/** No OpenSearch where the configuration points: one clear message, naming the address. */
class OpenSearchUnreachableTest {
  @TempDir Path dir;

  @Test
  void aClusterThatIsNotThereIsAClearError() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort;
    try (StoreFixture store = new StoreFixture(Databases.SQLITE, dir)) {
      assertThatThrownBy(
              () ->
                  OpenSearchIndex.open(
                      url, "x", store.store, SearchSettings.defaults(), IndexProgress.NONE))
          .isInstanceOf(SearchException.class)
          .hasMessageStartingWith("cannot reach OpenSearch at " + url + "/x: ");
    }
    try (SearchBackend index = OpenSearchIndex.connect(url, "x", SearchSettings.defaults())) {
      assertThatThrownBy(() -> index.search(Query.parse("Київ")))
          .isInstanceOf(SearchException.class)
          .hasMessageContaining("OpenSearch at " + url + "/x");
    }
  }
}
