package ua.strichka.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as Ukrainian readers expect them, in Kyiv time: «5 хв тому» for the last day, «09 квітня
 * 2025 р. 07:03» otherwise. The clock is injected so pages and tests agree on what "now" is.
 */
final class KyivTime {
  static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
  private static final String[] MONTHS = {
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня"
  };

  /** How a time is shown: the machine-readable value, the text, the full date for a tooltip. */
  record Stamp(String iso, String text, String full) {}

  private final Clock clock;

  KyivTime(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** Relative within the last day, the full date otherwise; null for a missing time. */
  Stamp stamp(Instant t) {
    if (t == null) return null;
    return new Stamp(iso(t), relative(t), full(t));
  }

  /** Always the full date (article pages, like the seed). */
  Stamp fullStamp(Instant t) {
    if (t == null) return null;
    String full = full(t);
    return new Stamp(iso(t), full, full);
  }

  String relative(Instant t) {
    Duration d = Duration.between(t, clock.instant());
    if (d.isNegative() || d.toSeconds() < 60) return "щойно";
    if (d.toMinutes() < 60) return d.toMinutes() + " хв тому";
    if (d.toHours() < 24) return d.toHours() + " год тому";
    return full(t);
  }

  static String full(Instant t) {
    ZonedDateTime z = t.atZone(ZONE);
    return "%02d %s %d р. %02d:%02d"
        .formatted(
            z.getDayOfMonth(),
            MONTHS[z.getMonthValue() - 1],
            z.getYear(),
            z.getHour(),
            z.getMinute());
  }

  static String iso(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(ZONE).withNano(0));
  }
}
