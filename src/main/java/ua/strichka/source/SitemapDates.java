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
  /** A date element; its value plain or in a CDATA section, which the parser reads the same. */
  private static final Pattern DATE_ELEMENT =
      Pattern.compile(
          "<((?:[\\w-]+:)?(?:lastmod|publication_date))\\b[^>]*>\\s*"
              + "(?:<!\\[CDATA\\[\\s*([^\\]]*?)\\s*]]>|([^<]*?))\\s*</\\1\\s*>",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SitemapDates() {}

  /** {@code body} (sitemaps are UTF-8) without the date elements whose value is unreadable. */
  static byte[] withoutUnreadable(byte[] body) {
    String xml = new String(body, StandardCharsets.UTF_8);
    Matcher m = DATE_ELEMENT.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3);
      m.appendReplacement(out, readable(value) ? Matcher.quoteReplacement(m.group()) : "");
    }
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A W3C date: a year, a year and month, a day, or a day with a time and zone. */
  static boolean readable(String value) {
    try {
      if (YEAR.matcher(value).matches()) return true;
      if (MONTH.matcher(value).matches()) YearMonth.parse(value);
      else if (DAY.matcher(value).matches()) LocalDate.parse(value);
      else OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
