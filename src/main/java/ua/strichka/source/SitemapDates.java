package ua.strichka.source;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sitemap dates crawler-commons cannot read. It converts a {@code <lastmod>} while it parses and
 * throws on one such as «2025-00» (month 0), which loses the whole sitemap; so the sitemap is read
 * again without the dates that are no W3C date, and only those dates are lost.
 */
final class SitemapDates {
  private static final Pattern DATE_ELEMENT =
      Pattern.compile(
          "<((?:[\\w-]+:)?(?:lastmod|publication_date))\\b[^>]*>\\s*([^<]*?)\\s*</\\1\\s*>",
          Pattern.CASE_INSENSITIVE);

  private SitemapDates() {}

  /** {@code body} (sitemaps are UTF-8) without the date elements whose value is unreadable. */
  static byte[] withoutUnreadable(byte[] body) {
    String xml = new String(body, StandardCharsets.UTF_8);
    Matcher m = DATE_ELEMENT.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      m.appendReplacement(out, readable(m.group(2)) ? Matcher.quoteReplacement(m.group()) : "");
    }
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A W3C date: a year, a year and month, a day, or a day with a time and zone. */
  static boolean readable(String value) {
    try {
      if (value.matches("\\d{4}")) return true;
      if (value.matches("\\d{4}-\\d{2}")) YearMonth.parse(value);
      else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) LocalDate.parse(value);
      else OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
