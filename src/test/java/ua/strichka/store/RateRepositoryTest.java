package ua.strichka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.testing.Databases;

class RateRepositoryTest {
  @TempDir Path dir;

  private static final LocalDate D = LocalDate.of(2025, 4, 9);
  private static final Instant T = Instant.parse("2025-04-08T13:30:00Z");

  private static RateRecord rate(String cc, LocalDate date, String rate) {
    return new RateRecord(cc, date, 840, "Долар США", new BigDecimal(rate), T);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void readsBackEveryFieldAndTheExactPublishedDecimal(Databases db) {
    try (Store store = db.open(dir)) {
      List<RateRecord> rates =
          List.of(
              new RateRecord("USD", D, 840, "Долар США", new BigDecimal("41.3"), T),
              new RateRecord("IRR", D, 364, "Іранський ріал", new BigDecimal("0.00067751"), T),
              new RateRecord("XAU", D, 959, "Золото", new BigDecimal("55478.99"), T),
              new RateRecord("XDR", D, null, null, new BigDecimal("41.02060"), T));
      store.rates().upsert(rates);

      List<RateRecord> back = store.rates().on(D);
      assertThat(back).containsExactlyInAnyOrderElementsOf(rates);
      assertThat(back)
          .extracting(r -> r.rate().toPlainString())
          .containsExactly("0.00067751", "41.3", "55478.99", "41.0206");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void oneRowPerCurrencyPerDateTheLastAnswerWins(Databases db) {
    try (Store store = db.open(dir)) {
      store.rates().upsert(List.of(rate("USD", D, "41.3"), rate("USD", D.minusDays(1), "41.2")));
      store.rates().upsert(List.of(rate("USD", D, "41.35")));

      assertThat(store.rates().count()).isEqualTo(2);
      assertThat(store.rates().on(D)).extracting(RateRecord::rate).containsExactly(bd("41.35"));
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void latestGivesEachCurrencysNewestRatesOnOrBeforeTheDate(Databases db) {
    try (Store store = db.open(dir)) {
      store
          .rates()
          .upsert(
              List.of(
                  rate("USD", D.minusDays(2), "41.1"),
                  rate("USD", D.minusDays(1), "41.2"),
                  rate("USD", D, "41.3"),
                  rate("USD", D.plusDays(1), "41.4"),
                  // EUR was last published three days ago: it is still the rate in force
                  rate("EUR", D.minusDays(5), "45.0"),
                  rate("EUR", D.minusDays(3), "45.1")));

      assertThat(store.rates().latest(D, 2))
          .extracting(r -> r.currency() + " " + r.date() + " " + r.rate())
          .containsExactly(
              "EUR 2025-04-06 45.1",
              "EUR 2025-04-04 45",
              "USD 2025-04-09 41.3",
              "USD 2025-04-08 41.2");
      assertThat(store.rates().latest(D.minusDays(4), 2))
          .extracting(r -> r.currency() + " " + r.date())
          .containsExactly("EUR 2025-04-04");
      assertThat(store.rates().latest(D, 1)).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void historyAndDatesCoverTheRangeInclusive(Databases db) {
    try (Store store = db.open(dir)) {
      for (int i = 0; i < 10; i++) {
        store
            .rates()
            .upsert(
                List.of(
                    rate("USD", D.minusDays(i), "41." + i),
                    rate("EUR", D.minusDays(i), "45." + i),
                    rate("PLN", D.minusDays(i), "10." + i)));
      }
      List<RateRecord> history =
          store.rates().history(List.of("USD", "PLN"), D.minusDays(3), D.minusDays(1));
      assertThat(history)
          .extracting(r -> r.currency() + " " + r.date())
          .containsExactly(
              "PLN 2025-04-06",
              "PLN 2025-04-07",
              "PLN 2025-04-08",
              "USD 2025-04-06",
              "USD 2025-04-07",
              "USD 2025-04-08");
      assertThat(store.rates().history(List.of(), D.minusDays(30), D)).isEmpty();
      assertThat(store.rates().dates(D.minusDays(12), D.minusDays(8)))
          .containsExactly(D.minusDays(9), D.minusDays(8));
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void ratesAndArticlesCommitTogetherInOneTransaction(Databases db) {
    try (Store store = db.open(dir)) {
      store.inTransaction(
          tx -> {
            tx.rates().upsert(List.of(rate("USD", D, "41.3")));
            return tx.outlets().upsert(OutletRecord.of("kv", "Київський вісник", "https://kv.ua/"));
          });
      assertThat(store.rates().on(D)).hasSize(1);
    }
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
