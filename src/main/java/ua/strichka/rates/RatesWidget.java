package ua.strichka.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.strichka.store.RateRecord;
import ua.strichka.store.RateRepository;

/**
 * What the site shows of the rates on every page, and the chart of the rates page: for each chosen
 * currency the rate in force, its change since the previous date the NBU set it, and the last 30
 * days.
 *
 * <p>Built from the store alone, so it shows the last good rates whatever the NBU is doing: a
 * currency the latest answer lacked keeps its previous rate, with that rate's date.
 *
 * @param asOf the day the widget is for (today in Kyiv)
 * @param rows in the order of {@code rates.currencies}; a currency never stored has no row
 * @param history per currency of {@code rows}, its rates from {@code asOf - 29 days} to {@code
 *     asOf}, oldest first
 */
public record RatesWidget(LocalDate asOf, List<Row> rows, Map<String, List<Point>> history) {

  /** Which way a rate moved since the previous date. */
  public enum Trend {
    UP("▲"),
    DOWN("▼"),
    SAME("="),
    /** No earlier rate is stored. */
    FIRST("");

    public final String arrow;

    Trend(String arrow) {
      this.arrow = arrow;
    }
  }

  /**
   * One currency's line.
   *
   * @param name the NBU's Ukrainian name, or the code when the store has none
   * @param date the day {@code rate} is in force: before {@code asOf} when the NBU has not answered
   *     since
   * @param change {@code rate} minus the previous rate; null when {@link Trend#FIRST}
   * @param previousDate the date of the previous rate; null when {@link Trend#FIRST}
   */
  public record Row(
      String code,
      String name,
      BigDecimal rate,
      LocalDate date,
      BigDecimal change,
      Trend trend,
      LocalDate previousDate) {}

  /** One day of a currency's history. */
  public record Point(LocalDate date, BigDecimal rate) {}

  public RatesWidget {
    rows = List.copyOf(rows);
    history = Collections.unmodifiableMap(new LinkedHashMap<>(history));
  }

  /** The widget for {@code currencies} as the store holds them on {@code asOf}. */
  public static RatesWidget load(RateRepository rates, List<String> currencies, LocalDate asOf) {
    Map<String, List<RateRecord>> latest = new LinkedHashMap<>();
    for (RateRecord r : rates.latest(asOf, 2)) {
      latest.computeIfAbsent(r.currency(), c -> new ArrayList<>()).add(r);
    }
    List<Row> rows = new ArrayList<>();
    for (String code : currencies) {
      List<RateRecord> two = latest.getOrDefault(code, List.of());
      if (!two.isEmpty()) rows.add(row(two.get(0), two.size() > 1 ? two.get(1) : null));
    }
    List<String> shown = rows.stream().map(Row::code).toList();
    Map<String, List<Point>> history = new LinkedHashMap<>();
    shown.forEach(code -> history.put(code, new ArrayList<>()));
    for (RateRecord r : rates.history(shown, asOf.minusDays(RatesUpdater.HISTORY_DAYS - 1), asOf)) {
      history.get(r.currency()).add(new Point(r.date(), r.rate()));
    }
    history.replaceAll((code, points) -> List.copyOf(points));
    return new RatesWidget(asOf, rows, history);
  }

  /** The newest date among the rows: the date the widget's heading names. */
  public Optional<LocalDate> date() {
    return rows.stream().map(Row::date).max(Comparator.naturalOrder());
  }

  private static Row row(RateRecord current, RateRecord previous) {
    String name = current.name() == null ? current.currency() : current.name();
    if (previous == null) {
      return new Row(
          current.currency(), name, current.rate(), current.date(), null, Trend.FIRST, null);
    }
    BigDecimal change = current.rate().subtract(previous.rate());
    Trend trend =
        switch (change.signum()) {
          case 1 -> Trend.UP;
          case -1 -> Trend.DOWN;
          default -> Trend.SAME;
        };
    return new Row(
        current.currency(), name, current.rate(), current.date(), change, trend, previous.date());
  }
}
