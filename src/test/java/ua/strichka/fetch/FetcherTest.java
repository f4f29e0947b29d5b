package ua.strichka.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

class FetcherTest {
  private final LoopbackWeb web = LoopbackWeb.start();
  private final Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry());

  @AfterEach
  void close() {
    fetcher.close();
    web.close();
  }

  @Test
  void fetchesAPageAndSendsOurUserAgent() {
    web.page("/a", "text/html; charset=utf-8", "<h1>Привіт</h1>");
    FetchResult r = fetcher.fetch(web.url("/a"));
    assertThat(r.ok()).isTrue();
    assertThat(r.status()).isEqualTo(200);
    assertThat(new String(r.body(), UTF_8)).isEqualTo("<h1>Привіт</h1>");
    assertThat(r.contentType()).contains("text/html; charset=utf-8");
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(web.hits("/a").getFirst().header("User-Agent")).startsWith("StrichkaTest/1.0");
  }

  @Test
  void decodesLegacyCyrillicPagesAsUkrainian() {
    String text = "Львівська громада обговорила ґрунтові дороги та їжаків";
    java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
    java.nio.charset.Charset koi8u = java.nio.charset.Charset.forName("KOI8-U");
    web.route(
        "/cp1251",
        ex ->
            LoopbackWeb.send(
                ex,
                200,
                "text/html; charset=windows-1251",
                ("<p>" + text + "</p>").getBytes(cp1251)));
    web.route(
        "/koi8u",
        ex ->
            LoopbackWeb.send(
                ex,
                200,
                "text/html",
                ("<html><head><meta charset=\"koi8-u\"></head><body><p>"
                        + text
                        + "</p></body></html>")
                    .getBytes(koi8u)));
    assertThat(fetcher.fetch(web.url("/cp1251")).text()).contains(text);
    assertThat(fetcher.fetch(web.url("/koi8u")).text()).contains(text);
  }

  @Test
  void conditionalGetWithEtagAndLastModified() {
    String lastModified = "Wed, 09 Apr 2025 04:03:00 GMT";
    web.route(
        "/feed",
        ex -> {
          String inm = ex.getRequestHeaders().getFirst("If-None-Match");
          String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", lastModified);
          if ("\"v1\"".equals(inm) || lastModified.equals(ims)) {
            LoopbackWeb.send(ex, 304, null, new byte[0]);
          } else {
            LoopbackWeb.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(UTF_8));
          }
        });
    FetchResult first = fetcher.fetch(web.url("/feed"));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.etag()).contains("\"v1\"");
    FetchResult byEtag = fetcher.fetch(web.url("/feed"), new Validators("\"v1\"", null));
    assertThat(byEtag.notModified()).isTrue();
    assertThat(byEtag.error()).isNull();
    FetchResult byDate = fetcher.fetch(web.url("/feed"), new Validators(null, lastModified));
    assertThat(byDate.notModified()).isTrue();
  }

  @Test
  void decodesGzipAndDeflate() throws Exception {
    byte[] page = "<p>Новини дня</p>".repeat(100).getBytes(UTF_8);
    web.route("/gz", ex -> encoded(ex, "gzip", gzip(page)));
    web.route("/zlib", ex -> encoded(ex, "deflate", deflate(page)));
    assertThat(fetcher.fetch(web.url("/gz")).body()).isEqualTo(page);
    assertThat(fetcher.fetch(web.url("/zlib")).body()).isEqualTo(page);
    assertThat(web.hits("/gz").getFirst().header("Accept-Encoding")).contains("gzip");
  }

  @Test
  void capsTheDecompressedSizeOfAGzipBomb() throws Exception {
    byte[] bomb = gzip(new byte[50_000_000]); // ~50 KB on the wire, 50 MB decoded
    web.route("/bomb", ex -> encoded(ex, "gzip", bomb));
    FetchResult r = fetcher.fetch(web.url("/bomb"));
    assertThat(bomb.length).isLessThan(100_000);
    assertThat(r.body()).hasSize(1_000_000);
    assertThat(r.truncated()).isTrue();
    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void cutsAnOversizedBodyAndRecordsTheTruncation() {
    web.route(
        "/huge",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked, endless as far as the client knows
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = new byte[65536];
            for (int i = 0; i < 800; i++) out.write(chunk); // 50 MB
          }
        });
    FetchResult r = fetcher.fetch(web.url("/huge"));
    assertThat(r.body()).hasSize(1_000_000);
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void reportsABodyCutShortByTheServer() {
    web.route(
        "/short",
        ex -> {
          ex.sendResponseHeaders(200, 10_000);
          ex.getResponseBody().write("<html><body><p>Поча".getBytes(UTF_8));
          ex.getResponseBody().flush();
          throw new IllegalStateException("connection dropped");
        });
    FetchResult r = fetcher.fetch(web.url("/short"));
    assertThat(r.truncated()).isTrue();
    assertThat(r.error()).isEqualTo(FetchError.INCOMPLETE_BODY);
  }

  @Test
  void followsRedirectsUpToFive() {
    for (int i = 0; i < 7; i++) {
      String next = "/r" + (i + 1);
      web.route("/r" + i, ex -> redirect(ex, next));
    }
    web.page("/r5", "text/plain", "five");
    // /r0 → /r5 is five redirects
    FetchResult ok = fetcher.fetch(web.url("/r0"));
    assertThat(ok.ok()).isTrue();
    assertThat(ok.finalUrl()).isEqualTo(web.url("/r5"));
    assertThat(ok.redirects()).isEqualTo(5);
    web.route("/r5", ex -> redirect(ex, "/r6"));
    web.page("/r6", "text/plain", "six");
    FetchResult tooMany = fetcher.fetch(web.url("/r0"));
    assertThat(tooMany.error()).isEqualTo(FetchError.TOO_MANY_REDIRECTS);
    assertThat(web.hits("/r6")).isEmpty();
  }

  @Test
  void detectsRedirectLoops() {
    web.route("/a", ex -> redirect(ex, "/b"));
    web.route("/b", ex -> redirect(ex, web.base() + "/a"));
    FetchResult r = fetcher.fetch(web.url("/a"));
    assertThat(r.error()).isEqualTo(FetchError.REDIRECT_LOOP);
    assertThat(web.hits("/a")).hasSize(1);
    assertThat(r.attempts()).isEqualTo(1);
  }

  @Test
  void retriesServerErrorsWithBackoff() {
    AtomicInteger calls = new AtomicInteger();
    web.route(
        "/flaky",
        ex -> {
          if (calls.incrementAndGet() < 3) {
            LoopbackWeb.send(ex, 502, "text/plain", "bad gateway".getBytes(UTF_8));
          } else {
            LoopbackWeb.send(ex, 200, "text/plain", "ok".getBytes(UTF_8));
          }
        });
    FetchResult r = fetcher.fetch(web.url("/flaky"));
    assertThat(r.ok()).isTrue();
    assertThat(r.attempts()).isEqualTo(3);
  }

  @Test
  void givesUpAfterTheConfiguredRetries() {
    web.route("/down", ex -> LoopbackWeb.send(ex, 500, "text/plain", "x".getBytes(UTF_8)));
    FetchResult r = fetcher.fetch(web.url("/down"));
    assertThat(r.error()).isEqualTo(FetchError.HTTP_SERVER_ERROR);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(web.hits("/down")).hasSize(3);
  }

  @Test
  void doesNotRetryClientErrors() {
    FetchResult r = fetcher.fetch(web.url("/missing"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.error()).isEqualTo(FetchError.HTTP_CLIENT_ERROR);
    assertThat(web.hits("/missing")).hasSize(1);
  }

  @Test
  void honoursRetryAfterOn429And503() {
    AtomicInteger calls = new AtomicInteger();
    web.route(
        "/busy",
        ex -> {
          if (calls.incrementAndGet() == 1) {
            ex.getResponseHeaders().set("Retry-After", "1");
            LoopbackWeb.send(ex, 429, "text/plain", "slow down".getBytes(UTF_8));
          } else {
            LoopbackWeb.send(ex, 200, "text/plain", "ok".getBytes(UTF_8));
          }
        });
    FetchResult r = fetcher.fetch(web.url("/busy"));
    assertThat(r.ok()).isTrue();
    var hits = web.hits("/busy");
    assertThat(hits).hasSize(2);
    assertThat(Duration.ofNanos(hits.get(1).startNanos() - hits.get(0).endNanos()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void leavesALongRetryAfterToTheSchedule() {
    web.route(
        "/maintenance",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "3600");
          LoopbackWeb.send(ex, 503, "text/plain", "maintenance".getBytes(UTF_8));
        });
    FetchResult r = fetcher.fetch(web.url("/maintenance"));
    assertThat(r.error()).isEqualTo(FetchError.HTTP_SERVER_ERROR);
    assertThat(r.retryAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(web.hits("/maintenance")).hasSize(1);
  }

  @Test
  void timesOutAServerThatNeverAnswers() {
    web.route("/hang", ex -> Thread.sleep(30_000));
    FetchResult r = fetcher.fetch(web.url("/hang"));
    assertThat(r.error()).isEqualTo(FetchError.TIMEOUT);
    assertThat(r.attempts()).isEqualTo(3);
  }

  @Test
  void timesOutABodyThatDripsForever() {
    web.route(
        "/drip",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          for (int i = 0; i < 600; i++) {
            out.write('x');
            out.flush();
            Thread.sleep(100);
          }
        });
    FetchResult r = fetcher.fetch(web.url("/drip"));
    assertThat(r.error()).isEqualTo(FetchError.TIMEOUT);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void reportsConnectionsRefused() {
    String base = web.base();
    web.close();
    FetchResult r = fetcher.fetch(java.net.URI.create(base + "/gone"));
    assertThat(r.error()).isIn(FetchError.CONNECT, FetchError.IO);
    assertThat(r.status()).isZero();
  }

  @Test
  void refusesAnUnknownContentEncoding() {
    web.route("/br", ex -> encoded(ex, "br", new byte[] {1, 2, 3}));
    FetchResult r = fetcher.fetch(web.url("/br"));
    assertThat(r.error()).isEqualTo(FetchError.BODY_DECODE);
  }

  @Test
  void backoffGrowsExponentiallyWithJitter() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      long cap = 20L << (attempt - 1);
      for (int i = 0; i < 50; i++) {
        assertThat(fetcher.backoff(attempt).toMillis()).isBetween(1L, cap + 1);
      }
    }
  }

  @Test
  void readsRetryAfterInBothForms() {
    assertThat(Fetcher.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
    assertThat(Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(Fetcher.retryAfter("soon")).isNull();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Location", to);
    LoopbackWeb.send(ex, 301, null, new byte[0]);
  }

  private static void encoded(com.sun.net.httpserver.HttpExchange ex, String enc, byte[] body)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Content-Encoding", enc);
    LoopbackWeb.send(ex, 200, "text/html; charset=utf-8", body);
  }

  static byte[] gzip(byte[] data) throws java.io.IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bos)) {
      out.write(data);
    }
    return bos.toByteArray();
  }

  private static byte[] deflate(byte[] data) throws java.io.IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(bos)) {
      out.write(data);
    }
    return bos.toByteArray();
  }
}
