package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.store.Store;

/**
 * Clients that misbehave (issue 12): one that floods search and the API is slowed to its own budget
 * without touching anyone else's; oversized query strings and headers get a clean 414/431; hundreds
 * of connections that never finish their headers do not stop the site answering, and every request
 * on a connection, not only its first, must send its headers within the deadline.
 */
class HostileClientsTest {
  static final int RATE = 1; // a second per client, bursts of 2

  @TempDir static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    store = Store.open("jdbc:sqlite:" + dir.resolve("site.db"), "", "", 4);
    server =
        WebServer.start(
            store,
            new WebServer.Settings(
                    "127.0.0.1", 0, "", "", List.of("USD"), Clock.systemUTC(), Duration.ZERO)
                .withClientRate(RATE));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void aFloodingClientGets429WithRetryAfterWhileOthersAndPagesStillAnswer() throws Exception {
    String flooder = "198.51.100.1"; // as a reverse proxy on this machine names it
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 0; i < 30; i++) {
      var r = get(i % 2 == 0 ? "/api/v1/outlets" : "/search?q=test", "X-Forwarded-For", flooder);
      statuses.add(r.statusCode());
      if (r.statusCode() == 429 && refused == null) refused = r;
    }
    assertThat(statuses.subList(0, 2)).as("the burst").containsOnly(200);
    assertThat(statuses).as("30 requests at a budget of 1/s").contains(429);
    assertThat(refused).isNotNull();
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    assertThat(refused.body()).contains("too many requests").doesNotContain("Exception");

    assertThat(get("/api/v1/outlets", "X-Forwarded-For", "203.0.113.7").statusCode())
        .as("another client keeps its own budget")
        .isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(get("/", "X-Forwarded-For", flooder).statusCode())
          .as("cached pages are not limited")
          .isEqualTo(200);
    }
  }

  @Test
  void forwardedForFromTheProxyChainTakesTheAddressTheProxyAppended() throws Exception {
    // The client wrote the first address itself; our proxy appended the one it saw.
    for (int i = 0; i < 10; i++) {
      get("/api/v1/outlets", "X-Forwarded-For", "10.9.9.9, 198.51.100.2");
    }
    assertThat(get("/api/v1/outlets", "X-Forwarded-For", "10.9.9.9, 198.51.100.3").statusCode())
        .as("a spoofed first hop does not share or steal a budget")
        .isEqualTo(200);
  }

  @Test
  void oversizedQueryStringsAndHeadersAreRefusedCleanly() throws Exception {
    String longQuery = "/search?q=" + "ж".repeat(Site.MAX_HEADER_BYTES);
    var tooLong = HTTP.send(request(longQuery).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tooLong.statusCode()).isIn(414, 431);
    assertThat(tooLong.body()).doesNotContain("Exception").doesNotContain("at org.");

    var bigHeader =
        HTTP.send(
            request("/").header("X-Padding", "x".repeat(2 * Site.MAX_HEADER_BYTES)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bigHeader.statusCode()).isEqualTo(431);
    assertThat(bigHeader.body()).doesNotContain("Exception");

    assertThat(get("/", "X-Forwarded-For", "192.0.2.50").statusCode())
        .as("the server answers the next request")
        .isEqualTo(200);
  }

  @Test
  void connectionsThatNeverFinishTheirHeadersDoNotStopTheSite() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        OutputStream out = s.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.UTF_8));
        out.flush();
        slow.add(s);
      }
      var r = get("/about", "X-Forwarded-For", "192.0.2.51");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("<html");
    } finally {
      for (Socket s : slow) s.close();
    }
  }

  @Test
  void aClientDribblingItsHeadersIsCutOffWhileOthersAreServed() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      assertDribblingIsCutOff(s, "192.0.2.52");
    }
  }

  /** A kept-alive connection's second request meets the same deadline as its first. */
  @Test
  void aKeptAliveClientDribblingItsSecondRequestIsCutOff() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /about HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.53\r\n\r\n"
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      assertThat(readResponse(s.getInputStream())).startsWith("HTTP/1.1 200");
      // past the deadline counted from the opening: only the second request's own clock can cut it
      Thread.sleep(SlowClients.HEADER_DEADLINE.toMillis() / 2);
      out.write(
          "GET /about HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.53\r\n\r\n"
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      assertThat(readResponse(s.getInputStream()))
          .as("a prompt second request on the connection is served")
          .startsWith("HTTP/1.1 200");
      assertDribblingIsCutOff(s, "192.0.2.54");
    }
  }

  /**
   * Sends a request whose header takes twice the deadline to send, a byte every 500 ms, while
   * another client is served: the server must close the connection before it is sent, unanswered.
   */
  private static void assertDribblingIsCutOff(Socket s, String other) throws Exception {
    byte[] dribble = new byte[(int) SlowClients.HEADER_DEADLINE.toMillis() * 2 / 500];
    Arrays.fill(dribble, (byte) 'x');
    OutputStream out = s.getOutputStream();
    out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.UTF_8));
    out.flush();
    CompletableFuture<byte[]> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return s.getInputStream().readAllBytes();
              } catch (IOException e) {
                return new byte[0]; // reset by the server: cut off all the same
              }
            });
    int sent = 0;
    try {
      for (; sent < dribble.length && !read.isDone(); sent++) {
        out.write(dribble[sent]);
        out.flush();
        if (sent == 1) {
          assertThat(get("/about", "X-Forwarded-For", other).statusCode())
              .as("another client meanwhile")
              .isEqualTo(200);
        }
        Thread.sleep(500);
      }
    } catch (IOException e) {
      // the server closed the connection under our writes
    }
    assertThat(sent).as("cut off before the headers were all sent").isLessThan(dribble.length);
    assertThat(read.get(30, TimeUnit.SECONDS))
        .as("no answer, only the end of the connection")
        .isEmpty();
  }

  /** One HTTP/1.1 response, read to its end (by Content-Length or the last chunk); its head. */
  private static String readResponse(InputStream in) throws IOException {
    String head = readThrough(in, "\r\n\r\n");
    Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
    if (length.find()) {
      in.readNBytes(Integer.parseInt(length.group(1)));
    } else {
      readThrough(in, "\r\n0\r\n\r\n");
    }
    return head;
  }

  /** The bytes of {@code in} up to and including {@code end}, as ISO-8859-1. */
  private static String readThrough(InputStream in, String end) throws IOException {
    StringBuilder b = new StringBuilder();
    while (b.length() < end.length() || !b.substring(b.length() - end.length()).equals(end)) {
      int c = in.read();
      if (c < 0) throw new EOFException("the connection ended inside a response");
      b.append((char) c);
    }
    return b.toString();
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = request(path);
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
  }
}
