package ua.strichka.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a news URL names: {@code /2016/12/09/}, {@code /2016-12-09-}. CMSs put the publication
 * day in the path; it is less precise than the page's metadata but surer than what the page shows
 * (a year-less «August 3», a saved «4 hours ago», a comment's date), so it stands behind the
 * structured sources and in front of the visible page.
 */
final class UrlDates {
  private static final Pattern DAY =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/-]|\\.html?|$)");

  private UrlDates() {}

  static Optional<LocalDate> of(String url) {
    if (url == null) return Optional.empty();
    Matcher m = DAY.matcher(url);
    if (!m.find()) return Optional.empty();
    LocalDate d =
        UkrainianDates.date(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    return Optional.ofNullable(d);
  }

  /**
   * The visible page's date, unless the URL names another day: then that day at midnight in the
   * page's zone ({@link PageClock#zone}). A day apart is the same date written in another zone, and
   * stays.
   */
  static OffsetDateTime overVisible(OffsetDateTime visible, String url, ZoneId zone) {
    Optional<LocalDate> day = of(url);
    if (day.isEmpty()) return visible;
    if (visible != null) {
      long apart = Math.abs(visible.toLocalDate().toEpochDay() - day.get().toEpochDay());
      if (apart <= 1) return visible;
    }
    return day.get().atStartOfDay(zone).toOffsetDateTime();
  }
}
