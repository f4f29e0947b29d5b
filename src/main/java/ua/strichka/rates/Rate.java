package ua.strichka.rates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import ua.strichka.store.RateRecord;

/**
 * One official NBU exchange rate: hryvnias per unit of a currency on a date.
 *
 * <p>The rate is a {@link BigDecimal}, not a double, because it is a decimal the NBU publishes and
 * we compare and subtract: {@code 41.3 - 41.25} must be {@code 0.05} (a double gives {@code
 * 0.04999999999999716}), and an unchanged rate must compare equal so the widget shows {@code =}
 * (the NBU held USD at exactly 29.2549 from February to July 2022). It also prints exactly as
 * published, {@code 0.00067751} included.
 *
 * @param code ISO 4217 letter code ({@code cc} in the NBU's answer)
 * @param r030 ISO 4217 numeric code
 * @param name the NBU's Ukrainian name ({@code txt})
 * @param date the day the rate is in force ({@code exchangedate})
 */
public record Rate(String code, int r030, String name, BigDecimal rate, LocalDate date) {
  /** The NBU sets rates for Kyiv calendar days. */
  public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  /** Today in Kyiv: the day whose rates are in force. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(KYIV));
  }

  RateRecord toRecord(Instant fetchedAt) {
    return new RateRecord(code, date, r030, name, rate, fetchedAt);
  }
}
