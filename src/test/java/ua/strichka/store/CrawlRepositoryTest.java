package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.testing.Databases;

class CrawlRepositoryTest {
  @TempDir Path dir;
  static final Instant T0 = Instant.parse("2025-04-09T04:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(5);

  @ParameterizedTest
  @EnumSource(Databases.class)
  void addsSourcesAndArticlesOnceHoweverOftenListed(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet =
          store.outlets().upsert(OutletRecord.of("kv", "Київський вісник", "https://kv.ua/"));
      CrawlRepository crawl = store.crawl();
      long feed = crawl.addSource(outlet, "feed", "https://kv.ua/rss", "kv.ua", T0);
      assertThat(crawl.addSource(outlet, "feed", "https://kv.ua/rss", "kv.ua", T0.plusSeconds(60)))
          .isEqualTo(feed);
      assertThat(crawl.sources(outlet))
          .containsExactly(java.util.Map.entry("feed", "https://kv.ua/rss"));

      List<CrawlRepository.NewUrl> listed =
          List.of(
              new CrawlRepository.NewUrl("https://kv.ua/a/1", "kv.ua", "{\"title\":\"Перша\"}"),
              new CrawlRepository.NewUrl("https://kv.ua/a/2", "kv.ua", null));
      assertThat(crawl.addUrls(outlet, "article", listed, T0)).isEqualTo(2);
      // another feed lists one of them again, and a new one
      assertThat(
              crawl.addUrls(
                  outlet,
                  "article",
                  List.of(
                      listed.get(1),
                      new CrawlRepository.NewUrl("https://kv.ua/a/3", "kv.ua", null)),
                  T0))
          .isEqualTo(1);
      assertThat(crawl.countDue(T0)).isEqualTo(4);
      assertThat(crawl.byUrl("https://kv.ua/a/1").orElseThrow().feedMeta()).contains("Перша");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void claimsDueWorkWithLeasesAndAPerHostCap(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet = store.outlets().upsert(OutletRecord.of("a", "A", "https://a.ua/"));
      CrawlRepository crawl = store.crawl();
      List<CrawlRepository.NewUrl> urls = new ArrayList<>();
      for (int i = 0; i < 5; i++)
        urls.add(new CrawlRepository.NewUrl("https://a.ua/" + i, "a.ua", null));
      for (int i = 0; i < 3; i++)
        urls.add(new CrawlRepository.NewUrl("https://b.ua/" + i, "b.ua", null));
      crawl.addUrls(outlet, "article", urls, T0);
      crawl.addUrls(
          outlet,
          "article",
          List.of(new CrawlRepository.NewUrl("https://c.ua/later", "c.ua", null)),
          T0.plusSeconds(3600));

      List<CrawlUrl> first = crawl.claimDue("node-1", T0, LEASE, 100, 2);
      assertThat(first).extracting(CrawlUrl::host).containsOnly("a.ua", "b.ua");
      assertThat(first.stream().filter(u -> u.host().equals("a.ua")).count()).isEqualTo(2);
      assertThat(first.stream().filter(u -> u.host().equals("b.ua")).count()).isEqualTo(2);
      // node-1 holds both hosts now: node-2 gets nothing of them, node-1 the rest in turn
      assertThat(crawl.claimDue("node-2", T0, LEASE, 100, 2)).isEmpty();
      List<CrawlUrl> second = crawl.claimDue("node-1", T0, LEASE, 100, 2);
      assertThat(second).extracting(CrawlUrl::id).doesNotContainAnyElementsOf(ids(first));
      assertThat(second).hasSize(3);
      // a dead crawler's leases expire and the work is taken over
      List<CrawlUrl> afterExpiry =
          crawl.claimDue("node-3", T0.plus(LEASE).plusSeconds(1), LEASE, 100, 10);
      assertThat(afterExpiry).hasSize(8);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aHostIsLeasedToOneCrawlerAndReopensItsDelayAfterItIsGivenBack(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet = store.outlets().upsert(OutletRecord.of("a", "A", "https://a.ua/"));
      CrawlRepository crawl = store.crawl();
      List<CrawlRepository.NewUrl> urls = new ArrayList<>();
      for (int i = 0; i < 6; i++)
        urls.add(new CrawlRepository.NewUrl("https://a.ua/" + i, "a.ua", null));
      crawl.addUrls(outlet, "article", urls, T0);
      java.util.function.ToLongFunction<String> gap = host -> 2_000;

      List<CrawlUrl> first = crawl.claimDue("node-1", T0, LEASE, 2, 2, Set.of(), gap);
      assertThat(first).hasSize(2);
      // held: nobody else gets the host, however much of it is due
      assertThat(crawl.claimDue("node-2", T0, LEASE, 10, 2, Set.of(), gap)).isEmpty();
      // renewed past the first lease: still closed to others when that would have run out
      crawl.renewHosts("node-1", Set.of("a.ua"), T0.plus(LEASE).plusSeconds(60), gap);
      assertThat(
              crawl.claimDue("node-2", T0.plus(LEASE).plusSeconds(30), LEASE, 10, 2, Set.of(), gap))
          .isEmpty();
      // given back: the last holder may go on at once (its own host queue keeps the delay) ...
      Instant back = T0.plusSeconds(10);
      crawl.releaseHosts("node-1", Set.of("a.ua"), back, gap);
      assertThat(crawl.claimDue("node-1", back, LEASE, 1, 1, Set.of(), gap)).hasSize(1);
      crawl.releaseHosts("node-1", Set.of("a.ua"), back, gap);
      // ... the others only after the host's delay
      assertThat(crawl.claimDue("node-2", back.plusMillis(1_999), LEASE, 10, 2, Set.of(), gap))
          .isEmpty();
      assertThat(crawl.claimDue("node-2", back.plusMillis(2_000), LEASE, 10, 2, Set.of(), gap))
          .hasSize(2);
      // a holder that died: its host reopens its delay after the lease runs out
      Instant until = back.plusMillis(2_000).plus(LEASE);
      assertThat(crawl.claimDue("node-3", until.plusMillis(1_999), LEASE, 10, 2, Set.of(), gap))
          .isEmpty();
      assertThat(crawl.claimDue("node-3", until.plusMillis(2_000), LEASE, 10, 10, Set.of(), gap))
          .hasSize(6); // every URL: the URL leases of the others ran out as well
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void concurrentClaimsNeverOverlap(Databases db) throws Exception {
    try (Store store = db.open(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      long outlet = store.outlets().upsert(OutletRecord.of("a", "A", "https://a.ua/"));
      List<CrawlRepository.NewUrl> urls = new ArrayList<>();
      for (int i = 0; i < 200; i++)
        urls.add(
            new CrawlRepository.NewUrl(
                "https://h" + (i % 20) + ".ua/" + i, "h" + (i % 20) + ".ua", null));
      store.crawl().addUrls(outlet, "article", urls, T0);
      ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String owner = "node-" + w;
        workers.add(
            pool.submit(
                () -> {
                  // An empty claim is not the end: the rows may be locked by another worker's
                  // claim in flight, or sit on a host this worker leased; a crawler asks again.
                  long deadline = System.nanoTime() + 20_000_000_000L;
                  while (claimed.size() < 200 && System.nanoTime() < deadline) {
                    List<CrawlUrl> got = store.crawl().claimDue(owner, T0, LEASE, 7, 3);
                    if (got.isEmpty()) Thread.sleep(1);
                    got.forEach(u -> claimed.add(u.id()));
                  }
                  return null;
                }));
      }
      for (Future<?> f : workers) f.get();
      assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void recordsOutcomesAndShowsOutletHealth(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet =
          store
              .outlets()
              .upsert(
                  new OutletRecord(
                      null,
                      "kv",
                      "Київський вісник",
                      "https://kv.ua/",
                      "uk",
                      null,
                      0.5,
                      false,
                      null,
                      null,
                      false,
                      T0.minus(Duration.ofDays(30))));
      CrawlRepository crawl = store.crawl();
      long feed = crawl.addSource(outlet, "feed", "https://kv.ua/rss", "kv.ua", T0);
      crawl.addUrls(
          outlet,
          "article",
          List.of(
              new CrawlRepository.NewUrl("https://kv.ua/a/1", "kv.ua", null),
              new CrawlRepository.NewUrl("https://kv.ua/a/2", "kv.ua", null)),
          T0);
      crawl.recordSuccess(
          feed, 200, T0, T0.plusSeconds(900).toEpochMilli(), 900_000L, "\"v1\"", null);
      crawl.log(new FetchLogEntry("https://kv.ua/rss", outlet, 200, 1234, 40, null, T0));
      crawl.recordFailure(
          feed, 503, "http-server-error", T0.plusSeconds(900), T0.plusSeconds(2700).toEpochMilli());
      crawl.log(
          new FetchLogEntry(
              "https://kv.ua/rss", outlet, 503, 10, 20, "http-server-error", T0.plusSeconds(900)));
      crawl.log(
          new FetchLogEntry(
              "https://kv.ua/rss", outlet, null, 0, 2000, "timeout", T0.plusSeconds(2700)));

      CrawlUrl row = crawl.byUrl("https://kv.ua/rss").orElseThrow();
      assertThat(row.errorStreak()).isEqualTo(1);
      assertThat(row.etag()).isEqualTo("\"v1\"");
      assertThat(row.intervalMs()).isEqualTo(900_000L);
      assertThat(row.dueAt()).isEqualTo(T0.plusSeconds(2700));
      assertThat(row.lastSuccessAt()).isEqualTo(T0);

      CrawlHealth h = crawl.health(T0.plusSeconds(3600)).getFirst();
      assertThat(h.slug()).isEqualTo("kv");
      assertThat(h.lastSuccess()).isEqualTo(T0);
      assertThat(h.errorStreak()).isEqualTo(2);
      assertThat(h.articles()).isEqualTo(2);
      assertThat(h.articlesPerDay()).isEqualTo(2 / 7.0);
      assertThat(h.lastError()).isEqualTo("timeout https://kv.ua/rss");
      assertThat(crawl.fetchLog(outlet, 10))
          .hasSize(3)
          .first()
          .extracting(FetchLogEntry::errorClass)
          .isEqualTo("timeout");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void keepsOneRawPagePerCanonicalAddress(Databases db) {
    try (Store store = db.open(dir)) {
      long outlet = store.outlets().upsert(OutletRecord.of("kv", "KV", "https://kv.ua/"));
      CrawlRepository crawl = store.crawl();
      crawl.addUrls(
          outlet,
          "article",
          List.of(
              new CrawlRepository.NewUrl("https://kv.ua/a/1", "kv.ua", null),
              new CrawlRepository.NewUrl("https://kv.ua/a/1-old", "kv.ua", null)),
          T0);
      long a = crawl.byUrl("https://kv.ua/a/1").orElseThrow().id();
      long b = crawl.byUrl("https://kv.ua/a/1-old").orElseThrow().id();
      byte[] body = "<html>Привіт</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(
              crawl.saveRawPage(
                  new RawPage(
                      null,
                      a,
                      outlet,
                      "https://kv.ua/a/1",
                      200,
                      "text/html",
                      body,
                      false,
                      "{}",
                      T0)))
          .isTrue();
      // the old address redirects to the same article: not stored twice
      assertThat(
              crawl.saveRawPage(
                  new RawPage(
                      null,
                      b,
                      outlet,
                      "https://kv.ua/a/1",
                      200,
                      "text/html",
                      body,
                      false,
                      null,
                      T0)))
          .isFalse();
      assertThat(crawl.rawPageCount()).isEqualTo(1);
      assertThat(crawl.rawPage("https://kv.ua/a/1").orElseThrow().body()).isEqualTo(body);
    }
  }

  private static Set<Long> ids(List<CrawlUrl> urls) {
    Set<Long> s = new HashSet<>();
    urls.forEach(u -> s.add(u.id()));
    return s;
  }
}
