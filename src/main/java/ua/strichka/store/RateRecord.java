package ua.strichka.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One official exchange rate as stored: hryvnias per unit of {@code currency} on {@code date}.
 *
 * <p>The column is a double, which holds every NBU rate exactly enough to read it back as the
 * decimal that was published: the NBU publishes at most 8 significant digits and a double
 * round-trips 15, so {@link BigDecimal#valueOf(double)} gives back {@code 41.3}, not {@code
 * 41.29999…}.
 *
 * @param currency ISO 4217 letter code, e.g. {@code USD}
 * @param r030 ISO 4217 numeric code, or null when the NBU left it out
 * @param name the NBU's Ukrainian name of the currency, or null when it left it out
 * @param rate normalised without trailing zeros, so equal rates are {@code equals}
 * @param fetchedAt when Strichka got it from the NBU; now when null
 */
public record RateRecord(
    String currency,
    LocalDate date,
    Integer r030,
    String name,
    BigDecimal rate,
    Instant fetchedAt) {

  public RateRecord {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(date, "date");
    rate = normalise(Objects.requireNonNull(rate, "rate"));
    fetchedAt = fetchedAt == null ? Instant.now() : fetchedAt;
  }

  /** {@code 41.300} → {@code 41.3}, {@code 1E+2} → {@code 100}. */
  static BigDecimal normalise(BigDecimal rate) {
    BigDecimal r = rate.stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }
}
