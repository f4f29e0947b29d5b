package ua.strichka.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.strichka.rates.RatesWidget;
import ua.strichka.store.Store;

/**
 * The rates stage's {@link RatesWidget} as the templates show it: rates with a decimal comma, the
 * change with an arrow, and a 30-day line per currency drawn as an SVG polyline (no script needed
 * to see the chart).
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

  boolean empty() {
    return rows.isEmpty();
  }

  static RatesView load(Store store, List<String> currencies, LocalDate asOf) {
    RatesWidget widget = RatesWidget.load(store.rates(), currencies, asOf);
    List<Row> rows = new ArrayList<>();
    Map<String, Chart> charts = new LinkedHashMap<>();
    for (RatesWidget.Row r : widget.rows()) {
      rows.add(row(r));
      List<RatesWidget.Point> history = widget.history().getOrDefault(r.code(), List.of());
      if (!history.isEmpty()) charts.put(r.code(), chart(history));
    }
    return new RatesView(asOf, rows, charts);
  }

  private static Row row(RatesWidget.Row r) {
    String date =
        "%02d.%02d.%d"
            .formatted(r.date().getDayOfMonth(), r.date().getMonthValue(), r.date().getYear());
    String trend =
        switch (r.trend()) {
          case UP -> "up";
          case DOWN -> "down";
          default -> "same";
        };
    String change =
        r.change() == null
            ? ""
            : (r.change().signum() > 0 ? "+" : r.change().signum() < 0 ? "−" : "")
                + number(r.change().abs());
    return new Row(r.code(), r.name(), number(r.rate()), change, r.trend().arrow, trend, date);
  }

  private static Chart chart(List<RatesWidget.Point> points) {
    double min = points.stream().mapToDouble(p -> p.rate().doubleValue()).min().orElse(0);
    double max = points.stream().mapToDouble(p -> p.rate().doubleValue()).max().orElse(0);
    double span = max - min == 0 ? 1 : max - min;
    StringBuilder sb = new StringBuilder();
    int n = points.size();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? Chart.WIDTH / 2.0 : i * (Chart.WIDTH - 1.0) / (n - 1);
      double y = 8 + (Chart.HEIGHT - 16) * (1 - (points.get(i).rate().doubleValue() - min) / span);
      sb.append(i == 0 ? "" : " ")
          .append(Math.round(x * 10) / 10.0)
          .append(',')
          .append(Math.round(y * 10) / 10.0);
    }
    return new Chart(
        sb.toString(),
        number(BigDecimal.valueOf(min)),
        number(BigDecimal.valueOf(max)),
        shortDate(points.getFirst().date()),
        shortDate(points.getLast().date()));
  }

  private static String shortDate(LocalDate d) {
    return "%02d.%02d".formatted(d.getDayOfMonth(), d.getMonthValue());
  }

  /** Four decimals as the NBU publishes them, with the Ukrainian decimal comma. */
  static String number(BigDecimal v) {
    return new DecimalFormat(
            "0.0000", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("uk")))
        .format(v);
  }
}
