package ua.strichka.extract;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * How one page writes its times: the zone of a time it gives without one, and whether its numeric
 * dates run month first. The rule is Kyiv time for a Ukrainian page; a page that says it is
 * from elsewhere, or states the same clock with its zone in another tag, is read in its own zone.
 *
 * <p>Only a page's own word moves it out of Kyiv time: a guess from its language alone would move
 * Ukrainian outlets' English editions (tagged {@code en}, printing Kyiv clocks) by seven hours to
 * fix an American page that does not say it is one.
 */
final class PageClock {
  /** Kyiv time, day first: a Ukrainian page, and any page that says nothing about itself. */
  static final PageClock KYIV = new PageClock(UkrainianDates.KYIV, false, Map.of());

  /** UTC: for a source whose format fixes its times in UTC (Parse.ly's {@code pub_date}). */
  static final PageClock UTC = new PageClock(ZoneOffset.UTC, false, Map.of());

  /**
   * The zone of news written in a country, by the country of the page's locale ({@code en_US}). The
   * United States span six zones; its national newsrooms (New York, Washington) and the wire style
   * (AP's "ET") date news in Eastern time, which is at most three hours off for a Pacific outlet
   * where Kyiv time is seven to ten. Countries of one zone, or one zone for their news, only; a
   * country not listed keeps Kyiv time, and Russia is not listed on purpose: Ukrainian outlets'
   * Russian editions call themselves {@code ru_RU}.
   */
  private static final Map<String, ZoneId> COUNTRY_ZONES =
      Map.ofEntries(
          Map.entry("us", ZoneId.of("America/New_York")),
          Map.entry("ca", ZoneId.of("America/Toronto")),
          Map.entry("gb", ZoneId.of("Europe/London")),
          Map.entry("ie", ZoneId.of("Europe/Dublin")),
          Map.entry("au", ZoneId.of("Australia/Sydney")),
          Map.entry("in", ZoneId.of("Asia/Kolkata")),
          Map.entry("cn", ZoneId.of("Asia/Shanghai")),
          Map.entry("jp", ZoneId.of("Asia/Tokyo")),
          Map.entry("de", ZoneId.of("Europe/Berlin")),
          Map.entry("fr", ZoneId.of("Europe/Paris")),
          Map.entry("pl", ZoneId.of("Europe/Warsaw")));

  private final ZoneId zone;
  private final boolean monthFirst;

  /** Clocks the page states with their zone, to the minute: {@code 2016-12-19T19:19 → UTC}. */
  private final Map<LocalDateTime, ZoneOffset> stated;

  private PageClock(ZoneId zone, boolean monthFirst, Map<LocalDateTime, ZoneOffset> stated) {
    this.zone = zone;
    this.monthFirst = monthFirst;
    this.stated = stated;
  }

  /** Kyiv time, numeric dates month first where {@code monthFirst}. */
  static PageClock kyiv(boolean monthFirst) {
    return monthFirst ? new PageClock(UkrainianDates.KYIV, true, Map.of()) : KYIV;
  }

  /**
   * The clock of a page: its zone by {@link #zoneOf its locale and host} (Kyiv for a page titled in
   * Cyrillic or tagged Ukrainian or Russian in either tag), numeric dates month first by {@link
   * UkrainianDates#monthFirst}, and the clocks its meta tags and {@code <time datetime>} state with
   * a zone.
   *
   * @param ogLocale the page's {@code og:locale}; may be null
   * @param htmlLang the page's {@code <html lang>}; may be null
   * @param url the page's address or canonical address; may be null
   */
  static PageClock of(PageIndex index, String ogLocale, String htmlLang, String url) {
    String locale = ogLocale != null ? ogLocale : htmlLang;
    // A Ukrainian page that copied og:locale en_US keeps Kyiv's clock and its day-first dates:
    // «09.04.2025» on it is the 9th of April, not the 4th of September.
    boolean ukrainianPage = cyrillic(title(index)) || ukrainian(htmlLang) || ukrainian(ogLocale);
    ZoneId zone = ukrainianPage ? UkrainianDates.KYIV : zoneOf(locale, url);
    Map<LocalDateTime, ZoneOffset> stated = new HashMap<>();
    for (Element m : index.metas) {
      // A saved page may keep a meta's "content" in "value", as MetaTags reads it.
      state(m.hasAttr("content") ? m.attr("content") : m.attr("value"), stated);
    }
    for (Element t : index.times) state(t.attr("datetime"), stated);
    boolean monthFirst = !ukrainianPage && UkrainianDates.monthFirst(locale);
    return new PageClock(zone, monthFirst, Map.copyOf(stated));
  }

  /**
   * Whether a text is written in Cyrillic: a page titled so is a Ukrainian (or Russian) page
   * whatever its {@code og:locale} says, which sites copy from Facebook's examples ({@code en_US}).
   */
  static boolean cyrillic(String text) {
    if (text == null) return false;
    int letters = 0;
    int cyrillic = 0;
    for (int i = 0; i < text.length() && letters < 200; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
    }
    return letters > 0 && cyrillic * 2 > letters;
  }

  /** The page's {@code <title>}, else its first {@code <h1>}; null if it has neither. */
  private static String title(PageIndex index) {
    if (index.html != null && index.html.ownerDocument() != null) {
      String t = index.html.ownerDocument().title();
      if (!t.isBlank()) return t;
    }
    return index.h1s.isEmpty() ? null : index.h1s.getFirst().text();
  }

  /** Whether a language tag names Ukrainian or Russian. */
  private static boolean ukrainian(String tag) {
    if (tag == null) return false;
    String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return language.equals("uk") || language.equals("ru") || language.equals("ua");
  }

  /**
   * The zone of a page's times given without one. Kyiv for an address under {@code .ua} and for a
   * page in Ukrainian or Russian whatever country its locale names (the rule, and a
   * Ukrainian outlet's English edition under {@code .ua} tagged {@code en_US} stays in Kyiv); else
   * the zone of the locale's country where {@link #COUNTRY_ZONES} knows one. A language without a
   * country ({@code en}) says nothing: Ukrainian outlets' English editions are so tagged.
   */
  static ZoneId zoneOf(String locale, String url) {
    if (url != null && uaHost(url)) return UkrainianDates.KYIV;
    if (locale == null || ukrainian(locale)) return UkrainianDates.KYIV;
    String[] parts = locale.strip().toLowerCase(Locale.ROOT).split("[-_]");
    if (parts.length < 2) return UkrainianDates.KYIV;
    // en-Latn-US: the region follows a four-letter script.
    String country = parts[parts.length > 2 && parts[1].length() == 4 ? 2 : 1];
    return COUNTRY_ZONES.getOrDefault(country, UkrainianDates.KYIV);
  }

  private static boolean uaHost(String url) {
    int start = url.indexOf("://");
    String rest = start < 0 ? url : url.substring(start + 3);
    int end = 0;
    while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) end++;
    String host = rest.substring(0, end).toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    return host.endsWith(".ua");
  }

  /** A machine date written with its zone, as {@code stated} keeps it; midnight states no clock. */
  private static void state(String value, Map<LocalDateTime, ZoneOffset> stated) {
    if (value == null || value.length() < 16 || value.length() > 40) return;
    if (!Character.isDigit(value.charAt(0))) return;
    Optional<OffsetDateTime> d = UkrainianDates.parseStated(value);
    if (d.isEmpty() || PageFacts.dayOnly(d.get())) return;
    stated.putIfAbsent(
        d.get().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES), d.get().getOffset());
  }

  /** Whether numeric dates run month first on this page. */
  boolean monthFirst() {
    return monthFirst;
  }

  /** This clock with times given without a zone read in {@code other}. */
  PageClock in(ZoneId other) {
    return new PageClock(other, monthFirst, stated);
  }

  /** The zone of this page's times given without one. */
  ZoneId zone() {
    return zone;
  }

  /**
   * A time the page gives without a zone: in the zone the page states for the same clock elsewhere
   * (sites write one instant in several tags, some with the zone: {@code datePublished="2016-12-19
   * 19:19:00"} beside {@code <time datetime="2016-12-19 19:19:00 UTC">}), else in the page's zone.
   */
  OffsetDateTime at(LocalDateTime local) {
    ZoneOffset same = stated.get(local.truncatedTo(ChronoUnit.MINUTES));
    if (same != null) return local.atOffset(same);
    return local.atZone(zone).toOffsetDateTime();
  }
}
