package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;

class SearchCommandTest {
  @TempDir Path dir;
  Path config;
  String url;

  @BeforeEach
  void storeWithArticles() throws Exception {
    url = "jdbc:sqlite:" + dir.resolve("strichka.db");
    config =
        Files.writeString(
            dir.resolve("strichka.yaml"),
            "store:\n  url: " + url + "\nsearch:\n  index: " + dir.resolve("index") + "\n");
    try (Store store = Store.open(url, "", "", 2)) {
      long outlet =
          store.outlets().upsert(OutletRecord.of("shvydko", "Швидко", "https://shvydko.news/"));
      store
          .articles()
          .upsert(
              ArticleRecord.builder(
                      "https://shvydko.news/1",
                      outlet,
                      "Обмін полоненими: додому повернулися 150 українців")
                  .lead("Серед звільнених — захисники Маріуполя & <інші>.")
                  .language("uk")
                  .section("war")
                  .publishedAt(Instant.parse("2026-03-01T10:00:00Z"))
                  .build());
      store
          .articles()
          .upsert(
              ArticleRecord.builder("https://shvydko.news/2", outlet, "Курс гривні знизився")
                  .language("uk")
                  .section("economy")
                  .publishedAt(Instant.parse("2026-02-01T10:00:00Z"))
                  .build());
    }
  }

  private MainTest.Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return MainTest.run(all);
  }

  @Test
  void printsJsonAloneOnStdout() throws Exception {
    MainTest.Result r = run("search", "обміну полонених", "--json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("total").asLong()).isEqualTo(1);
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("title").asText()).startsWith("Обмін полоненими");
    assertThat(hit.get("titleHtml").asText())
        .startsWith("<mark>Обмін</mark> <mark>полоненими</mark>");
    assertThat(hit.get("snippetHtml").asText()).contains("&amp; &lt;інші&gt;");
    assertThat(hit.get("outlet").asText()).isEqualTo("shvydko");
    assertThat(hit.get("publishedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(json.get("facets").get("section").get(0).get("value").asText()).isEqualTo("war");
  }

  @Test
  void printsReadableResultsAndHonoursFilters() {
    MainTest.Result r = run("search", "", "--sort", "date", "--section", "economy");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("1 articles, 1–1")
        .contains("Курс гривні знизився")
        .contains("Швидко · economy · 2026-02-01 12:00");
    MainTest.Result dated = run("search", "--from", "2026-03-01", "--to", "2026-03-01", "--json");
    assertThat(dated.out()).contains("\"total\" : 1").contains("Обмін полоненими");
    MainTest.Result none = run("search", "і та в");
    assertThat(none.out())
        .contains("note: The query has only common words")
        .contains("nothing found");
  }

  @Test
  void badOptionsAreUsageErrors() {
    MainTest.Result sort = run("search", "x", "--sort", "oldest");
    assertThat(sort.code()).as(sort.err()).isEqualTo(2);
    assertThat(sort.err()).contains("--sort: expected relevance or date, got 'oldest'");
    MainTest.Result date = run("search", "x", "--from", "1 March");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("'1 March' is not a date like 2026-03-01");
    MainTest.Result range = run("search", "x", "--from", "2026-03-02", "--to", "2026-03-01");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("the date range is empty");
  }

  @Test
  void reindexRebuildsAndSearchReadsAnIndexInUse() {
    MainTest.Result r = run("reindex");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("indexed 2 articles");
    assertThat(r.err()).contains("reindex: 2 of 2 articles (100%");
    try (Store store = Store.open(url, "", "", 2);
        SearchIndex held =
            SearchIndex.open(
                dir.resolve("index"), store, SearchSettings.defaults(), IndexProgress.NONE)) {
      MainTest.Result busy = run("search", "гривня");
      assertThat(busy.code()).isZero();
      assertThat(busy.err())
          .contains(
              "is in use by another Strichka process; searching the index as it last saved it");
      assertThat(busy.out()).contains("Курс гривні знизився");
      assertThat(held.documents()).isEqualTo(2);
    }
  }
}
