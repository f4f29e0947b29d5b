package ua.strichka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.fetch.UrlCanonicalizer;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.sampleweb.TruthArticle;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;

/**
 * The sample web's magazine, whose long reads run over two or three pages: crawled by the real
 * crawler and {@link Ingest}, every article is stored once, under page 1's address, with the whole
 * text of the ground truth.
 */
class PaginatedCrawlTest {
  @TempDir Path dir;

  @Test
  void everyLongReadIsStoredWholeUnderItsFirstPage() throws Exception {
    Config config =
        Config.load(
            Optional.empty(),
            Map.of(),
            Map.of("fetch.allow-private", "true", "fetch.host-delay", "5ms"));
    try (SampleWeb web =
            SampleWeb.start(
                SampleWebOptions.defaults().withSeed(1).withBind(SampleWebOptions.Bind.HOSTS));
        Store store = Databases.SQLITE.open(dir);
        Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
      SampleWeb.Origin magazine =
          web.outlets().stream()
              .filter(o -> o.template().equals("paginated"))
              .findFirst()
              .orElseThrow();
      List<Source> sources = new ArrayList<>();
      magazine.feeds().forEach(u -> sources.add(new Source(SourceKind.FEED, u.toString())));
      magazine.sitemaps().forEach(u -> sources.add(new Source(SourceKind.SITEMAP, u.toString())));
      new Outlets(store)
          .save(
              new Outlet(
                  magazine.slug(),
                  magazine.name(),
                  magazine.base().toString(),
                  "uk",
                  null,
                  sources,
                  null),
              Instant.now());
      Ingest ingest = Ingest.configured(store, config, Clock.systemUTC());
      new Crawler(store, fetcher, CrawlSettings.from(config), ingest, new SimpleMeterRegistry())
          .crawlDue((s, n) -> {});

      List<TruthArticle> truth =
          web.truth().stream().filter(t -> t.outlet().equals(magazine.slug())).toList();
      int split = 0;
      int threePages = 0;
      for (TruthArticle t : truth) {
        String url = UrlCanonicalizer.canonicalize(t.canonicalUrl().toString());
        ArticleRecord a =
            store.articles().byCanonicalUrl(url).orElseThrow(() -> new AssertionError(url));
        assertThat(a.body()).as(url).isEqualTo(t.text());
        int paragraphs = t.text().split("\n\n").length;
        if (paragraphs >= 4) split++;
        if (paragraphs >= 9) threePages++;
      }
      assertThat(split).as("articles over several pages").isPositive();
      assertThat(threePages).as("articles over three pages").isPositive();
      assertThat(store.articles().count()).isEqualTo(truth.size());
    }
  }
}
