package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.testing.FakeNbuServer;
import ua.strichka.testing.SettableClock;

class FakeNbuTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Wednesday 9 April 2025, 12:00 in Kyiv (UTC+3). */
  private static final Instant NOON = Instant.parse("2025-04-09T09:00:00Z");

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<FakeNbuServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(FakeNbuServer::close);
    http.close();
  }

  private FakeNbuServer server(long seed, Clock clock) {
    FakeNbuServer s = new FakeNbuServer(seed, clock);
    servers.add(s);
    return s;
  }

  private HttpResponse<String> get(FakeNbuServer s, String query) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(s.url() + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode rows(FakeNbuServer s, String query) throws Exception {
    HttpResponse<String> r = get(s, query);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    return JSON.readTree(r.body());
  }

  @Test
  void servesTheRealShapeForTheAskedDate() throws Exception {
    FakeNbuServer s = server(7, Clock.fixed(NOON, Clock.systemUTC().getZone()));
    JsonNode rows = rows(s, "&date=20250301");

    assertThat(rows.isArray()).isTrue();
    assertThat(rows.size()).isBetween(28, 40);
    for (JsonNode row : rows) {
      assertThat(row.get("r030").isInt()).isTrue();
      assertThat(row.get("txt").asText()).isNotBlank();
      assertThat(row.get("rate").isNumber()).isTrue();
      assertThat(row.get("rate").asText()).doesNotContain("E");
      assertThat(row.get("cc").asText()).matches("[A-Z]{3}");
      assertThat(row.get("exchangedate").asText()).isEqualTo("01.03.2025");
    }
    assertThat(s.fake().requested()).containsExactly(LocalDate.of(2025, 3, 1));
  }

  @Test
  void ratesAreDeterministicFromTheSeed() throws Exception {
    Clock clock = Clock.fixed(NOON, Clock.systemUTC().getZone());
    String a = get(server(7, clock), "&date=20250301").body();
    String b = get(server(7, clock), "&date=20250301").body();
    String other = get(server(8, clock), "&date=20250301").body();
    assertThat(a).isEqualTo(b).isNotEqualTo(other);
  }

  @Test
  void ratesArePlausibleAndDriftALittleEachDay() {
    FakeNbu fake = new FakeNbu(7, Clock.fixed(NOON, Clock.systemUTC().getZone()));
    Map<String, double[]> bounds =
        Map.of(
            "USD",
            new double[] {38, 45},
            "EUR",
            new double[] {42, 49},
            "PLN",
            new double[] {9.8, 11.4});
    LocalDate start = LocalDate.of(2025, 1, 6); // a Monday
    for (String code : fake.codes()) {
      BigDecimal previous = null;
      int changed = 0;
      for (int i = 0; i < 120; i++) {
        BigDecimal rate = fake.rate(code, start.plusDays(i));
        assertThat(rate.signum()).isPositive();
        if (bounds.containsKey(code)) {
          assertThat(rate.doubleValue()).isBetween(bounds.get(code)[0], bounds.get(code)[1]);
        }
        if (previous != null) {
          double move =
              rate.subtract(previous).abs().divide(previous, 6, RoundingMode.HALF_UP).doubleValue();
          assertThat(move).as("%s on %s", code, start.plusDays(i)).isLessThan(0.02);
          if (move > 0) changed++;
        }
        previous = rate;
      }
      assertThat(changed).as(code + " moves on most business days").isGreaterThan(60);
    }
  }

  @Test
  void weekendRatesAreMondays() {
    FakeNbu fake = new FakeNbu(7);
    LocalDate friday = LocalDate.of(2025, 4, 11);
    for (String code : List.of("USD", "EUR", "PLN")) {
      BigDecimal monday = fake.rate(code, friday.plusDays(3));
      assertThat(fake.rate(code, friday.plusDays(1))).isEqualTo(monday);
      assertThat(fake.rate(code, friday.plusDays(2))).isEqualTo(monday);
      assertThat(fake.rate(code, friday)).isNotEqualTo(monday);
    }
  }

  @ParameterizedTest(name = "at {0} UTC, date {1}: {2} rows")
  @CsvSource({
    // 9 April 2025 in Kyiv is UTC+3: 11:59 UTC is 14:59 there
    "2025-04-09T11:59:00Z, 20250409, 31",
    "2025-04-09T11:59:00Z, 20250410, 0",
    "2025-04-09T12:00:00Z, 20250410, 31",
    "2025-04-09T12:00:00Z, 20250411, 0",
    "2025-04-09T12:00:00Z, 20200101, 31",
  })
  void tomorrowsRatesAppearAtThreeInTheAfternoonKyivTime(String now, String date, int rows)
      throws Exception {
    FakeNbuServer s = server(7, Clock.fixed(Instant.parse(now), Clock.systemUTC().getZone()));
    assertThat(rows(s, "&date=" + date).size()).isEqualTo(rows);
  }

  @Test
  void withoutADateServesTodayInKyiv() throws Exception {
    // 22:30 UTC on 9 April is already 10 April in Kyiv
    SettableClock clock = new SettableClock(Instant.parse("2025-04-09T22:30:00Z"));
    FakeNbuServer s = server(7, clock);
    assertThat(rows(s, "").get(0).get("exchangedate").asText()).isEqualTo("10.04.2025");
  }

  @Test
  void valcodeSelectsOneCurrency() throws Exception {
    FakeNbuServer s = server(7, Clock.fixed(NOON, Clock.systemUTC().getZone()));
    JsonNode rows = rows(s, "&valcode=usd&date=20250409");
    assertThat(rows.size()).isEqualTo(1);
    assertThat(rows.get(0).get("cc").asText()).isEqualTo("USD");
    assertThat(rows.get(0).get("rate").decimalValue())
        .isEqualByComparingTo(s.fake().rate("USD", LocalDate.of(2025, 4, 9)));
    assertThat(rows(s, "&valcode=XYZ&date=20250409").size()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NOT_JSON         | 200 | text/html; charset=utf-8
          SERVER_ERROR     | 500 | text/html; charset=utf-8
          EMPTY            | 200 | application/json; charset=utf-8
          MISSING_CURRENCY | 200 | application/json; charset=utf-8
          MISSING_FIELDS   | 200 | application/json; charset=utf-8
          EXTRA_FIELDS     | 200 | application/json; charset=utf-8
          """)
  void badModesAnswerAsTheirNameSays(FakeNbu.Mode mode, int status, String type) throws Exception {
    FakeNbuServer s = server(7, Clock.fixed(NOON, Clock.systemUTC().getZone()));
    s.fake().mode(mode);
    HttpResponse<String> r = get(s, "&date=20250409");
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).contains(type);
    if (!type.startsWith("application/json")) return;
    Map<String, JsonNode> byCode = new TreeMap<>();
    JsonNode rows = JSON.readTree(r.body());
    rows.forEach(row -> byCode.put(row.path("cc").asText("?"), row));
    switch (mode) {
      case EMPTY -> assertThat(rows.size()).isZero();
      case MISSING_CURRENCY -> assertThat(byCode).doesNotContainKey("EUR").containsKey("USD");
      case MISSING_FIELDS -> {
        assertThat(byCode.get("USD").has("rate")).isFalse();
        assertThat(byCode.get("PLN").has("exchangedate")).isFalse();
        assertThat(byCode).doesNotContainKey("GBP").containsKey("?");
      }
      case EXTRA_FIELDS -> assertThat(byCode.get("USD").has("enname")).isTrue();
      default -> throw new AssertionError(mode);
    }
  }
}
