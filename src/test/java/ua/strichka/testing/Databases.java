package ua.strichka.testing;

import java.nio.file.Path;
import ua.strichka.store.Store;

/**
 * The two databases every store test runs on: a temporary SQLite file and a real PostgreSQL
 * database.
 */
public enum Databases {
  SQLITE,
  POSTGRESQL;

  /** A fresh, empty database of this kind, migrated and open. */
  public Store open(Path tempDir) {
    return Store.open(url(tempDir), "", "", 4);
  }

  /** The JDBC URL of a fresh, empty database of this kind. */
  public String url(Path tempDir) {
    return switch (this) {
      case SQLITE -> "jdbc:sqlite:" + tempDir.resolve("strichka-" + System.nanoTime() + ".db");
      case POSTGRESQL -> PostgresServer.shared().newDatabase();
    };
  }
}
