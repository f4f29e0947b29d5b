package ua.strichka.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.store.Store;
import ua.strichka.testing.ChildJvm;
import ua.strichka.testing.FakeNbuServer;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.ServeConfig;
import ua.strichka.testing.SqliteFile;

/**
 * kill -9 of {@code serve} while it is joining an article split over three pages (page 2 hangs):
 * nothing of the article is stored or marked done, and after a restart the article is stored once,
 * whole.
 */
@Tag("slow")
class KillSplitArticleTest {
  static final String TITLE = "Як відбудовують мости на Київщині після деокупації";

  @TempDir Path dir;

  static String page(String self, String next, int n) {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>")
            .append(TITLE)
            .append("</title><link rel=\"canonical\" href=\"")
            .append(self)
            .append("\">");
    if (next != null) b.append("<link rel=\"next\" href=\"").append(next).append("\">");
    b.append("<meta property=\"article:published_time\" content=\"")
        .append(Instant.now())
        .append("\"></head><body><article><h1>")
        .append(TITLE)
        .append("</h1>");
    for (int i = 1; i <= 3; i++) b.append("<p>").append(paragraph(n, i)).append("</p>");
    return b.append("</article></body></html>").toString();
  }

  static String paragraph(int n, int i) {
    return "Частина "
        + n
        + ", абзац "
        + i
        + ": інженери обласної служби доріг оглянули опори переправи, склали кошторис і "
        + "домовилися з підрядником про строки робіт, які мають завершитися до осені.";
  }

  @Test
  void aServeKilledMidChainStoresNothingHalfJoinedAndTheRestartJoinsTheWhole() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean hung = new AtomicBoolean();
    try (LoopbackWeb web = LoopbackWeb.start();
        FakeNbuServer nbu = new FakeNbuServer(1, Clock.systemUTC())) {
      String base = web.base() + "/long/";
      web.route(
          "/long/",
          ex -> {
            String q = ex.getRequestURI().getRawQuery();
            int n = q == null ? 1 : Integer.parseInt(q.replace("page=", ""));
            // the first crawler's page 2 never comes: it is killed while waiting for it
            if (n == 2 && hung.compareAndSet(false, true)) release.await();
            String self = n == 1 ? base : base + "?page=" + n;
            String next = n < 3 ? base + "?page=" + (n + 1) : null;
            LoopbackWeb.send(
                ex, 200, "text/html; charset=utf-8", page(self, next, n).getBytes(UTF_8));
          });
      web.page(
          "/rss.xml",
          "application/rss+xml",
          OutletsCommandTest.RSS.formatted(
              "<item><title>" + TITLE + "</title><link>" + base + "</link></item>"));
      String db = "jdbc:sqlite:" + dir.resolve("strichka.db");
      Path config =
          ServeConfig.write(
              db, dir.resolve("index"), nbu.url(), "read-timeout: 60s", "total-timeout: 90s");
      KillRestartTest.registerFeedOutlet(db, web.base());

      Process first = serve(config, dir.resolve("first.log"));
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!hung.get() && first.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(hung.get()).as(Files.readString(dir.resolve("first.log"))).isTrue();
        // mid-chain: page 1 fetched, page 2 awaited; nothing of the article is written yet
        assertThat(SqliteFile.count(db, "SELECT COUNT(*) FROM article")).isZero();
        assertThat(
                SqliteFile.count(
                    db,
                    "SELECT COUNT(*) FROM crawl_url WHERE last_fetched_at IS NOT NULL"
                        + " AND kind = 'article'"))
            .isZero();
      } finally {
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
        first.waitFor(30, TimeUnit.SECONDS);
        release.countDown();
      }
      assertThat(SqliteFile.count(db, "SELECT COUNT(*) FROM article")).isZero();

      Thread.sleep(3_500); // the dead crawler's leases (crawl.lease: 3s) expire
      Process second = serve(config, dir.resolve("second.log"));
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (SqliteFile.count(db, "SELECT COUNT(*) FROM article") == 0
            && System.nanoTime() < deadline) {
          assertThat(second.isAlive()).as(Files.readString(dir.resolve("second.log"))).isTrue();
          Thread.sleep(100);
        }
      } finally {
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      try (Store store = Store.open(db, "", "", 2)) {
        assertThat(store.articles().count()).isEqualTo(1);
        StringBuilder whole = new StringBuilder();
        for (int n = 1; n <= 3; n++) {
          for (int i = 1; i <= 3; i++) {
            if (!whole.isEmpty()) whole.append("\n\n");
            whole.append(paragraph(n, i));
          }
        }
        assertThat(store.articles().byCanonicalUrl(base).orElseThrow().body())
            .isEqualTo(whole.toString());
      }
      // page 1 fetched by each crawler; page 2 hung once, then came; page 3 fetched once
      assertThat(web.hits("/long/")).hasSize(5);
    }
  }

  private static Process serve(Path config, Path log) throws Exception {
    return ChildJvm.strichka(List.of(), log, "--config", config.toString(), "serve");
  }
}
