package ua.strichka.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.Extractor;
import ua.strichka.fetch.FetchResult;
import ua.strichka.fetch.Fetcher;
import ua.strichka.fetch.UrlCanonicalizer;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.TruthArticle;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.Store;

/**
 * The sample web's ground truth held against a store after a crawl: the truth articles the crawler
 * reached (their URL fetched with a 200, after retries), those the extractor itself declines on the
 * page as served, and those lost on the way — reached, an article, and not stored.
 *
 * @param reached canonical URLs of the truth articles fetched with a 200
 * @param declined those of them the extractor finds no article on: its own limit, not a loss
 * @param lost the rest of them that have no stored article, as "id url"
 */
public record StoredTruth(List<String> reached, List<String> declined, List<String> lost) {

  /** The web's released articles plus its first {@code synthetic} scale-mode ones. */
  public static StoredTruth check(SampleWeb web, long synthetic, Store store, Fetcher fetcher) {
    List<TruthArticle> truth = new ArrayList<>(web.released());
    for (long i = 0; i < synthetic; i++) truth.add(web.synthetic(i).orElseThrow());
    List<String> reached = new ArrayList<>();
    List<String> declined = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (TruthArticle t : truth) {
      String url = canonical(t.canonicalUrl());
      Optional<CrawlUrl> crawled = store.crawl().byUrl(url);
      if (crawled.isEmpty() || !Integer.valueOf(200).equals(crawled.get().lastStatus())) continue;
      reached.add(url);
      if (store.articles().byCanonicalUrl(url).isPresent()) continue;
      if (declinedByTheExtractor(fetcher, t.url())) declined.add(url);
      else lost.add(t.id() + " " + url);
    }
    return new StoredTruth(reached, declined, lost);
  }

  /** Articles sharing the values of {@code columns} with another, beyond the first of each. */
  public static long duplicates(Store store, String columns) {
    return store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM article"
                            + " WHERE content_hash IS NOT NULL GROUP BY "
                            + columns
                            + ") g")
                    .mapTo(Long.class)
                    .one());
  }

  /** Whether the extractor finds no article on the page as it is served now, faults aside. */
  private static boolean declinedByTheExtractor(Fetcher fetcher, URI url) {
    FetchResult page = fetcher.fetch(url);
    return new Extractor().extract(page.text(), page.finalUrl().toString())
        instanceof Extraction.NotArticle;
  }

  private static String canonical(URI url) {
    return UrlCanonicalizer.tryCanonicalize(url.toString()).orElse(url.toString());
  }
}
