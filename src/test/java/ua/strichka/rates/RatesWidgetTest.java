package ua.strichka.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.rates.RatesWidget.Point;
import ua.strichka.rates.RatesWidget.Row;
import ua.strichka.rates.RatesWidget.Trend;
import ua.strichka.store.RateRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;

class RatesWidgetTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 4, 9);
  private static final Instant T = Instant.parse("2025-04-08T13:00:00Z");

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Databases.SQLITE.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void put(String code, LocalDate date, String rate) {
    store
        .rates()
        .upsert(List.of(new RateRecord(code, date, 840, "Назва " + code, new BigDecimal(rate), T)));
  }

  @ParameterizedTest(name = "{0} → {1}: {2} {3}")
  @CsvSource({
    "41.2, 41.3, UP, 0.1",
    "41.3, 41.25, DOWN, -0.05",
    "29.2549, 29.2549, SAME, 0",
    "41.30, 41.3, SAME, 0",
    "0.00067751, 0.00069655, UP, 0.00001904",
    ", 41.3, FIRST, ",
  })
  void changeAndArrowAgainstThePreviousDate(
      String previous, String current, Trend trend, BigDecimal change) {
    if (previous != null) put("USD", TODAY.minusDays(3), previous);
    put("USD", TODAY, current);

    Row row = RatesWidget.load(store.rates(), List.of("USD"), TODAY).rows().getFirst();
    assertThat(row.trend()).isEqualTo(trend);
    if (change == null) {
      assertThat(row.change()).isNull();
    } else {
      assertThat(row.change()).isEqualByComparingTo(change);
    }
    assertThat(row.previousDate()).isEqualTo(previous == null ? null : TODAY.minusDays(3));
    assertThat(row.date()).isEqualTo(TODAY);
  }

  @Test
  void rowsFollowTheConfiguredOrderAndKeepEachCurrencysLastGoodDate() {
    put("EUR", TODAY, "45.2");
    put("USD", TODAY, "41.3");
    put("PLN", TODAY.minusDays(2), "10.6"); // the NBU's last answers lacked PLN
    put("USD", TODAY.plusDays(1), "41.5"); // tomorrow's, set already: not in force yet

    RatesWidget w = RatesWidget.load(store.rates(), List.of("USD", "EUR", "PLN", "GBP"), TODAY);

    assertThat(w.rows())
        .extracting(r -> r.code() + " " + r.rate() + " " + r.date() + " " + r.name())
        .containsExactly(
            "USD 41.3 2025-04-09 Назва USD",
            "EUR 45.2 2025-04-09 Назва EUR",
            "PLN 10.6 2025-04-07 Назва PLN");
    assertThat(w.date()).contains(TODAY);
    assertThat(w.history()).containsOnlyKeys("USD", "EUR", "PLN");
  }

  @Test
  void historyIsTheLastThirtyDaysOldestFirst() {
    List<Point> expected = new ArrayList<>();
    for (int i = 40; i >= -1; i--) {
      LocalDate d = TODAY.minusDays(i);
      put("USD", d, "41." + (100 + i) + "1");
      if (i < 30 && i >= 0) expected.add(new Point(d, new BigDecimal("41." + (100 + i) + "1")));
    }
    put("EUR", TODAY.minusDays(5), "45.2");

    RatesWidget w = RatesWidget.load(store.rates(), List.of("USD", "EUR"), TODAY);

    assertThat(w.history().get("USD")).hasSize(30).containsExactlyElementsOf(expected);
    assertThat(w.history().get("EUR"))
        .containsExactly(new Point(TODAY.minusDays(5), new BigDecimal("45.2")));
  }

  @Test
  void anEmptyStoreGivesAnEmptyWidget() {
    RatesWidget w = RatesWidget.load(store.rates(), List.of("USD", "EUR"), TODAY);
    assertThat(w.rows()).isEmpty();
    assertThat(w.history()).isEmpty();
    assertThat(w.date()).isEmpty();
  }
}
