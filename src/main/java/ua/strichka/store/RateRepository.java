package ua.strichka.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Official exchange rates by currency and date: one row per currency per date, dates stored as ISO
 * text ({@code 2025-04-09}) so they sort and compare as dates in both dialects.
 */
public final class RateRepository {
  private final Handles handles;

  RateRepository(Handles handles) {
    this.handles = handles;
  }

  /**
   * Stores the rates in one transaction; a rate for a currency and date already stored replaces it
   * (the NBU's answer for a date is the truth for that date).
   */
  public void upsert(Collection<RateRecord> rates) {
    if (rates.isEmpty()) return;
    handles.with(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO exchange_rate (currency, rate_date, r030, name, rate, fetched_at)
                  VALUES (:currency, :date, :r030, :name, :rate, :fetchedAt)
                  ON CONFLICT (currency, rate_date) DO UPDATE SET r030 = excluded.r030,
                      name = excluded.name, rate = excluded.rate, fetched_at = excluded.fetched_at""");
          for (RateRecord r : rates) {
            batch
                .bind("currency", r.currency())
                .bind("date", r.date().toString())
                .bind("r030", r.r030())
                .bind("name", r.name())
                .bind("rate", r.rate().doubleValue())
                .bind("fetchedAt", Times.toMillis(r.fetchedAt()))
                .add();
          }
          return batch.execute();
        });
  }

  /** Every currency's rate on {@code date}, by currency code. */
  public List<RateRecord> on(LocalDate date) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM exchange_rate WHERE rate_date = :d ORDER BY currency")
                .bind("d", date.toString())
                .map(RateRepository::map)
                .list());
  }

  /**
   * For each currency, its {@code perCurrency} newest rates dated on or before {@code date}: the
   * rate in force and the ones before it, whatever day each was last published. By currency, then
   * newest first.
   */
  public List<RateRecord> latest(LocalDate date, int perCurrency) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM (
                        SELECT r.*, ROW_NUMBER() OVER (PARTITION BY currency ORDER BY rate_date DESC) AS nth
                        FROM exchange_rate r WHERE rate_date <= :d) ranked
                    WHERE nth <= :n ORDER BY currency, rate_date DESC""")
                .bind("d", date.toString())
                .bind("n", perCurrency)
                .map(RateRepository::map)
                .list());
  }

  /** The rates of {@code currencies} from {@code from} to {@code to} inclusive, oldest first. */
  public List<RateRecord> history(Collection<String> currencies, LocalDate from, LocalDate to) {
    if (currencies.isEmpty()) return List.of();
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM exchange_rate
                    WHERE currency IN (<currencies>) AND rate_date >= :from AND rate_date <= :to
                    ORDER BY currency, rate_date""")
                .bindList("currencies", List.copyOf(currencies))
                .bind("from", from.toString())
                .bind("to", to.toString())
                .map(RateRepository::map)
                .list());
  }

  /** The dates from {@code from} to {@code to} inclusive for which any rate is stored. */
  public Set<LocalDate> dates(LocalDate from, LocalDate to) {
    return handles.with(
        h ->
            h
                .createQuery(
                    "SELECT DISTINCT rate_date FROM exchange_rate WHERE rate_date >= :from AND"
                        + " rate_date <= :to")
                .bind("from", from.toString())
                .bind("to", to.toString())
                .mapTo(String.class)
                .stream()
                .map(LocalDate::parse)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  public long count() {
    return handles.with(
        h -> h.createQuery("SELECT COUNT(*) FROM exchange_rate").mapTo(Long.class).one());
  }

  static RateRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    int r030 = rs.getInt("r030");
    Integer r030OrNull = rs.wasNull() ? null : r030;
    return new RateRecord(
        rs.getString("currency"),
        LocalDate.parse(rs.getString("rate_date")),
        r030OrNull,
        rs.getString("name"),
        BigDecimal.valueOf(rs.getDouble("rate")),
        Times.instant(rs, "fetched_at"));
  }
}
