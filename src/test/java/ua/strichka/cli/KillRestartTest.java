package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.Store;
import ua.strichka.testing.ChildJvm;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.SqliteFile;

/**
 * kill -9 in the middle of a crawl, then a restart: a real child JVM running {@code strichka crawl
 * --once} is killed with SIGKILL while it fetches, and a second one finishes the work.
 */
@Tag("slow")
class KillRestartTest {
  static final int ARTICLES = 40;
  @TempDir Path dir;

  @Test
  void aCrawlKilledMidwayResumesWithoutCorruptionOrDuplicates() throws Exception {
    try (LoopbackWeb web = LoopbackWeb.start()) {
      StringBuilder items = new StringBuilder();
      for (int i = 0; i < ARTICLES; i++) {
        String path = "/news/" + i;
        items
            .append("<item><title>Новина ")
            .append(i)
            .append("</title><link>")
            .append(web.base())
            .append(path)
            .append("?utm_source=rss</link></item>");
        web.route(
            path,
            ex -> {
              Thread.sleep(150); // a slow site, so the crawl is still running when it is killed
              LoopbackWeb.send(
                  ex,
                  200,
                  "text/html; charset=utf-8",
                  ("<html><body><p>Текст " + path + "</p></body></html>")
                      .getBytes(StandardCharsets.UTF_8));
            });
      }
      web.page("/rss.xml", "application/rss+xml", OutletsCommandTest.RSS.formatted(items));
      Path config = OutletsCommandTest.config(dir);
      Files.writeString(
          config, "crawl:\n  lease: 3s\n  batch: 8\n", java.nio.file.StandardOpenOption.APPEND);
      String db = "jdbc:sqlite:" + dir.resolve("strichka.db");
      registerFeedOutlet(db, web.base());

      Process first = crawl(config, dir.resolve("first.log"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (rawPages(db) < 8 && first.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
      assertThat(first.isAlive()).as("the first crawl is still running when killed").isTrue();
      first.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the JVM
      first.waitFor(30, TimeUnit.SECONDS);
      long beforeRestart = rawPages(db);
      assertThat(beforeRestart).isBetween(8L, (long) ARTICLES - 1);
      assertThat(SqliteFile.integrity(db)).isEqualTo("ok");

      Thread.sleep(3500); // the dead crawler's leases expire
      Process second = crawl(config, dir.resolve("second.log"));
      assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();

      assertThat(SqliteFile.integrity(db)).isEqualTo("ok");
      try (Store store = Store.open(db, "", "", 2)) {
        assertThat(store.crawl().rawPageCount()).isEqualTo(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
          CrawlUrl u = store.crawl().byUrl(web.base() + "/news/" + i).orElseThrow();
          assertThat(u.dueAt().toEpochMilli()).as(u.url()).isEqualTo(CrawlUrl.NEVER);
          assertThat(store.crawl().rawPage(u.url())).as(u.url()).isPresent();
        }
        assertThat(store.crawl().countDue(Instant.now())).isZero();
      }
      assertThat(SqliteFile.count(db, "SELECT COUNT(*) FROM raw_page"))
          .isEqualTo(SqliteFile.count(db, "SELECT COUNT(DISTINCT url) FROM raw_page"));
      assertThat(
              SqliteFile.count(db, "SELECT COUNT(*) FROM crawl_url WHERE lease_owner IS NOT NULL"))
          .isZero();
      // the second crawl did the rest; only pages in flight at the kill were fetched twice
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(web.hits("/news/" + i).size()).as("/news/" + i).isBetween(1, 2);
      }
      assertThat(web.hits("/rss.xml"))
          .as(
              Files.readString(dir.resolve("first.log"))
                  + Files.readString(dir.resolve("second.log")))
          .hasSize(1);
      assertThat(Files.readString(dir.resolve("second.log"))).contains("pages (0 failed)");
    }
  }

  /** One outlet, «Київський вісник», whose feed is {@code base/rss.xml}. */
  static void registerFeedOutlet(String db, String base) {
    try (Store store = Store.open(db, "", "", 2)) {
      new Outlets(store)
          .save(
              new Outlet(
                  "kv",
                  "Київський вісник",
                  base + "/",
                  "uk",
                  null,
                  List.of(new Source(SourceKind.FEED, base + "/rss.xml")),
                  null),
              Instant.now());
    }
  }

  private static Process crawl(Path config, Path log) throws Exception {
    return ChildJvm.strichka(
        List.of(), log, "--config", config.toString(), "crawl", "--once", "--no-progress");
  }

  private static long rawPages(String db) throws Exception {
    return SqliteFile.count(db, "SELECT COUNT(*) FROM raw_page");
  }
}
