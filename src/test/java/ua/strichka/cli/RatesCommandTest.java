package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.cli.MainTest.Result;
import ua.strichka.rates.Rate;
import ua.strichka.sampleweb.FakeNbu;
import ua.strichka.testing.FakeNbuServer;

class RatesCommandTest {
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "PLN", "GBP", "CHF");

  @TempDir Path dir;
  private FakeNbuServer nbu;
  private Path config;

  @BeforeEach
  void start() throws Exception {
    nbu = new FakeNbuServer(42, Clock.systemUTC());
    config =
        Files.writeString(
            dir.resolve("strichka.yaml"),
            "store:\n  url: jdbc:sqlite:"
                + dir.resolve("data/strichka.db")
                + "\nrates:\n  nbu-url: \""
                + nbu.url()
                + "\"\n");
  }

  @AfterEach
  void stop() {
    nbu.close();
  }

  private Result rates(String... flags) {
    String[] args = new String[flags.length + 3];
    args[0] = "--config";
    args[1] = config.toString();
    args[2] = "rates";
    System.arraycopy(flags, 0, args, 3, flags.length);
    return MainTest.run(args);
  }

  @Test
  void printsTodaysRatesInUkrainianAlignedAfterAskingTheNbu() {
    Result r = rates();

    assertThat(r.code()).as(r.err()).isZero();
    LocalDate today = Rate.today(Clock.systemUTC());
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1 + CURRENCIES.size());
    assertThat(lines.getFirst())
        .isEqualTo("Курси НБУ на " + DateTimeFormatter.ofPattern("dd.MM.uuuu").format(today));
    int rateEnd = -1;
    for (int i = 0; i < CURRENCIES.size(); i++) {
      String code = CURRENCIES.get(i);
      String line = lines.get(i + 1);
      BigDecimal rate = nbu.fake().rate(code, today);
      BigDecimal change = rate.subtract(nbu.fake().rate(code, today.minusDays(1)));
      String shown = rate.setScale(Math.max(4, rate.scale())).toPlainString().replace('.', ',');
      String arrow = change.signum() > 0 ? "▲ +" : change.signum() < 0 ? "▼ -" : "= ";
      assertThat(line).startsWith(code + "  ").contains("  " + shown + "  " + arrow);
      // the rates end in one column
      int end = line.indexOf(shown) + shown.length();
      if (rateEnd >= 0) assertThat(end).as(line).isEqualTo(rateEnd);
      rateEnd = end;
    }
    assertThat(lines.get(1)).contains("Долар США");
    assertThat(nbu.fake().requested()).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void offlineReadsTheStoreAndTheNbuFailingKeepsTheTable() {
    Result online = rates();
    assertThat(online.code()).isZero();
    int asked = nbu.fake().requested().size();
    nbu.fake().mode(FakeNbu.Mode.SERVER_ERROR);

    Result offline = rates("--offline");
    assertThat(offline.code()).isZero();
    assertThat(offline.out()).isEqualTo(online.out());
    assertThat(nbu.fake().requested()).hasSize(asked);

    Result failing = rates();
    assertThat(failing.code()).isZero();
    assertThat(failing.out()).isEqualTo(online.out());
    assertThat(nbu.fake().requested()).hasSize(asked + 1);
  }

  @Test
  void offlineWithNothingStoredIsAOneLineError() {
    Result r = rates("--offline");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .isEqualTo(
            "strichka: no NBU rates of USD, EUR, PLN, GBP, CHF stored yet: run 'strichka rates'"
                + " without --offline (run with --verbose for details)");
    assertThat(nbu.fake().requested()).isEmpty();
  }

  @Test
  void theNbuDownOnTheFirstRunIsAOneLineError() {
    nbu.fake().mode(FakeNbu.Mode.NOT_JSON);
    Result r = rates();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "strichka: no NBU rates of USD, EUR, PLN, GBP, CHF stored, and the NBU gave none:")
        .contains("the answer is not JSON")
        .doesNotContain("\tat ");
  }

  @Test
  void aUrlThatIsNotHttpIsAConfigurationError() throws Exception {
    Files.writeString(config, "rates:\n  nbu-url: ftp://bank.gov.ua/exchange\n");
    Result r = rates();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "strichka: configuration: rates.nbu-url: expected an http(s) URL, got"
                + " 'ftp://bank.gov.ua/exchange'");
  }
}
