package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.sampleweb.Fault;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.source.Discovery;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.RawPage;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.testing.TestFetch;

/** The crawler against the sample news web: every discovery path, and every fault it plants. */
@Tag("slow")
class SampleWebCrawlTest {
  @TempDir Path dir;

  /** Outlets whose robots.txt asks for 1 s between requests: covered by the discovery test. */
  static final Set<String> SLOW_HOSTS = Set.of("halytskyi-kurier", "zbirka");

  /** Patient enough for the slow article (3 s) and a Retry-After of 1 s; the hang still ends. */
  static FetchSettings settings() {
    FetchSettings s = TestFetch.settings();
    return new FetchSettings(
        s.userAgent(),
        false,
        s.allowPrivateAddresses(),
        16,
        Duration.ZERO,
        Duration.ofSeconds(2),
        Duration.ofSeconds(6),
        Duration.ofSeconds(8),
        5 * 1024 * 1024,
        5,
        2,
        Duration.ofMillis(20),
        Duration.ofSeconds(3),
        Duration.ofHours(1),
        Duration.ofSeconds(60));
  }

  @Test
  void discoversEveryOutletOfTheSampleWeb() throws Exception {
    try (SampleWeb web = SampleWeb.start(SampleWebOptions.defaults());
        Fetcher fetcher = new Fetcher(settings(), new SimpleMeterRegistry())) {
      Discovery discovery = new Discovery(fetcher.pageLoader());
      Set<String> paths = new HashSet<>();
      for (SampleWeb.Origin o : web.outlets()) {
        Outlet found = discovery.discover(o.base().toString());
        assertThat(found.name()).as(o.slug()).isEqualTo(o.name());
        assertThat(found.language()).as(o.slug()).isEqualTo(o.languages().getFirst());
        List<String> feeds = urls(found, SourceKind.FEED);
        List<String> sitemaps = urls(found, SourceKind.SITEMAP);
        List<String> sections = urls(found, SourceKind.SECTION);
        if (!o.feeds().isEmpty()) {
          assertThat(feeds).as(o.slug() + " feeds").isNotEmpty();
          assertThat(o.feeds().stream().map(URI::toString).toList())
              .as(o.slug())
              .containsAll(feeds);
          paths.add("feed");
        }
        if (!o.sitemaps().isEmpty()) {
          assertThat(sitemaps).as(o.slug() + " sitemaps").isNotEmpty();
          assertThat(o.sitemaps().stream().map(URI::toString).toList())
              .as(o.slug())
              .containsAll(sitemaps);
          paths.add("sitemap");
        }
        if (o.feeds().isEmpty() && o.sitemaps().isEmpty()) {
          assertThat(sections).as(o.slug() + " section page").isNotEmpty();
          paths.add("section");
        }
      }
      assertThat(paths).contains("feed", "sitemap");
    }
  }

  @Test
  void crawlsTheWholeWebThroughEveryFaultAndStoresEachArticleOnce() throws Exception {
    try (SampleWeb web =
            SampleWeb.start(
                SampleWebOptions.defaults()
                    .withFaults(Set.of(SampleWebOptions.ALL))
                    // one address per outlet, as on the real web: politeness is per host
                    .withBind(SampleWebOptions.Bind.HOSTS));
        Store store = Databases.SQLITE.open(dir);
        Fetcher fetcher = new Fetcher(settings(), new SimpleMeterRegistry())) {
      Outlets outlets = new Outlets(store);
      Set<String> faultFeeds = new HashSet<>();
      for (Fault f : web.faults()) {
        if (f.kind() == Fault.Kind.BROKEN_FEED
            || f.kind() == Fault.Kind.ENTITY_BOMB
            || f.kind() == Fault.Kind.XXE
            || f.kind() == Fault.Kind.DUPLICATE_ITEMS) {
          faultFeeds.add(f.url().toString());
        }
      }
      for (SampleWeb.Origin o : web.outlets()) {
        if (SLOW_HOSTS.contains(o.slug())) continue;
        List<Source> sources = new ArrayList<>();
        o.feeds().forEach(u -> sources.add(new Source(SourceKind.FEED, u.toString())));
        o.sitemaps().forEach(u -> sources.add(new Source(SourceKind.SITEMAP, u.toString())));
        o.sectionPages().forEach(u -> sources.add(new Source(SourceKind.SECTION, u.toString())));
        for (String f : faultFeeds) {
          if (f.startsWith(o.base().toString())) sources.add(new Source(SourceKind.FEED, f));
        }
        outlets.save(
            new Outlet(
                o.slug(),
                o.name(),
                o.base().toString(),
                o.languages().getFirst(),
                null,
                sources,
                null),
            Instant.now());
      }
      CrawlSettings crawl =
          new CrawlSettings(
              CrawlerTest.SETTINGS.schedule(), Duration.ofMinutes(5), 32, 4, 3, 1000, 10);
      CrawlSummary summary =
          new Crawler(store, fetcher, crawl, new RawPageSink(), new SimpleMeterRegistry())
              .crawlDue((s, n) -> {});
      assertThat(summary.pages()).isPositive();

      Set<Fault.Kind> met = new HashSet<>();
      for (Fault f : web.faults()) {
        String url = f.url().toString();
        if (SLOW_HOSTS.contains(f.outlet())) continue;
        if (store.crawl().byUrl(url).isEmpty()) continue; // not listed where the crawler looks
        met.add(f.kind());
        switch (f.kind()) {
          case SERVER_ERROR, RATE_LIMITED, SLOW, GZIP, WRONG_CHARSET, TRUNCATED -> {
            RawPage page = store.crawl().rawPage(url).orElse(null);
            assertThat(page)
                .as(f.kind() + " " + url + ": " + log(store, url) + " " + store.crawl().byUrl(url))
                .isNotNull();
            assertThat(page.status()).isEqualTo(200);
            if (f.kind() == Fault.Kind.GZIP) {
              assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<html");
            }
          }
          case REDIRECT_CHAIN ->
              // the short link leads to the article
              assertThat(store.crawl().byUrl(url).orElseThrow().lastStatus())
                  .as(log(store, url))
                  .isEqualTo(200);
          case HUGE -> {
            RawPage page = store.crawl().rawPage(url).orElseThrow();
            assertThat(page.truncated()).isTrue();
            assertThat(page.body().length).isEqualTo(5 * 1024 * 1024);
          }
          case HANGING -> assertThat(errors(store, url)).contains("timeout");
          case REDIRECT_LOOP -> assertThat(errors(store, url)).contains("redirect-loop");
          case BROKEN_FEED, ENTITY_BOMB, XXE -> {
            CrawlUrl feed = store.crawl().byUrl(url).orElseThrow();
            assertThat(feed.lastError()).as(f.kind().name()).isEqualTo("bad-source");
            assertThat(feed.errorStreak()).isEqualTo(1);
          }
          case DUPLICATE_ITEMS ->
              assertThat(store.crawl().byUrl(url).orElseThrow().lastStatus()).isEqualTo(200);
        }
      }
      assertThat(met)
          .as("fault kinds the crawl met")
          .containsExactlyInAnyOrder(Fault.Kind.values());

      // nothing of the local file the XXE feed points at got anywhere
      long leaked =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM crawl_url WHERE feed_meta LIKE '%root:%'")
                          .mapTo(Long.class)
                          .one());
      assertThat(leaked).isZero();

      // every article of the ground truth the crawler found is stored, each once
      Set<String> stored =
          new HashSet<>(
              store
                  .jdbi()
                  .withHandle(
                      h -> h.createQuery("SELECT url FROM raw_page").mapTo(String.class).list()));
      assertThat(stored).hasSize((int) store.crawl().rawPageCount());
      Set<String> unreachable =
          web.faults().stream()
              .filter(f -> f.kind() == Fault.Kind.HANGING || f.kind() == Fault.Kind.REDIRECT_LOOP)
              .map(f -> f.url().toString())
              .collect(Collectors.toSet());
      List<String> found =
          web.released().stream()
              .filter(t -> !SLOW_HOSTS.contains(t.outlet()))
              .map(t -> UrlCanonicalizer.canonicalize(t.url().toString()))
              .filter(u -> !unreachable.contains(u) && store.crawl().byUrl(u).isPresent())
              .toList();
      assertThat(found).hasSizeGreaterThan(100);
      assertThat(found.stream().filter(u -> !stored.contains(u)).toList())
          .as("truth articles found but not stored")
          .isEmpty();
    }
  }

  private static List<String> urls(Outlet o, SourceKind kind) {
    return o.sources().stream().filter(s -> s.kind() == kind).map(Source::url).toList();
  }

  private static List<String> errors(Store store, String url) {
    return store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT error_class FROM fetch_log WHERE url = :u AND error_class IS NOT NULL")
                    .bind("u", url)
                    .mapTo(String.class)
                    .list());
  }

  private static String log(Store store, String url) {
    return store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COALESCE(error_class, 'ok') || ' ' || COALESCE(CAST(status AS TEXT), '-') FROM fetch_log WHERE url = :u")
                    .bind("u", url)
                    .mapTo(String.class)
                    .list())
        .toString();
  }
}
