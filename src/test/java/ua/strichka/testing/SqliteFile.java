package ua.strichka.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Questions to a SQLite store file that another process writes (or was killed while writing): over
 * a plain JDBC connection of its own, so what is asked is what the file holds, not what a {@code
 * Store} in this JVM caches or repairs on open.
 */
public final class SqliteFile {
  private SqliteFile() {}

  /**
   * The first column of the first row of {@code sql} as a number; -1 while the table does not exist
   * yet or the file is locked for a moment by the writer.
   */
  public static long count(String db, String sql) {
    try (Connection c = DriverManager.getConnection(db);
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  /** SQLite's own check of the file: {@code "ok"} when no page or index is damaged. */
  public static String integrity(String db) throws SQLException {
    try (Connection c = DriverManager.getConnection(db);
        ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
