package ua.strichka.sampleweb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as Ukrainian (and Russian, English) outlets print them, in Kyiv time. Written apart from
 * the product's own date code on purpose: the sample web stands for the outside world, and sharing
 * code with what it tests would let one bug hide on both sides.
 */
final class DateText {
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  private static final String[] UK_MONTHS = {
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
  private static final String[] RU_MONTHS = {
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря"
  };
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private DateText() {}

  static ZonedDateTime kyiv(Instant t) {
    return t.atZone(KYIV);
  }

  /** «09 квітня 2025 р. 07:03» (uk), «09 апреля 2025 г. 07:03» (ru), «April 9, 2025, 07:03». */
  static String full(Instant t, String language) {
    ZonedDateTime z = kyiv(t);
    return switch (language) {
      case "ru" ->
          "%02d %s %d г. %s"
              .formatted(
                  z.getDayOfMonth(), RU_MONTHS[z.getMonthValue() - 1], z.getYear(), HM.format(z));
      case "en" -> EN.format(z);
      default ->
          "%02d %s %d р. %s"
              .formatted(
                  z.getDayOfMonth(), UK_MONTHS[z.getMonthValue() - 1], z.getYear(), HM.format(z));
    };
  }

  /** «09.04.2025 07:03», the 2000s CMS way. */
  static String numeric(Instant t) {
    return NUMERIC.format(kyiv(t));
  }

  /** «сьогодні, 14:20», «вчора, 21:05», else the full date: relative to {@code now}. */
  static String relative(Instant t, Instant now, String language) {
    LocalDate day = kyiv(t).toLocalDate();
    LocalDate today = kyiv(now).toLocalDate();
    String hm = HM.format(kyiv(t));
    boolean ru = language.equals("ru");
    if (day.equals(today)) return (ru ? "сегодня, " : "сьогодні, ") + hm;
    if (day.equals(today.minusDays(1))) return (ru ? "вчера, " : "вчора, ") + hm;
    return full(t, language);
  }

  /** «11:05» for the same day, like news-list timestamps. */
  static String time(Instant t) {
    return HM.format(kyiv(t));
  }
}
