package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A locked database, a full disk and a read-only database (issue 12), each produced by a real
 * SQLite: the failure reads as one clear line, nothing half-written stays behind, and writes work
 * again once the cause clears.
 */
class StoreFaultsTest {
  @TempDir Path dir;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("faults.db");
  }

  @Test
  void aLockedDatabaseIsAClearMessageAndWritesResumeWhenTheLockGoes() throws Exception {
    try (Store store = Store.open(url() + "?busy_timeout=200", "", "", 2);
        Connection other = DriverManager.getConnection(url())) {
      try (Statement s = other.createStatement()) {
        s.execute("BEGIN EXCLUSIVE"); // another process holding the write lock
      }
      var outlet = OutletRecord.of("a", "A", "https://a.example/");
      assertThatThrownBy(() -> store.outlets().upsert(outlet))
          .satisfies(
              e ->
                  assertThat(StoreFaults.explain(e))
                      .hasValueSatisfying(
                          m -> assertThat(m).contains("locked by another process")));
      try (Statement s = other.createStatement()) {
        s.execute("ROLLBACK");
      }
      store.outlets().upsert(outlet);
      assertThat(store.outlets().all()).hasSize(1);
    }
  }

  @Test
  void aFullDiskIsAClearMessageAndLosesNoCommittedArticle() throws Exception {
    long pages;
    try (Store store = Store.open(url(), "", "", 1)) {
      store.outlets().upsert(OutletRecord.of("a", "A", "https://a.example/"));
      pages = pragma("page_count");
    }
    // SQLite's max_page_count fails a write exactly as a full disk does (SQLITE_FULL).
    try (Store store = Store.open(url() + "?max_page_count=" + (pages + 40), "", "", 1)) {
      long outlet = store.outlets().all().getFirst().id();
      int written = 0;
      Throwable failure = null;
      for (int i = 0; i < 1_000 && failure == null; i++) {
        try {
          store
              .articles()
              .upsert(
                  ArticleRecord.builder("https://a.example/" + i, outlet, "Новина " + i)
                      .body("Абзац тексту. ".repeat(600))
                      .fetchedAt(Instant.parse("2025-04-09T04:03:00Z"))
                      .build());
          written++;
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      assertThat(failure).as("the size limit was reached").isNotNull();
      assertThat(StoreFaults.explain(failure))
          .hasValueSatisfying(m -> assertThat(m).contains("disk holding the database is full"));
      assertThat(store.articles().count()).isEqualTo(written);
    }
    assertThat(pragmaText("integrity_check")).isEqualTo("ok");
    // space freed (the limit gone): writing resumes where it stopped
    try (Store store = Store.open(url(), "", "", 1)) {
      long outlet = store.outlets().all().getFirst().id();
      long before = store.articles().count();
      store
          .articles()
          .upsert(
              ArticleRecord.builder("https://a.example/after", outlet, "Після")
                  .body("Абзац тексту. ".repeat(600))
                  .fetchedAt(Instant.parse("2025-04-09T05:03:00Z"))
                  .build());
      assertThat(store.articles().count()).isEqualTo(before + 1);
    }
  }

  @Test
  void aReadOnlyDatabaseIsAClearMessage() throws Exception {
    try (Store store = Store.open(url(), "", "", 1)) {
      store.outlets().upsert(OutletRecord.of("a", "A", "https://a.example/"));
    }
    // SQLite's mode=ro: what a read-only file or directory gives a server running as its own user
    // (tests run as root, which file permissions do not stop).
    Throwable failure = null;
    try (Store store =
        Store.open("jdbc:sqlite:file:" + dir.resolve("faults.db") + "?mode=ro", "", "", 1)) {
      store.outlets().upsert(OutletRecord.of("b", "B", "https://b.example/"));
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(StoreFaults.explain(failure))
        .as(String.valueOf(failure) + " / " + failure.getCause())
        .hasValueSatisfying(m -> assertThat(m).contains("read-only"));
    try (Store store = Store.open(url(), "", "", 1)) {
      assertThat(store.outlets().all()).extracting(OutletRecord::slug).containsExactly("a");
      // writable again: the write that was refused goes through
      store.outlets().upsert(OutletRecord.of("b", "B", "https://b.example/"));
      assertThat(store.outlets().all()).extracting(OutletRecord::slug).containsExactly("a", "b");
    }
  }

  private long pragma(String name) throws Exception {
    return Long.parseLong(pragmaText(name));
  }

  private String pragmaText(String name) throws Exception {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA " + name)) {
      r.next();
      return r.getString(1);
    }
  }
}
