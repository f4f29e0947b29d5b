package ua.strichka.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.search.Hit;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.Query;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.Store;

/**
 * Search quality over the sample corpus: the corpus goes into a fresh store as {@link CorpusSeed}
 * puts it there (stories from the ground truth, entity tags from the markup — or none, when asked),
 * is indexed, and every judged query is scored on its first page of ten.
 */
final class SearchQuality {
  static final int K = 10;

  /** "Now" for the corpus: articles are published {@code hoursAgo} before it. */
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  /**
   * @param recall over every graded article; {@code recallAbout} over those graded 2 (about the
   *     event asked for) only
   */
  record Row(String query, double ndcg, double recall, double recallAbout, List<String> top) {}

  record Result(List<Row> rows, double ndcg, double recall, double recallAbout) {}

  private SearchQuality() {}

  static Result measure(
      List<JudgedQueries.Judged> queries, Path dir, boolean entities, SearchSettings settings) {
    String name = entities ? "with-entities" : "without-entities";
    for (String suffix : new String[] {".db", ".db-wal", ".db-shm"}) {
      try {
        Files.deleteIfExists(dir.resolve(name + suffix)); // a previous run's, in a kept --dir
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Store store = Store.open("jdbc:sqlite:" + dir.resolve(name + ".db"), "", "", 2)) {
      Map<Long, String> corpusIds = load(store, entities);
      SearchSettings at = settings.clock(Clock.fixed(START, ZoneOffset.UTC));
      try (SearchIndex index =
          SearchIndex.rebuild(dir.resolve(name + "-index"), store, at, IndexProgress.NONE)) {
        List<Row> rows = new ArrayList<>();
        for (JudgedQueries.Judged q : queries) {
          List<String> top =
              index.search(Query.parse(q.text()).facets(false).page(0, K)).hits().stream()
                  .map(Hit::articleId)
                  .map(corpusIds::get)
                  .toList();
          Map<String, Integer> about = new HashMap<>(q.grades());
          about.values().removeIf(g -> g < 2);
          rows.add(
              new Row(
                  q.text(),
                  RankingMetrics.ndcg(top, q.grades(), K),
                  RankingMetrics.recall(top, q.grades(), K),
                  RankingMetrics.recall(top, about, K),
                  top));
        }
        return new Result(
            rows,
            rows.stream().mapToDouble(Row::ndcg).average().orElse(0),
            rows.stream().mapToDouble(Row::recall).average().orElse(0),
            rows.stream().mapToDouble(Row::recallAbout).average().orElse(0));
      }
    }
  }

  /**
   * Writes the corpus into the store as the website's seed does; returns store id → corpus id (the
   * last part of the article's URL).
   */
  private static Map<Long, String> load(Store store, boolean entities) {
    CorpusSeed.seed(store, START);
    if (!entities) store.jdbi().useHandle(h -> h.execute("DELETE FROM article_entity"));
    Map<Long, String> ids = new HashMap<>();
    for (ArticleRecord a : store.articles().recent(ArticleQuery.latest(Integer.MAX_VALUE))) {
      String url = a.canonicalUrl();
      ids.put(a.id(), url.substring(url.lastIndexOf('/') + 1));
    }
    return ids;
  }

  static Duration hours(double h) {
    return Duration.ofSeconds(Math.round(h * 3600));
  }
}
