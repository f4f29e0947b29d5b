package ua.strichka.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.rates.NbuClient;
import ua.strichka.rates.Rate;
import ua.strichka.rates.RatesHealth;
import ua.strichka.rates.RatesUpdater;
import ua.strichka.rates.RatesWidget;
import ua.strichka.store.Store;

/** {@code strichka rates}: today's official NBU rates of {@code rates.currencies}, as a table. */
@Command(
    name = "rates",
    description =
        "Print today's official NBU exchange rates of rates.currencies, asking the NBU first.")
final class RatesCommand implements Callable<Integer> {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(
      names = "--offline",
      description = "Print the rates the store holds without asking the NBU.")
  boolean offline;

  @Override
  public Integer call() {
    Config config = main.config(Map.of());
    List<String> currencies = config.list("rates.currencies");
    Clock clock = Clock.systemUTC();
    try (Store store = main.store(config)) {
      String nbuError = null;
      if (!offline) {
        try (NbuClient nbu = NbuClient.configured(config)) {
          RatesHealth health = new RatesUpdater(nbu, store.rates(), currencies, clock).refresh();
          nbuError = health.lastError();
        }
      }
      RatesWidget widget = RatesWidget.load(store.rates(), currencies, Rate.today(clock));
      if (widget.rows().isEmpty()) {
        throw new IllegalStateException(
            offline
                ? "no NBU rates of "
                    + String.join(", ", currencies)
                    + " stored yet: run"
                    + " 'strichka rates' without --offline"
                : "no NBU rates of "
                    + String.join(", ", currencies)
                    + " stored, and the NBU gave"
                    + " none: "
                    + nbuError);
      }
      table(widget).forEach(spec.commandLine().getOut()::println);
    }
    return Main.OK;
  }

  /**
   * «Курси НБУ на 09.04.2025», then one aligned line per currency: code, name, rate, arrow and
   * change; a rate older than the heading's date says its own date.
   */
  static List<String> table(RatesWidget widget) {
    LocalDate date = widget.date().orElseThrow();
    int nameWidth = 0;
    int rateWidth = 0;
    int changeWidth = 0;
    for (RatesWidget.Row r : widget.rows()) {
      nameWidth = Math.max(nameWidth, r.name().length());
      rateWidth = Math.max(rateWidth, decimal(r.rate()).length());
      changeWidth = Math.max(changeWidth, change(r).length());
    }
    List<String> lines = new ArrayList<>();
    lines.add("Курси НБУ на " + DATE.format(date));
    for (RatesWidget.Row r : widget.rows()) {
      String line =
          String.format(
              "%-3s  %-" + nameWidth + "s  %" + rateWidth + "s  %-" + changeWidth + "s",
              r.code(),
              r.name(),
              decimal(r.rate()),
              change(r));
      if (r.date().isBefore(date)) line += "  (на " + DATE.format(r.date()) + ")";
      lines.add(line.stripTrailing());
    }
    return lines;
  }

  /** {@code ▲ +0,0500}; empty when there is no earlier rate. */
  private static String change(RatesWidget.Row r) {
    if (r.change() == null) return "";
    String sign = r.change().signum() > 0 ? "+" : r.change().signum() < 0 ? "-" : "";
    return r.trend().arrow + " " + sign + decimal(r.change().abs());
  }

  /** At least 4 decimals as the NBU prints them, all it published, a decimal comma. */
  private static String decimal(BigDecimal v) {
    return v.setScale(Math.max(4, v.scale())).toPlainString().replace('.', ',');
  }
}
