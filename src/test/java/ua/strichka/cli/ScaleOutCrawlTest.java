package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.bench.SampleWebOutlets;
import ua.strichka.sampleweb.RequestLog.Request;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.source.Outlets;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.Store;
import ua.strichka.testing.ChildJvm;
import ua.strichka.testing.PostgresServer;

/**
 * The scaled-out crawl: three real {@code strichka crawl --once} processes (separate JVMs) share
 * one real PostgreSQL frontier and crawl the sample web, each outlet on an address of its own. One
 * of them is killed with SIGKILL midway; the other two take its leases over when they run out.
 * Every article ends up stored exactly once, and no host ever saw two requests closer than its
 * delay, whichever processes sent them (the servers' own request log says so).
 */
@Tag("slow")
class ScaleOutCrawlTest {
  static final long SCALE = 360;
  static final long DELAY_MS = 150;

  @TempDir Path dir;

  @Test
  void threeProcessesShareTheFrontierPolitelyAndSurviveAKill() throws Exception {
    try (SampleWeb web =
        SampleWeb.start(
            SampleWebOptions.defaults().withScale(SCALE).withBind(SampleWebOptions.Bind.HOSTS))) {
      String db = PostgresServer.shared().newDatabase();
      try (Store store = Store.open(db, "", "", 2)) {
        SampleWebOutlets.register(web, new Outlets(store));
      }
      Path config =
          Files.writeString(
              dir.resolve("strichka.yaml"),
              """
              store:
                url: "%s"
                pool-size: 4
              fetch:
                allow-private: true
                host-delay: %dms
                max-crawl-delay: %dms
                retry-base-delay: 10ms
              crawl:
                lease: 3s
                batch: 16
              """
                  .formatted(db, DELAY_MS, DELAY_MS));
      web.requestLog().start();
      List<Process> crawlers = new ArrayList<>();
      for (int i = 0; i < 3; i++) crawlers.add(crawl(config, dir.resolve("crawl-" + i + ".log")));

      // kill the first crawler once the three are well into the articles
      Process victim = crawlers.getFirst();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (count(db, "SELECT COUNT(*) FROM raw_page") < SCALE / 4
          && victim.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(victim.isAlive()).as(log(dir, 0)).isTrue();
      String victimOwner = "crawler-" + victim.pid() + "-";
      victim.destroyForcibly(); // SIGKILL: its leases stay in the store until they run out
      victim.waitFor(30, TimeUnit.SECONDS);
      List<String> orphaned =
          strings(db, "SELECT url FROM crawl_url WHERE lease_owner LIKE '" + victimOwner + "%'");
      long storedAtKill = count(db, "SELECT COUNT(*) FROM raw_page");
      assertThat(orphaned).as("work the killed crawler held").isNotEmpty();

      for (int i = 1; i < 3; i++) {
        Process p = crawlers.get(i);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log(dir, i)).isTrue();
        assertThat(p.exitValue()).as(log(dir, i)).isZero();
      }
      // A claim the victim sent just before the kill can still commit on the server after it (a
      // statement runs to its end without its client), so a URL may turn up leased to the dead
      // process after the survivors' one pass ended. Its lease runs out and a crawler that starts
      // later takes it, as a serve running on would: start one once the lease has passed.
      long lateUntil =
          count(
              db,
              "SELECT COALESCE(MAX(lease_until), 0) FROM crawl_url WHERE lease_until IS NOT NULL"
                  + " AND lease_owner LIKE '"
                  + victimOwner
                  + "%'");
      if (lateUntil > 0) {
        Thread.sleep(Math.max(0, lateUntil - now()) + 2 * DELAY_MS + 500);
        Process late = crawl(config, dir.resolve("crawl-late.log"));
        assertThat(late.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(late.exitValue()).isZero();
      }

      try (Store store = Store.open(db, "", "", 2)) {
        // every synthetic article stored, once; nothing left due or leased
        for (long i = 0; i < SCALE; i++) {
          String url = web.synthetic(i).orElseThrow().url().toString();
          assertThat(store.crawl().rawPage(url)).as(url).isPresent();
        }
        for (String url : orphaned) {
          CrawlUrl u = store.crawl().byUrl(url).orElseThrow();
          assertThat(u.lastStatus()).as("taken over: " + url).isEqualTo(200);
        }
        assertThat(store.crawl().countPending(Instant.now())).isZero();
      }
      assertThat(count(db, "SELECT COUNT(*) FROM raw_page")).isGreaterThan(storedAtKill);
      assertThat(count(db, "SELECT COUNT(*) FROM crawl_url WHERE kind = 'article'"))
          .isEqualTo(count(db, "SELECT COUNT(*) FROM raw_page"));
      assertThat(
              strings(
                  db,
                  "SELECT kind || ' ' || url || ' status ' || COALESCE(last_status, -1)"
                      + " || ' lease ' || COALESCE(lease_owner, '-') || ' until '"
                      + " || COALESCE(lease_until, -1) || ' due ' || due_at FROM crawl_url"
                      + " WHERE lease_until IS NOT NULL OR last_status <> 200 OR last_status IS NULL"))
          .as("left leased or not fetched")
          .isEmpty();
      // the two survivors shared the work: each fetched article pages
      for (int i = 1; i < 3; i++) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("crawled \\d+ sources, (\\d+) pages")
                .matcher(log(dir, i));
        assertThat(m.find()).as(log(dir, i)).isTrue();
        assertThat(Long.parseLong(m.group(1))).as(log(dir, i)).isPositive();
      }

      List<Request> requests = web.requestLog().requests();
      Set<String> orphanedPaths =
          orphaned.stream()
              .map(u -> java.net.URI.create(u).getRawPath())
              .collect(Collectors.toSet());
      Map<String, Integer> articleHits = new HashMap<>();
      for (Request r : requests) articleHits.merge(r.host() + r.path(), 1, Integer::sum);
      for (long i = 0; i < SCALE; i++) {
        java.net.URI u = web.synthetic(i).orElseThrow().url();
        int hits = articleHits.getOrDefault(u.getHost() + u.getRawPath(), 0);
        // fetched once; a page in flight when its crawler was killed may be fetched once more
        assertThat(hits)
            .as(u.toString())
            .isBetween(1, orphanedPaths.contains(u.getRawPath()) ? 2 : 1);
      }
      Map<String, List<Request>> byHost =
          requests.stream().collect(Collectors.groupingBy(Request::host));
      assertThat(byHost).hasSizeGreaterThanOrEqualTo(10);
      for (List<Request> host : byHost.values()) {
        host.sort(Comparator.comparingLong(Request::startNanos));
        for (int i = 1; i < host.size(); i++) {
          Request before = host.get(i - 1);
          Request next = host.get(i);
          // Measured between the starts, the only strict bound the server can see: a request
          // reaches the server after the client sent it, and the client sent it at least the
          // delay after it had the previous answer, which began after the previous request
          // reached the server. (The server notes an answer's end after writing it, a moment that
          // can lag behind the client's reading it on a loaded machine.)
          long gapMs = TimeUnit.NANOSECONDS.toMillis(next.startNanos() - before.startNanos());
          assertThat(gapMs)
              .as("%s%s after %s", next.host(), next.path(), before.path())
              .isGreaterThanOrEqualTo(DELAY_MS);
        }
      }
    }
  }

  private static Process crawl(Path config, Path log) throws Exception {
    return ChildJvm.strichka(
        List.of("-Xmx256m"),
        log,
        "--config",
        config.toString(),
        "crawl",
        "--once",
        "--no-progress");
  }

  private static String log(Path dir, int i) throws Exception {
    return Files.readString(dir.resolve("crawl-" + i + ".log"));
  }

  private static long count(String db, String sql) throws Exception {
    try (var c = java.sql.DriverManager.getConnection(db);
        var rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : -1;
    } catch (java.sql.SQLException e) {
      return -1; // the tables are not there until the first crawler migrated the store
    }
  }

  private static List<String> strings(String db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (var c = java.sql.DriverManager.getConnection(db);
        var rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private static long now() {
    return Instant.now().toEpochMilli();
  }
}
