package ua.strichka.extract;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates as news pages print them, in Ukrainian, Russian and English, and as machines write them
 * (ISO-8601, RFC 1123). A time without a zone is Kyiv time, daylight saving included, unless the
 * page's {@link PageClock} says it is from elsewhere.
 *
 * <p>Month names come from the JDK's locale data (Ukrainian and Russian genitive "квітня",
 * "апреля", nominative and abbreviated forms), and zone rules from its tz database. The layout is
 * matched by hand, because no {@code DateTimeFormatter} pattern is lenient enough for what pages
 * print around a date: weekday names, «р.», «о», commas, the time before or after the date, and
 * relative forms («вчора о 21:05», «5 хвилин тому») that need a reference {@code now}.
 */
public final class UkrainianDates {
  /** The zone of every time that a page gives without one. */
  public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private static final Map<String, Month> MONTHS = monthNames();
  private static final String MONTH_WORD =
      MONTHS.keySet().stream()
          .sorted((a, b) -> b.length() - a.length())
          .map(Pattern::quote)
          .collect(Collectors.joining("|"));

  private static final Pattern JUST_NOW = Pattern.compile("щойно|только что|just now");
  private static final Pattern AGO =
      Pattern.compile(
          "(\\d+|одну|одна|один|півтори)?\\s*(хвилин[иу]?|хв\\.?|годин[иу]?|год\\.?|секунд[иу]?"
              + "|сек\\.?|днів|дні|день|дня|тижн[ія]в?|тиждень|минут[уы]?|мин\\.?|час(?:а|ов)?"
              + "|ч\\.|дней|недел[иью]|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
              + "\\s+(?:тому|назад|ago)");
  private static final Pattern DAY_WORD =
      Pattern.compile("позавчора|позавчера|сьогодні|сегодня|today|вчора|учора|вчера|yesterday");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:-?го|st|nd|rd|th)?\\s+("
              + MONTH_WORD
              + ")\\.?(?![\\p{L}])"
              + "(?:,?\\s*(\\d{4}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}])("
              + MONTH_WORD
              + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s*(\\d{4}))?");
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d.:])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?::([0-5]\\d))?(?![\\d.])"
              + "(?:\\s*([ap])\\.?m\\.?)?");
  private static final Pattern ZONE =
      Pattern.compile("(?:\\b(?:utc|gmt)\\s*([+-]\\d{1,2}(?::?\\d{2})?)?|(?<=\\d)\\s*z\\b)");

  /**
   * Zone abbreviations as English pages print them after a clock time («11:44 am PST», «12:37 PM
   * ET»). The generic ones (ET, PT) follow daylight saving; the others are fixed offsets. Only
   * after a time, and the two-letter ones only at the end of the phrase, so «et» in running text is
   * no zone.
   */
  private static final Map<String, ZoneId> NAMED_ZONES =
      Map.ofEntries(
          Map.entry("et", ZoneId.of("America/New_York")),
          Map.entry("ct", ZoneId.of("America/Chicago")),
          Map.entry("mt", ZoneId.of("America/Denver")),
          Map.entry("pt", ZoneId.of("America/Los_Angeles")),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("cst", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("eet", ZoneOffset.ofHours(2)),
          Map.entry("eest", ZoneOffset.ofHours(3)),
          Map.entry("msk", ZoneOffset.ofHours(3)));

  private static final Pattern NAMED_ZONE = namedZones();

  /** {@link #NAMED_ZONES}' keys after a clock: three letters or more anywhere, two at the end. */
  private static Pattern namedZones() {
    String longer =
        NAMED_ZONES.keySet().stream()
            .filter(k -> k.length() > 2)
            .sorted((a, b) -> b.length() - a.length())
            .collect(Collectors.joining("|"));
    String two =
        NAMED_ZONES.keySet().stream()
            .filter(k -> k.length() == 2)
            .sorted()
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<=\\d|[ap]m|[ap]\\.m\\.)\\s*(?:("
            + longer
            + ")\\b|("
            + two
            + ")\\b(?!\\s*[\\p{L}\\d]))");
  }

  private UkrainianDates() {}

  /**
   * The same instant in Kyiv time: pages write their dates in UTC, in their server's zone or in
   * Kyiv time, and every date Strichka gives out is in Kyiv time, so they compare and print alike.
   */
  public static OffsetDateTime inKyiv(OffsetDateTime d) {
    return d == null ? null : d.atZoneSameInstant(KYIV).toOffsetDateTime();
  }

  /** A clock time and nothing else: «14:20», «09:05:30». */
  private static final Pattern CLOCK_ONLY = Pattern.compile("\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*");

  /**
   * True when {@code text} is a bare clock time, which neither {@link #parse} nor {@link
   * #parseMachine} reads as a date (it names no day). News lists print one beside every headline,
   * so the visible-page readers ask this first instead of running every date form over each.
   */
  static boolean clockOnly(String text) {
    return text.length() <= 12 && CLOCK_ONLY.matcher(text).matches();
  }

  /**
   * Reads a date as a page prints it.
   *
   * @param now the moment relative forms («вчора», «2 години тому») count from
   */
  public static Optional<OffsetDateTime> parse(String text, ZonedDateTime now) {
    return parse(text, now, false);
  }

  /**
   * Reads a date as a page prints it, numeric dates month first where {@code monthFirst} (an
   * American page, {@link #monthFirst(String)}): «12/10/16» is then 10 December.
   *
   * @param now the moment relative forms («вчора», «2 години тому») count from
   */
  public static Optional<OffsetDateTime> parse(
      String text, ZonedDateTime now, boolean monthFirstPage) {
    return parse(text, now, PageClock.kyiv(monthFirstPage));
  }

  /**
   * Reads a date as a page prints it, by the page's {@link PageClock}: its zone for a time given
   * without one (and for «сьогодні»: the page's today), and its order of numeric dates.
   */
  static Optional<OffsetDateTime> parse(String text, ZonedDateTime now, PageClock clock) {
    if (text == null || text.isBlank() || text.length() > 300) return Optional.empty();
    String s = normalise(text);
    Optional<OffsetDateTime> machine = parseMachine(s, clock);
    if (machine.isPresent()) return machine;
    // Without a clock only a date with its zone is read (parseStated).
    ZonedDateTime pageNow = now.withZoneSameInstant(clock == null ? KYIV : clock.zone());
    if (JUST_NOW.matcher(s).find()) {
      return clock == null ? Optional.empty() : Optional.of(pageNow.toOffsetDateTime());
    }
    Matcher ago = AGO.matcher(s);
    if (ago.find()) {
      return clock == null ? Optional.empty() : ago(ago.group(1), ago.group(2), pageNow);
    }

    LocalDate date = null;
    int dateEnd = -1;
    int dateStart = -1;
    Matcher m;
    if ((m = DAY_WORD.matcher(s)).find()) {
      date = pageNow.toLocalDate().minusDays(daysBack(m.group()));
      dateStart = m.start();
      dateEnd = m.end();
    } else if ((m = ISO_DATE.matcher(s)).find()) {
      date = date(year(m.group(1)), num(m.group(2)), num(m.group(3)));
      dateStart = m.start();
      dateEnd = m.end();
    } else if ((m = NUMERIC_DATE.matcher(s)).find()) {
      // Day first, as Ukraine and Europe write it; American month-first where the day-first
      // reading is impossible («12/19/2016»), the page is American or the clock names an American
      // zone («10/04/16 05:07 AM EDT»).
      boolean monthFirst =
          (clock != null && clock.monthFirst()) || AMERICAN_ZONES.contains(namedZoneKey(s));
      int first = num(m.group(monthFirst ? 2 : 1));
      int second = num(m.group(monthFirst ? 1 : 2));
      date = date(year(m.group(3)), second, first);
      if (date == null) date = date(year(m.group(3)), first, second);
      dateStart = m.start();
      dateEnd = m.end();
    } else if ((m = DAY_MONTH.matcher(s)).find()) {
      date = named(yearOf(m, 3, s, pageNow), MONTHS.get(m.group(2)), num(m.group(1)), pageNow);
      dateStart = m.start();
      dateEnd = m.end();
    } else if ((m = MONTH_DAY.matcher(s)).find()) {
      date = named(yearOf(m, 3, s, pageNow), MONTHS.get(m.group(1)), num(m.group(2)), pageNow);
      dateStart = m.start();
      dateEnd = m.end();
    }
    if (date == null) return Optional.empty();
    LocalTime time = timeOutside(s, dateStart, dateEnd).orElse(LocalTime.MIDNIGHT);
    LocalDateTime local = date.atTime(time);
    Optional<ZoneId> zone = zone(s).map(ZoneId.class::cast).or(() -> namedZone(s));
    if (zone.isPresent()) return Optional.of(local.atZone(zone.get()).toOffsetDateTime());
    return clock == null ? Optional.empty() : Optional.of(clock.at(local));
  }

  /**
   * A machine date only where it states its zone ({@code 2016-12-19 19:19:00 UTC}, {@code
   * …T06:00:00 PST}, {@code …+03:00}): what {@link PageClock} learns a page's zone from.
   */
  static Optional<OffsetDateTime> parseStated(String text) {
    Optional<OffsetDateTime> d = parseMachine(text, null);
    if (d.isPresent()) return d;
    String s = normalise(text);
    // A machine date, not a relative form: parse's forms count from a now it is not given here
    // (the epoch stands in, so the answer never depends on the hour it is asked).
    if (!ISO_DATE.matcher(s).lookingAt()) return Optional.empty();
    return parse(s, Instant.EPOCH.atZone(KYIV), (PageClock) null);
  }

  /**
   * Reads a date as machines write it: ISO-8601 with or without seconds, fraction, offset (with or
   * without a colon; «-500» for -05:00) or time, and RFC 1123 as in feeds. Zone-less values are
   * Kyiv time.
   */
  public static Optional<OffsetDateTime> parseMachine(String text) {
    return parseMachine(text, PageClock.KYIV);
  }

  /**
   * Reads a date as machines write it, a zone-less value by the page's {@link PageClock}; without a
   * clock (null) only a value that states its zone.
   */
  static Optional<OffsetDateTime> parseMachine(String text, PageClock clock) {
    if (text == null) return Optional.empty();
    String s = text.strip();
    Matcher iso = MACHINE_ISO.matcher(s);
    if (iso.matches()) {
      try {
        LocalDate d = date(year(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
        if (d == null) return Optional.empty();
        LocalTime t = LocalTime.MIDNIGHT;
        if (iso.group(4) != null) {
          int nanos = 0;
          if (iso.group(7) != null) {
            String f = (iso.group(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(f);
          }
          t =
              LocalTime.of(
                  num(iso.group(4)),
                  num(iso.group(5)),
                  iso.group(6) == null ? 0 : num(iso.group(6)),
                  nanos);
        }
        String z = iso.group(8);
        LocalDateTime local = d.atTime(t);
        if (z == null || z.isEmpty()) {
          return clock == null ? Optional.empty() : Optional.of(clock.at(local));
        }
        return Optional.of(local.atOffset(offset(z)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    // Most text is no RFC 1123 date: ask without an exception (costly) first.
    ParsePosition at = new ParsePosition(0);
    if (DateTimeFormatter.RFC_1123_DATE_TIME.parseUnresolved(s, at) == null
        || at.getErrorIndex() >= 0
        || at.getIndex() != s.length()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final Pattern MACHINE_ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
              + "\\s*(z|[+-]\\d{2}(?::?\\d{2})?|[+-]\\d{3})?",
          Pattern.CASE_INSENSITIVE);

  private static ZoneOffset offset(String z) {
    if (z.equalsIgnoreCase("z")) return ZoneOffset.UTC;
    String digits = z.substring(1).replace(":", "");
    // «-500»: an hour's leading zero left out (a CMS printing -5 and the minutes), not minute 500.
    if (digits.length() == 3) digits = "0" + digits;
    int h = Integer.parseInt(digits.substring(0, Math.min(2, digits.length())));
    int min = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    return z.charAt(0) == '-'
        ? ZoneOffset.ofHoursMinutes(-h, -min)
        : ZoneOffset.ofHoursMinutes(h, min);
  }

  private static Optional<ZoneOffset> zone(String s) {
    Matcher m = ZONE.matcher(s);
    if (!m.find()) return Optional.empty();
    if (m.group(1) == null) return Optional.of(ZoneOffset.UTC);
    String z = m.group(1);
    String sign = z.substring(0, 1);
    String rest = z.substring(1).replace(":", "");
    if (rest.length() <= 2) rest = (rest.length() == 1 ? "0" : "") + rest;
    try {
      return Optional.of(offset(sign + rest));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneId> namedZone(String s) {
    return Optional.ofNullable(NAMED_ZONES.get(namedZoneKey(s)));
  }

  /** The {@link #NAMED_ZONES} key a clock in {@code s} names, else null. */
  private static String namedZoneKey(String s) {
    Matcher m = NAMED_ZONE.matcher(s);
    if (!m.find()) return "";
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * Whether a page in this language writes numeric dates month first: American English ({@code
   * en-US}, {@code en_US}, as {@code <html lang>} and {@code og:locale} write it). Every other
   * language and English elsewhere ({@code en-GB}, {@code en}) write the day first, as Ukraine
   * does; a bare {@code en} names no country, and a Ukrainian outlet's English edition is so
   * tagged.
   */
  public static boolean monthFirst(String languageTag) {
    if (languageTag == null) return false;
    String[] parts = languageTag.trim().split("[-_]");
    return parts.length >= 2
        && parts[0].equalsIgnoreCase("en")
        && parts[parts.length > 2 && parts[1].length() == 4 ? 2 : 1].equalsIgnoreCase("us");
  }

  /** The zones of the United States, whose pages write numeric dates month first. */
  private static final Set<String> AMERICAN_ZONES =
      Set.of("et", "ct", "mt", "pt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt");

  /**
   * A Unix time in seconds or milliseconds, as pages keep it in {@code data-} attributes; only
   * values between 2000 and 2100, so counters and ids are no dates.
   */
  static Optional<OffsetDateTime> epoch(String value) {
    String v = value.strip();
    if (!(v.length() == 10 || v.length() == 13) || !v.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    long n = Long.parseLong(v);
    Instant at = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    int year = at.atZone(ZoneOffset.UTC).getYear();
    if (year < 2000 || year > 2100) return Optional.empty();
    return Optional.of(at.atZone(KYIV).toOffsetDateTime());
  }

  private static Optional<LocalTime> timeOutside(String s, int start, int end) {
    Matcher t = TIME.matcher(s);
    while (t.find()) {
      if (t.start() >= start && t.end() <= end) continue;
      int h = num(t.group(1));
      if (t.group(4) != null) {
        if (t.group(4).equals("p") && h < 12) h += 12;
        if (t.group(4).equals("a") && h == 12) h = 0;
      }
      int sec = t.group(3) == null ? 0 : num(t.group(3));
      return Optional.of(LocalTime.of(h, num(t.group(2)), sec));
    }
    return Optional.empty();
  }

  /**
   * Counts back from now; empty for counts no page means («99999999999 хвилин тому», found by
   * fuzzing: it overflowed a long or went back millions of years) and for anything before 1990.
   */
  private static Optional<OffsetDateTime> ago(String count, String unit, ZonedDateTime now) {
    if (count != null && count.length() > 6) return Optional.empty();
    long n =
        count == null || count.startsWith("од")
            ? 1
            : count.equals("півтори") ? 1 : Long.parseLong(count);
    ChronoUnit u;
    if (unit.startsWith("с")) u = ChronoUnit.SECONDS;
    else if (unit.startsWith("хв") || unit.startsWith("мин") || unit.startsWith("min")) {
      u = ChronoUnit.MINUTES;
    } else if (unit.startsWith("год") || unit.startsWith("час") || unit.startsWith("ч")) {
      u = ChronoUnit.HOURS;
    } else if (unit.startsWith("h")) u = ChronoUnit.HOURS;
    else if (unit.startsWith("тиж") || unit.startsWith("нед") || unit.startsWith("w")) {
      u = ChronoUnit.WEEKS;
    } else if (unit.startsWith("se")) u = ChronoUnit.SECONDS;
    else u = ChronoUnit.DAYS;
    OffsetDateTime then = now.minus(n, u).truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
    return then.getYear() < 1990 ? Optional.empty() : Optional.of(then);
  }

  private static long daysBack(String word) {
    return switch (word) {
      case "позавчора", "позавчера" -> 2;
      case "вчора", "учора", "вчера", "yesterday" -> 1;
      default -> 0;
    };
  }

  /** A year standing alone: no digit, clock or date punctuation joined to it. */
  private static final Pattern LONE_YEAR =
      Pattern.compile("(?<![\\d:./-])(199\\d|20\\d\\d)(?![\\d:./-])");

  /**
   * The year of a day-and-month match: its own group, else a year elsewhere in the text, as Java's
   * {@code Date.toString()} and some bylines put it after the time («Mon Aug 03 12:45:00 EDT 2015»,
   * «Aug 3 at 12:45 pm, 2015»); null when the text names none. A number past this year is a count
   * («2034 перегляди»), not the year.
   */
  private static String yearOf(Matcher m, int group, String s, ZonedDateTime now) {
    if (m.group(group) != null) return m.group(group);
    Matcher y = LONE_YEAR.matcher(s);
    while (y.find()) {
      if (y.end() > m.start() && y.start() < m.end()) continue;
      return Integer.parseInt(y.group(1)) <= now.getYear() ? y.group(1) : null;
    }
    return null;
  }

  /** A day and month with or without a year; without one, the latest such day not in the future. */
  private static LocalDate named(String year, Month month, int day, ZonedDateTime now) {
    if (month == null) return null;
    if (year != null) return date(Integer.parseInt(year), month.getValue(), day);
    LocalDate d = date(now.getYear(), month.getValue(), day);
    if (d != null && d.isAfter(now.toLocalDate()))
      d = date(now.getYear() - 1, month.getValue(), day);
    return d;
  }

  /** The day, or null where it is no calendar day or lies outside 1990–2100 (no news page's). */
  static LocalDate date(int year, int month, int day) {
    if (year < 1990 || year > 2100) return null;
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int year(String y) {
    int v = Integer.parseInt(y);
    return y.length() == 2 ? 2000 + v : v;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static String normalise(String text) {
    return text.replace('\u00a0', ' ')
        .replace('\u202f', ' ')
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Month names in every form the JDK knows for Ukrainian, Russian and English, lower case. */
  private static Map<String, Month> monthNames() {
    Map<String, Month> names = new HashMap<>();
    for (Locale locale :
        new Locale[] {Locale.forLanguageTag("uk"), Locale.forLanguageTag("ru"), Locale.ENGLISH}) {
      for (Month month : Month.values()) {
        for (TextStyle style : TextStyle.values()) {
          if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) continue;
          String name = month.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
          if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
            names.putIfAbsent(name, month);
          }
        }
      }
    }
    // Abbreviations pages use that the CLDR data spells differently.
    names.putIfAbsent("sept", Month.SEPTEMBER);
    names.putIfAbsent("мар", Month.MARCH);
    names.putIfAbsent("сент", Month.SEPTEMBER);
    names.putIfAbsent("лют", Month.FEBRUARY);
    return Map.copyOf(names);
  }
}
