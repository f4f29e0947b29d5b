package ua.strichka.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.strichka.store.Store;

/**
 * The exchange-rates widget and the rates page as the templates show them: NBU rates with a decimal
 * comma, the change since the previous date with an arrow, and a 30-day line per currency.
 *
 * <p>Reads {@code exchange_rate} directly until the rates stage's view model is on main; the
 * figures it shows are the store's, so replacing the query keeps the pages as they are.
 */
record RatesView(LocalDate asOf, List<Row> rows, Map<String, Chart> charts) {
  record Row(
      String code,
      String name,
      String rate,
      String change,
      String arrow,
      String trend,
      String date) {}

  /** A polyline for an SVG of {@link #WIDTH}×{@link #HEIGHT}, with its range for the labels. */
  record Chart(String points, String min, String max, String from, String to) {
    static final int WIDTH = 600;
    static final int HEIGHT = 160;
  }

  private record Point(LocalDate date, double rate, String name) {}

  boolean empty() {
    return rows.isEmpty();
  }

  static RatesView load(Store store, List<String> currencies, LocalDate asOf, int days) {
    Map<String, List<Point>> byCurrency = new LinkedHashMap<>();
    currencies.forEach(c -> byCurrency.put(c, new ArrayList<>()));
    if (!currencies.isEmpty()) {
      store
          .jdbi()
          .useHandle(
              h ->
                  h.createQuery(
                          """
                          SELECT currency, rate_date, rate, name FROM exchange_rate
                          WHERE currency IN (<c>) AND rate_date <= :to AND rate_date >= :from
                          ORDER BY currency, rate_date""")
                      .bindList("c", currencies)
                      .bind("to", asOf.toString())
                      .bind("from", asOf.minusDays(Math.max(days, 2) - 1L).toString())
                      .map(
                          (rs, ctx) ->
                              new Object[] {
                                rs.getString("currency"),
                                new Point(
                                    LocalDate.parse(rs.getString("rate_date")),
                                    rs.getDouble("rate"),
                                    rs.getString("name"))
                              })
                      .forEach(r -> byCurrency.get((String) r[0]).add((Point) r[1])));
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Chart> charts = new LinkedHashMap<>();
    byCurrency.forEach(
        (code, points) -> {
          if (points.isEmpty()) return;
          Point last = points.getLast();
          Point before = points.size() > 1 ? points.get(points.size() - 2) : null;
          rows.add(row(code, last, before));
          charts.put(code, chart(points));
        });
    return new RatesView(asOf, rows, charts);
  }

  private static Row row(String code, Point last, Point before) {
    String name = last.name() == null || last.name().isBlank() ? code : last.name();
    String date =
        "%02d.%02d.%d"
            .formatted(
                last.date().getDayOfMonth(), last.date().getMonthValue(), last.date().getYear());
    if (before == null) return new Row(code, name, number(last.rate()), "", "", "same", date);
    BigDecimal change =
        BigDecimal.valueOf(last.rate())
            .subtract(BigDecimal.valueOf(before.rate()))
            .setScale(4, RoundingMode.HALF_UP);
    int sign = change.signum();
    return new Row(
        code,
        name,
        number(last.rate()),
        (sign > 0 ? "+" : sign < 0 ? "−" : "") + number(change.abs().doubleValue()),
        sign > 0 ? "▲" : sign < 0 ? "▼" : "=",
        sign > 0 ? "up" : sign < 0 ? "down" : "same",
        date);
  }

  private static Chart chart(List<Point> points) {
    double min = points.stream().mapToDouble(Point::rate).min().orElse(0);
    double max = points.stream().mapToDouble(Point::rate).max().orElse(0);
    double span = max - min == 0 ? 1 : max - min;
    StringBuilder sb = new StringBuilder();
    int n = points.size();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? Chart.WIDTH / 2.0 : i * (Chart.WIDTH - 1.0) / (n - 1);
      double y = 8 + (Chart.HEIGHT - 16) * (1 - (points.get(i).rate() - min) / span);
      sb.append(i == 0 ? "" : " ")
          .append(Math.round(x * 10) / 10.0)
          .append(',')
          .append(Math.round(y * 10) / 10.0);
    }
    LocalDate from = points.getFirst().date();
    LocalDate to = points.getLast().date();
    return new Chart(sb.toString(), number(min), number(max), shortDate(from), shortDate(to));
  }

  private static String shortDate(LocalDate d) {
    return "%02d.%02d".formatted(d.getDayOfMonth(), d.getMonthValue());
  }

  static String number(double v) {
    DecimalFormat f =
        new DecimalFormat("0.0000", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("uk")));
    return f.format(v);
  }
}
