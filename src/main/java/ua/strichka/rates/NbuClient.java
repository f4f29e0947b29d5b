package ua.strichka.rates;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import ua.strichka.config.Config;
import ua.strichka.config.ConfigException;

/**
 * Asks the NBU's open API for the official rates of one date: {@code
 * …/statdirectory/exchange?json&date=YYYYMMDD}.
 *
 * <p>Every way the exchange can go wrong ends in an {@link NbuException} with a one-line message:
 * no connection within the connect timeout, no complete answer within the read timeout (a server
 * that sends its headers and then stalls included), a status other than 200, a body over 1 MiB (a
 * real answer is 7 KB), or a body that is not a JSON array.
 */
public final class NbuClient implements AutoCloseable {
  static final long MAX_BODY_BYTES = 1 << 20;
  private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  private final String url;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final HttpClient http;

  /**
   * @param url the API address, e.g. {@code
   *     https://bank.gov.ua/NBUStatService/v1/statdirectory/exchange?json}; the date is appended
   * @throws IllegalArgumentException when {@code url} is not an http(s) URL
   */
  public NbuClient(String url, String userAgent, Duration connectTimeout, Duration readTimeout) {
    try {
      URI uri = new URI(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new URISyntaxException(url, "not http or https");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("expected an http(s) URL, got '" + url + "'", e);
    }
    this.url = url;
    this.userAgent = userAgent;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * The client {@code rates.nbu-url} names, with the crawler's user agent and timeouts ({@code
   * fetch.*}).
   *
   * @throws ConfigException when {@code rates.nbu-url} is not an http(s) URL
   */
  public static NbuClient configured(Config config) {
    try {
      return new NbuClient(
          config.string("rates.nbu-url"),
          config.string("fetch.user-agent"),
          config.duration("fetch.connect-timeout"),
          config.duration("fetch.read-timeout"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("rates.nbu-url: " + e.getMessage());
    }
  }

  /** The rates the NBU publishes for {@code date}; an empty list when it has set none yet. */
  public NbuAnswer rates(LocalDate date) throws NbuException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(date))
            .timeout(readTimeout)
            .header("User-Agent", userAgent)
            .header("Accept", "application/json")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(request, info -> new CappedBody(MAX_BODY_BYTES));
    HttpResponse<byte[]> response;
    try {
      // The request timeout covers only the wait for the headers; this deadline covers the body.
      response = pending.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new NbuException("no complete answer within " + human(readTimeout), e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new NbuException("interrupted", e);
    } catch (ExecutionException e) {
      throw new NbuException(describe(e.getCause()), e.getCause());
    }
    if (response.statusCode() != 200) {
      throw new NbuException("HTTP " + response.statusCode());
    }
    return NbuJson.parse(response.body());
  }

  URI uri(LocalDate date) {
    return URI.create(url + (url.contains("?") ? "&" : "?") + "date=" + QUERY_DATE.format(date));
  }

  private String describe(Throwable t) {
    return switch (t) {
      case HttpConnectTimeoutException e -> "no connection within " + human(connectTimeout);
      case HttpTimeoutException e -> "no answer within " + human(readTimeout);
      case CappedBody.TooLarge e -> e.getMessage();
      case ConnectException e -> "cannot connect: " + message(e);
      case IOException e -> "connection failed: " + message(e);
      default -> t.getClass().getSimpleName() + ": " + message(t);
    };
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String message(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String m = root.getMessage();
    return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
  }

  @Override
  public void close() {
    http.shutdownNow();
  }
}
