package ua.strichka.store;

import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteException;

/**
 * Turns the database's own failures (locked, read-only, disk full, gone) into one line a user can
 * act on, instead of a driver message with the SQL statement in it. Nothing is lost in these cases:
 * the failed statement's transaction rolls back and the next attempt after the cause clears
 * succeeds.
 */
public final class StoreFaults {
  private StoreFaults() {}

  /** What went wrong, when {@code failure} comes from the database; empty for anything else. */
  public static Optional<String> explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException e) return sqlite(e);
      if (t instanceof SQLException e && e.getSQLState() != null) return postgres(e);
    }
    return Optional.empty();
  }

  /** Primary SQLite result codes (the low byte of an extended code). */
  private static Optional<String> sqlite(SQLiteException e) {
    return switch (e.getResultCode().code & 0xff) {
      case 5, 6 ->
          Optional.of(
              "the database is locked by another process (another strichka writing to the same"
                  + " file?); nothing was written, try again when it is done");
      case 8 ->
          Optional.of(
              "the database or its data directory is read-only; nothing was written (check the"
                  + " permissions of store.url's file and directory)");
      case 13 ->
          Optional.of(
              "the disk holding the database is full; nothing was written, free space and try"
                  + " again");
      case 10, 14 ->
          Optional.of(
              "the database file cannot be read or written (disk error, or the data directory is"
                  + " gone): "
                  + e.getMessage());
      default -> Optional.empty();
    };
  }

  private static Optional<String> postgres(SQLException e) {
    String state = e.getSQLState();
    if (state.equals("53100")) {
      return Optional.of("the database server's disk is full; nothing was written");
    }
    if (state.equals("25006")) {
      return Optional.of("the database is read-only (a standby?); nothing was written");
    }
    if (state.equals("55P03") || state.equals("40P01")) {
      return Optional.of(
          "the database is locked by another writer; nothing was written, try again");
    }
    if (state.startsWith("08")) {
      return Optional.of("lost the connection to the database: " + e.getMessage());
    }
    return Optional.empty();
  }
}
