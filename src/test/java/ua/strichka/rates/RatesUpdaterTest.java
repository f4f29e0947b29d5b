package ua.strichka.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.sampleweb.FakeNbu.Mode;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;
import ua.strichka.testing.FakeNbuServer;
import ua.strichka.testing.SettableClock;

class RatesUpdaterTest {
  private static final List<String> WIDGET = List.of("USD", "EUR", "PLN", "GBP", "CHF");
  private static final LocalDate DAY1 = LocalDate.of(2025, 4, 9);
  private static final LocalDate DAY2 = DAY1.plusDays(1);

  /** {@code HH:mm} in Kyiv (UTC+3 in April) on {@code day}. */
  private static Instant kyiv(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(Rate.KYIV).toInstant();
  }

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(kyiv(DAY1, "12:00"));
  private FakeNbuServer nbu;
  private NbuClient client;
  private Store store;
  private RatesUpdater updater;

  @BeforeEach
  void start() {
    nbu = new FakeNbuServer(42, clock);
    client =
        new NbuClient(nbu.url(), "Strichka-test", Duration.ofSeconds(2), Duration.ofMillis(500));
    store = Databases.SQLITE.open(dir);
    updater = new RatesUpdater(client, store.rates(), WIDGET, clock);
  }

  @AfterEach
  void stop() {
    client.close();
    nbu.close();
    store.close();
  }

  @Test
  void firstRunBackFillsThirtyDaysWithOneRequestPerDate() {
    RatesHealth health = updater.refresh();

    List<LocalDate> thirtyDays = IntStream.range(0, 30).mapToObj(DAY1::minusDays).toList();
    assertThat(nbu.fake().requested()).containsExactlyElementsOf(thirtyDays);
    assertThat(store.rates().dates(DAY1.minusDays(60), DAY1.plusDays(1)))
        .containsExactlyInAnyOrderElementsOf(thirtyDays);
    assertThat(store.rates().count()).isEqualTo(30L * nbu.fake().codes().size());
    assertThat(store.rates().on(DAY1.minusDays(29)))
        .allSatisfy(r -> assertThat(r.rate()).isEqualTo(nbu.fake().rate(r.currency(), r.date())));
    assertThat(health).isEqualTo(new RatesHealth(clock.instant(), null, 0, null));

    // the next run asks for today only: the history is there
    updater.refresh();
    assertThat(nbu.fake().requested()).hasSize(31).last().isEqualTo(DAY1);
  }

  @ParameterizedTest(name = "at {0} Kyiv time tomorrow is asked for: {1}")
  @CsvSource({"00:10, false", "14:59, false", "15:00, true", "23:59, true"})
  void tomorrowsRatesAreAskedForFromThreeInTheAfternoon(String time, boolean tomorrow) {
    clock.set(kyiv(DAY1, time));
    updater.refresh();
    assertThat(nbu.fake().requested().contains(DAY2)).isEqualTo(tomorrow);
    assertThat(store.rates().on(DAY2).isEmpty()).isNotEqualTo(tomorrow);
    assertThat(updater.health().failures()).isZero();
  }

  @Test
  void tomorrowNotSetYetIsNoFailureAndIsAskedAgainLater() {
    updater.refresh();
    // our clock says 15:10, the NBU is late: its clock still says 14:59 and it answers []
    SettableClock nbuClock = new SettableClock(kyiv(DAY1, "14:59"));
    try (FakeNbuServer late = new FakeNbuServer(42, nbuClock);
        NbuClient c =
            new NbuClient(late.url(), "t", Duration.ofSeconds(2), Duration.ofSeconds(2))) {
      RatesUpdater u = new RatesUpdater(c, store.rates(), WIDGET, clock);
      clock.set(kyiv(DAY1, "15:10"));
      assertThat(u.refresh().failures()).isZero();
      assertThat(late.fake().requested()).containsExactly(DAY1, DAY2);
      assertThat(store.rates().on(DAY2)).isEmpty();

      nbuClock.set(kyiv(DAY1, "15:30"));
      clock.set(kyiv(DAY1, "16:10"));
      u.refresh();
      assertThat(late.fake().requested()).containsExactly(DAY1, DAY2, DAY1, DAY2);
      assertThat(store.rates().on(DAY2)).hasSize(late.fake().codes().size());
      assertThat(u.health().failures()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Mode.class,
      names = {"NOT_JSON", "SERVER_ERROR", "HANG", "STALL", "EMPTY"})
  void aFailedAnswerKeepsTheLastGoodRatesAndIsCounted(Mode mode) {
    updater.refresh();
    RatesWidget before = RatesWidget.load(store.rates(), WIDGET, DAY1);

    clock.set(kyiv(DAY2, "12:00"));
    nbu.fake().mode(mode);
    // a short read timeout for the answers that never come
    RatesHealth health;
    try (NbuClient hasty =
        new NbuClient(nbu.url(), "t", Duration.ofSeconds(2), Duration.ofMillis(300))) {
      health = new RatesUpdater(hasty, store.rates(), WIDGET, clock).refresh();
    }

    RatesWidget after = RatesWidget.load(store.rates(), WIDGET, DAY2);
    assertThat(after.rows()).isEqualTo(before.rows());
    assertThat(after.rows()).extracting(RatesWidget.Row::date).containsOnly(DAY1);
    assertThat(store.rates().on(DAY2)).isEmpty();
    assertThat(health.failures()).isEqualTo(1);
    assertThat(health.lastFailure()).isEqualTo(clock.instant());
    assertThat(health.lastError()).startsWith("NBU rates for 2025-04-10: ").doesNotContain("\n");
    // the NBU is failing: one request, not the whole back-fill
    assertThat(nbu.fake().requested()).hasSize(31).last().isEqualTo(DAY2);
  }

  @Test
  void healthKeepsTheLastSuccessThroughFailures() {
    Instant day1 = clock.instant();
    updater.refresh();
    clock.set(kyiv(DAY2, "12:00"));
    nbu.fake().mode(Mode.SERVER_ERROR);
    assertThat(updater.refresh())
        .isEqualTo(new RatesHealth(day1, clock.instant(), 1, "NBU rates for 2025-04-10: HTTP 500"));

    Instant failed = clock.instant();
    clock.set(kyiv(DAY2, "13:00"));
    nbu.fake().mode(Mode.NORMAL);
    assertThat(updater.refresh())
        .isEqualTo(
            new RatesHealth(clock.instant(), failed, 1, "NBU rates for 2025-04-10: HTTP 500"));
    assertThat(store.rates().on(DAY2)).hasSize(nbu.fake().codes().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MISSING_FIELDS   | USD PLN GBP | NBU rates for 2025-04-10: kept 28 rates; no USD, PLN, GBP; row 23: no cc; row 24 (USD): no rate; and 1 more
          MISSING_CURRENCY | EUR         | NBU rates for 2025-04-10: kept 30 rates; no EUR
          EXTRA_FIELDS     | ''          | ''
          """)
  void aPartialAnswerKeepsItsGoodRowsAndTheRestFromTheLastGoodDate(
      Mode mode, String staleCodes, String error) {
    updater.refresh();
    clock.set(kyiv(DAY2, "12:00"));
    nbu.fake().mode(mode);
    RatesHealth health = updater.refresh();

    List<String> stale = staleCodes.isEmpty() ? List.of() : List.of(staleCodes.split(" "));
    Map<String, RatesWidget.Row> rows =
        RatesWidget.load(store.rates(), WIDGET, DAY2).rows().stream()
            .collect(Collectors.toMap(RatesWidget.Row::code, Function.identity()));
    assertThat(rows).containsOnlyKeys(WIDGET);
    for (String code : WIDGET) {
      LocalDate expected = stale.contains(code) ? DAY1 : DAY2;
      assertThat(rows.get(code).date()).as(code).isEqualTo(expected);
      assertThat(rows.get(code).rate()).as(code).isEqualTo(nbu.fake().rate(code, expected));
    }
    assertThat(health.failures()).isEqualTo(error.isEmpty() ? 0 : 1);
    assertThat(health.lastError()).isEqualTo(error.isEmpty() ? null : error);
    assertThat(health.lastSuccess())
        .isEqualTo(error.isEmpty() ? clock.instant() : kyiv(DAY1, "12:00"));
  }

  @Test
  void aFailingStoreIsCountedNotThrown() {
    store.close();
    RatesHealth health = updater.refresh();
    assertThat(health.failures()).isEqualTo(1);
    assertThat(health.lastError()).startsWith("NBU rates: cannot store the rates: ");
  }

  @Test
  void startRefreshesAtOnceAndThenOnSchedule() throws Exception {
    try (RatesUpdater.Schedule schedule = updater.start(Duration.ofMillis(50))) {
      // the first run back-fills 30 dates; a second run asks for today again
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (nbu.fake().requested().size() < 31 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    assertThat(nbu.fake().requested().size()).isGreaterThanOrEqualTo(31);
    assertThat(nbu.fake().requested().get(30)).isEqualTo(DAY1);
    assertThat(updater.health().lastSuccess()).isNotNull();
  }
}
