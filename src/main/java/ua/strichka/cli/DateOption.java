package ua.strichka.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Date options: a day ({@code 2026-03-01}, in Kyiv time) or an exact time with its offset ({@code
 * 2026-03-01T10:00:00+02:00}). A day given to {@code --from} means its start; to {@code --to}, its
 * end, so {@code --from 2026-03-01 --to 2026-03-01} is that whole day.
 */
final class DateOption {
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private DateOption() {}

  static Instant parse(String text, boolean endOfDay) {
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(KYIV).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a date like 2026-03-01 or a time like 2026-03-01T10:00:00+02:00");
    }
  }

  static final class From implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return parse(value, false);
    }
  }

  static final class To implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return parse(value, true);
    }
  }
}
