package ua.strichka.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.sampleweb.FakeNbu.Mode;
import ua.strichka.testing.FakeNbuServer;

/** The client against the sample web's fake NBU on a real HTTP server on 127.0.0.1. */
class NbuClientTest {
  private static final LocalDate DAY = LocalDate.of(2025, 4, 9);

  /** For answers that come: generous, so a loaded machine cannot turn them into timeouts. */
  private static final Duration PATIENT = Duration.ofSeconds(30);

  /** For answers that never come. */
  private static final Duration HASTY = Duration.ofMillis(300);

  private FakeNbuServer nbu;
  private NbuClient client;

  @BeforeEach
  void start() {
    nbu = new FakeNbuServer(42, Clock.fixed(Instant.parse("2025-04-09T09:00:00Z"), ZoneOffset.UTC));
    client = new NbuClient(nbu.url(), "Strichka-test", PATIENT, PATIENT);
  }

  @AfterEach
  void stop() {
    client.close();
    nbu.close();
  }

  @Test
  void asksForTheDateAndReadsEveryRate() throws Exception {
    NbuAnswer answer = client.rates(DAY);

    assertThat(answer.problems()).isEmpty();
    assertThat(answer.rates()).extracting(Rate::code).containsExactlyElementsOf(nbu.fake().codes());
    assertThat(answer.rates()).extracting(Rate::date).containsOnly(DAY);
    for (Rate r : answer.rates()) {
      assertThat(r.rate()).isEqualTo(nbu.fake().rate(r.code(), DAY));
    }
    assertThat(byCode(answer).get("USD").name()).isEqualTo("Долар США");
    assertThat(nbu.fake().requested()).containsExactly(DAY);
  }

  @Test
  void unknownExtraFieldsAreIgnored() throws Exception {
    NbuAnswer normal = client.rates(DAY);
    nbu.fake().mode(Mode.EXTRA_FIELDS);
    assertThat(client.rates(DAY)).isEqualTo(normal);
  }

  @Test
  void rowsWithMissingFieldsAreSkippedAndTheOthersKept() throws Exception {
    nbu.fake().mode(Mode.MISSING_FIELDS);
    NbuAnswer answer = client.rates(DAY);

    assertThat(answer.rates()).hasSize(nbu.fake().codes().size() - 3);
    assertThat(byCode(answer)).doesNotContainKeys("USD", "GBP", "PLN").containsKeys("EUR", "CHF");
    assertThat(answer.problems())
        .containsExactlyInAnyOrder(
            "row 23: no cc", "row 24 (USD): no rate", "row 30 (PLN): no exchangedate");
  }

  @Test
  void aMissingCurrencyIsSimplyAbsent() throws Exception {
    nbu.fake().mode(Mode.MISSING_CURRENCY);
    NbuAnswer answer = client.rates(DAY);
    assertThat(answer.problems()).isEmpty();
    assertThat(byCode(answer)).doesNotContainKey("EUR").containsKey("USD");
  }

  @Test
  void anEmptyArrayIsAnAnswerWithoutRates() throws Exception {
    nbu.fake().mode(Mode.EMPTY);
    assertThat(client.rates(DAY)).isEqualTo(new NbuAnswer(List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NOT_JSON     | the answer is not JSON: <html><body><h1>Сервіс тимчасово недоступний</h1></body></ht…
          SERVER_ERROR | HTTP 500
          """)
  void aBadAnswerIsAnNbuExceptionWithAOneLineMessage(Mode mode, String message) {
    nbu.fake().mode(mode);
    assertThatThrownBy(() -> client.rates(DAY))
        .isInstanceOf(NbuException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HANG  | no answer within 300 ms
          STALL | no complete answer within 300 ms
          """)
  void anAnswerThatNeverCompletesTimesOut(Mode mode, String message) {
    nbu.fake().mode(mode);
    // the whole exchange may take connect + read timeout: keep both short
    try (NbuClient hasty =
        new NbuClient(nbu.url(), "Strichka-test", Duration.ofSeconds(2), HASTY)) {
      assertThatThrownBy(() -> hasty.rates(DAY))
          .isInstanceOf(NbuException.class)
          .hasMessage(message);
    }
  }

  @Test
  void noServerIsACleanError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (NbuClient closed =
        new NbuClient("http://127.0.0.1:" + port + "/exchange?json", "t", PATIENT, PATIENT)) {
      assertThatThrownBy(() -> closed.rates(DAY))
          .isInstanceOf(NbuException.class)
          .hasMessageStartingWith("cannot connect");
    }
  }

  @Test
  void aHugeAnswerIsRefusedBeforeItFillsTheHeap() throws Exception {
    AtomicReference<Long> sent = new AtomicReference<>(0L);
    HttpServer huge =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    huge.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = "[1,2,3,4,5,6,7,8],".repeat(1000).getBytes();
          try (OutputStream out = exchange.getResponseBody()) {
            out.write('[');
            // 100 MiB unless the client hangs up first
            for (int i = 0; i < 100 * 1024 * 1024 / chunk.length; i++) {
              out.write(chunk);
              sent.updateAndGet(n -> n + chunk.length);
            }
          } catch (IOException clientHungUp) {
            // expected
          }
        });
    huge.start();
    try (NbuClient c =
        new NbuClient(
            "http://127.0.0.1:" + huge.getAddress().getPort() + "/x?json", "t", PATIENT, PATIENT)) {
      assertThatThrownBy(() -> c.rates(DAY))
          .isInstanceOf(NbuException.class)
          .hasMessage("the answer is larger than 1048576 bytes");
    } finally {
      huge.stop(0);
    }
  }

  @Test
  void theDateIsAppendedToTheConfiguredUrl() {
    assertThat(client.uri(DAY).toString()).isEqualTo(nbu.url() + "&date=20250409");
    try (NbuClient bare = new NbuClient("https://nbu.example/exchange", "t", PATIENT, PATIENT)) {
      assertThat(bare.uri(DAY).toString()).isEqualTo("https://nbu.example/exchange?date=20250409");
    }
  }

  @ParameterizedTest
  @CsvSource({"ftp://bank.gov.ua/x", "bank.gov.ua/exchange?json", "'http://bank gov'"})
  void aUrlThatIsNotHttpIsRefused(String url) {
    assertThatThrownBy(() -> new NbuClient(url, "t", PATIENT, PATIENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an http(s) URL, got '" + url + "'");
  }

  private static Map<String, Rate> byCode(NbuAnswer answer) {
    return answer.rates().stream().collect(Collectors.toMap(Rate::code, Function.identity()));
  }
}
