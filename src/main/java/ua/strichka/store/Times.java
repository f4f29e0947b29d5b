package ua.strichka.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Instants are stored as epoch milliseconds so SQLite and PostgreSQL compare and index them alike.
 */
final class Times {
  private Times() {}

  static Long toMillis(Instant t) {
    return t == null ? null : t.toEpochMilli();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
