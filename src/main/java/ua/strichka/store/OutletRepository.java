package ua.strichka.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Outlets, keyed by their slug. */
public final class OutletRepository {
  private final Handles handles;

  OutletRepository(Handles handles) {
    this.handles = handles;
  }

  /** Inserts the outlet or, when its slug exists, updates it; returns its id. */
  public long upsert(OutletRecord o) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    INSERT INTO outlet (slug, name, home_url, language, default_section, weight, full_text_allowed,
                                        rules, favicon_url, paused, created_at)
                    VALUES (:slug, :name, :homeUrl, :language, :defaultSection, :weight, :fullTextAllowed,
                            :rules, :faviconUrl, :paused, :createdAt)
                    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, home_url = excluded.home_url,
                        language = excluded.language, default_section = excluded.default_section,
                        weight = excluded.weight, full_text_allowed = excluded.full_text_allowed,
                        rules = excluded.rules, favicon_url = excluded.favicon_url, paused = excluded.paused
                    RETURNING id""")
                .bind("slug", o.slug())
                .bind("name", o.name())
                .bind("homeUrl", o.homeUrl())
                .bind("language", o.language())
                .bind("defaultSection", o.defaultSection())
                .bind("weight", o.weight())
                .bind("fullTextAllowed", o.fullTextAllowed())
                .bind("rules", o.rules())
                .bind("faviconUrl", o.faviconUrl())
                .bind("paused", o.paused())
                .bind("createdAt", Times.toMillis(o.createdAt()))
                .mapTo(Long.class)
                .one());
  }

  public Optional<OutletRecord> bySlug(String slug) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM outlet WHERE slug = :slug")
                .bind("slug", slug)
                .map(OutletRepository::map)
                .findOne());
  }

  public Optional<OutletRecord> byId(long id) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM outlet WHERE id = :id")
                .bind("id", id)
                .map(OutletRepository::map)
                .findOne());
  }

  /** All outlets by name. */
  public List<OutletRecord> all() {
    return handles.with(
        h -> h.createQuery("SELECT * FROM outlet ORDER BY name").map(OutletRepository::map).list());
  }

  /** How fetching the outlet's pages went since {@code since}, from the fetch log. */
  public OutletHealth health(long outletId, Instant since) {
    return handles.with(
        h -> {
          var totals =
              h.createQuery(
                      """
                      SELECT COUNT(*) AS fetches,
                             COALESCE(SUM(CASE WHEN status IS NULL OR status >= 400 THEN 1 ELSE 0 END), 0)
                                 AS failures
                      FROM fetch_log WHERE outlet_id = :id AND fetched_at >= :since""")
                  .bind("id", outletId)
                  .bind("since", since.toEpochMilli())
                  .map((rs, ctx) -> new long[] {rs.getLong("fetches"), rs.getLong("failures")})
                  .one();
          return h.createQuery(
                  """
                  SELECT fetched_at, status, error_class FROM fetch_log
                  WHERE outlet_id = :id AND fetched_at >= :since ORDER BY fetched_at DESC, id DESC LIMIT 1""")
              .bind("id", outletId)
              .bind("since", since.toEpochMilli())
              .map(
                  (rs, ctx) -> {
                    int status = rs.getInt("status");
                    Integer statusOrNull = rs.wasNull() ? null : status;
                    return new OutletHealth(
                        totals[0],
                        totals[1],
                        Times.instant(rs, "fetched_at"),
                        statusOrNull,
                        rs.getString("error_class"));
                  })
              .findOne()
              .orElse(new OutletHealth(0, 0, null, null, null));
        });
  }

  static OutletRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new OutletRecord(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("home_url"),
        rs.getString("language"),
        rs.getString("default_section"),
        rs.getDouble("weight"),
        rs.getBoolean("full_text_allowed"),
        rs.getString("rules"),
        rs.getString("favicon_url"),
        rs.getBoolean("paused"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
