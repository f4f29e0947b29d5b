package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.OpenSearchNode;

/** {@code strichka reindex --backend opensearch} against a real node, then searching it. */
@Tag("slow")
class ReindexOpenSearchTest {
  @TempDir Path dir;

  @Test
  void reindexCopiesTheStoreIntoOpenSearchAndSearchReadsIt() throws Exception {
    String node = OpenSearchNode.shared().url();
    String url = "jdbc:sqlite:" + dir.resolve("strichka.db");
    try (Store store = Store.open(url, "", "", 2)) {
      long outlet =
          store.outlets().upsert(OutletRecord.of("shvydko", "Швидко", "https://shvydko.news/"));
      for (int i = 0; i < 3; i++) {
        store
            .articles()
            .upsert(
                ArticleRecord.builder("https://shvydko.news/" + i, outlet, "Курс гривні знизився")
                    .language("uk")
                    .section("economy")
                    .publishedAt(Instant.parse("2026-02-01T10:00:00Z").plusSeconds(i))
                    .build());
      }
    }
    String common =
        "store:\n  url: "
            + url
            + "\nsearch:\n  opensearch-url: "
            + node
            + "\n"
            + "  opensearch-index: cli-reindex\n";
    Path lucene = Files.writeString(dir.resolve("lucene.yaml"), common);
    Path opensearch =
        Files.writeString(dir.resolve("opensearch.yaml"), common + "  backend: opensearch\n");

    MainTest.Result r =
        MainTest.run("--config", lucene.toString(), "reindex", "--backend", "opensearch");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("indexed 3 articles").contains(node + "/cli-reindex");
    assertThat(r.err()).contains("reindex: 3 of 3 articles (100%");

    MainTest.Result found =
        MainTest.run("--config", opensearch.toString(), "search", "гривня", "--json");
    assertThat(found.code()).as(found.err()).isZero();
    assertThat(found.out()).contains("\"total\" : 3").contains("<mark>гривні</mark>");

    MainTest.Result wrong =
        MainTest.run("--config", lucene.toString(), "reindex", "--backend", "solr");
    assertThat(wrong.code()).isNotZero();
    assertThat(wrong.err()).contains("search.backend: expected lucene or opensearch, got 'solr'");
  }
}
