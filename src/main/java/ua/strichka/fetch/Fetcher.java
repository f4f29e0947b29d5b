package ua.strichka.fetch;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import ua.strichka.source.PageLoader;

/**
 * Fetches pages politely and defensively: robots.txt, per-host turns ({@link HostQueue}), a global
 * limit on requests in flight, the SSRF guard on every hop, redirects followed by hand (at most
 * {@code fetch.max-redirects}, loops detected), conditional GET, gzip/deflate with a cap on the
 * decoded size, connect/read/total timeouts, and retries with exponential backoff and full jitter
 * for 5xx and timeouts, honouring Retry-After on 429/503.
 *
 * <p>Thread-safe; meant to be called from many virtual threads at once. Never throws for anything
 * the network or a server does: every outcome is a {@link FetchResult}.
 */
public final class Fetcher implements AutoCloseable {
  private final FetchSettings settings;
  private final HttpClient client;
  private final HostQueue hosts = new HostQueue();
  private final Semaphore inFlight;
  private final SsrfGuard guard;
  private final Robots robots;
  private final FetchMetrics metrics;
  private final ScheduledExecutorService watchdog;

  public Fetcher(FetchSettings settings, MeterRegistry registry) {
    this(settings, registry, Clock.systemUTC());
  }

  Fetcher(FetchSettings settings, MeterRegistry registry, Clock clock) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    this.inFlight = new Semaphore(settings.concurrency(), true);
    this.guard = new SsrfGuard(settings.allowPrivate(), settings.allowPrivateAddresses());
    this.robots =
        new Robots(
            url -> fetch(url, Validators.NONE, false),
            settings.robotsTtl(),
            settings.robotsAgent(),
            clock);
    this.metrics = new FetchMetrics(registry, hosts, inFlight, settings.concurrency());
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("fetch-watchdog").factory());
  }

  /** Fetches {@code url} unconditionally. */
  public FetchResult fetch(URI url) {
    return fetch(url, Validators.NONE, true);
  }

  /** Fetches {@code url}, sending the validators of the copy we hold (304 when unchanged). */
  public FetchResult fetch(URI url, Validators validators) {
    return fetch(url, validators, true);
  }

  /** This fetcher as the source stage's page loader (for discovery): 2xx pages only. */
  public PageLoader pageLoader() {
    return url -> {
      URI uri;
      try {
        uri = URI.create(url.strip().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      FetchResult r = fetch(uri);
      return r.ok() && !r.truncated()
          ? Optional.of(
              new PageLoader.Page(
                  r.finalUrl().toString(), r.contentType().orElse(null), r.body(), r.text()))
          : Optional.empty();
    };
  }

  public Robots robots() {
    return robots;
  }

  public HostQueue hosts() {
    return hosts;
  }

  /**
   * The least time between two requests to {@code host} as this fetcher keeps it: the configured
   * delay, or the Crawl-delay its robots.txt named on the latest request, whichever is longer.
   */
  public Duration delayFor(String host) {
    Duration last = hosts.lastDelay(host);
    return last.compareTo(settings.hostDelay()) > 0 ? last : settings.hostDelay();
  }

  private FetchResult fetch(URI url, Validators validators, boolean obeyRobots) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    FetchResult last;
    int attempt = 0;
    while (true) {
      attempt++;
      last = followRedirects(url, validators, obeyRobots);
      if (last.error() == null
          || !last.error().transientFailure()
          || attempt > settings.retries()) {
        break;
      }
      Duration wait = backoff(attempt);
      if (last.retryAfter() != null) {
        if (last.retryAfter().compareTo(settings.maxRetryAfter()) > 0) break;
        wait = last.retryAfter();
      }
      if (!sleep(wait)) break;
    }
    return last.asFetchOf(url, started, Duration.ofNanos(System.nanoTime() - t0), attempt);
  }

  /** Exponential backoff with full jitter: uniformly in [0, base·2^(attempt-1)], at least 1 ms. */
  Duration backoff(int attempt) {
    long cap = settings.retryBaseDelay().toMillis() << Math.min(attempt - 1, 16);
    return Duration.ofMillis(1 + ThreadLocalRandom.current().nextLong(Math.max(1, cap)));
  }

  private FetchResult followRedirects(URI url, Validators validators, boolean obeyRobots) {
    URI current = url;
    Set<String> seen = new HashSet<>();
    seen.add(current.toString());
    int redirects = 0;
    while (true) {
      FetchResult hop =
          request(url, current, redirects == 0 ? validators : Validators.NONE, obeyRobots);
      hop = hop.afterRedirects(redirects);
      Optional<String> location = hop.header("location");
      if (hop.error() != null
          || hop.status() < 300
          || hop.status() > 399
          || hop.status() == 304
          || location.isEmpty()) {
        return hop;
      }
      URI next;
      try {
        next = current.resolve(URI.create(location.get().strip().replace(" ", "%20")));
      } catch (IllegalArgumentException e) {
        return hop.failedAs(FetchError.BAD_URL, "bad redirect Location: " + location.get());
      }
      if (redirects >= settings.maxRedirects()) {
        return hop.failedAs(
            FetchError.TOO_MANY_REDIRECTS,
            "more than " + settings.maxRedirects() + " redirects, last to " + next);
      }
      if (!seen.add(next.toString())) {
        return hop.failedAs(FetchError.REDIRECT_LOOP, "redirect loop back to " + next);
      }
      current = next;
      redirects++;
    }
  }

  private FetchResult request(URI original, URI url, Validators validators, boolean obeyRobots) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      return FetchResult.failure(
          original,
          url,
          started,
          Duration.ZERO,
          FetchError.BAD_URL,
          "not a fetchable http(s) URL: " + url);
    }
    // The guard first: not even robots.txt is requested from a forbidden address.
    try {
      guard.vet(url.getHost());
    } catch (SsrfGuard.RefusedAddressException e) {
      return FetchResult.failure(
          original, url, started, Duration.ZERO, FetchError.REFUSED_ADDRESS, e.getMessage());
    } catch (UnknownHostException e) {
      return FetchResult.failure(
          original, url, started, elapsed(t0), FetchError.DNS, "unknown host " + url.getHost());
    }
    Duration delay = settings.hostDelay();
    if (obeyRobots && !Robots.isRobotsUrl(url)) {
      Robots.Rules rules = robots.rulesFor(url);
      if (rules.failure() != null) {
        // robots.txt could not be read: nothing may be fetched (RFC 9309), but the page's outcome
        // is the site's failure, which is transient, not a disallow
        return FetchResult.failure(
            original,
            url,
            started,
            Duration.ZERO,
            rules.failure(),
            "robots.txt unavailable, site not crawled until it is readable");
      }
      if (!rules.allowed(url.toString())) {
        return FetchResult.failure(
            original,
            url,
            started,
            Duration.ZERO,
            FetchError.ROBOTS_DISALLOWED,
            "robots.txt disallows " + url.getRawPath());
      }
      Optional<Duration> crawlDelay = rules.crawlDelay();
      if (crawlDelay.isPresent()) {
        Duration d = min(crawlDelay.get(), settings.maxCrawlDelay());
        if (d.compareTo(delay) > 0) delay = d;
      }
    }
    try {
      FetchResult r =
          hosts.run(
              url.getHost(),
              delay,
              () -> {
                inFlight.acquire();
                try {
                  return send(original, url, validators);
                } finally {
                  inFlight.release();
                }
              });
      metrics.record(r);
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failure(original, url, started, elapsed(t0), FetchError.IO, "interrupted");
    } catch (Exception e) {
      return FetchResult.failure(
          original, url, started, elapsed(t0), FetchError.IO, String.valueOf(e));
    }
  }

  private FetchResult send(URI original, URI url, Validators validators)
      throws InterruptedException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Accept-Encoding", "gzip, deflate")
            .header("Accept-Language", "uk,ru;q=0.8,en;q=0.5");
    if ("http".equalsIgnoreCase(url.getScheme())) rb.version(HttpClient.Version.HTTP_1_1);
    if (validators.etag() != null) rb.header("If-None-Match", validators.etag());
    if (validators.lastModified() != null)
      rb.header("If-Modified-Since", validators.lastModified());
    Deadline deadline = new Deadline(Thread.currentThread());
    ScheduledFuture<?> alarm =
        watchdog.schedule(
            deadline::expire, settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      HttpResponse<InputStream> response =
          client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
      deadline.watch(response.body());
      int status = response.statusCode();
      Map<String, java.util.List<String>> headers = response.headers().map();
      BodyReader.Body body;
      if (status == 304 || (status >= 300 && status < 400)) {
        response.body().close();
        body = new BodyReader.Body(new byte[0], false, null, null);
      } else {
        body =
            BodyReader.read(
                response.body(),
                response.headers().firstValue("content-encoding").orElse(null),
                settings.maxBodyBytes());
      }
      FetchError error = body.error();
      String detail = body.detail();
      if (deadline.expired()) {
        error = FetchError.TIMEOUT;
        detail = "no complete response within " + settings.totalTimeout();
      } else if (error == null) {
        error = statusError(status);
        detail = error == null ? null : "HTTP " + status;
      }
      Duration retryAfter =
          status == 429 || status == 503
              ? retryAfter(response.headers().firstValue("retry-after").orElse(null))
              : null;
      return new FetchResult(
          original,
          url,
          status,
          headers,
          body.bytes(),
          body.truncated(),
          started,
          elapsed(t0),
          1,
          0,
          error,
          detail,
          retryAfter);
    } catch (HttpConnectTimeoutException e) {
      return fail(original, url, started, t0, FetchError.TIMEOUT, "connect timeout");
    } catch (HttpTimeoutException e) {
      return fail(
          original,
          url,
          started,
          t0,
          FetchError.TIMEOUT,
          "no response headers within " + settings.readTimeout());
    } catch (ConnectException e) {
      return fail(original, url, started, t0, FetchError.CONNECT, "connection refused");
    } catch (InterruptedException | InterruptedIOException e) {
      if (!deadline.expired()) throw new InterruptedException("fetch interrupted");
      return fail(
          original,
          url,
          started,
          t0,
          FetchError.TIMEOUT,
          "no complete response within " + settings.totalTimeout());
    } catch (IOException e) {
      if (deadline.expired()) {
        return fail(
            original,
            url,
            started,
            t0,
            FetchError.TIMEOUT,
            "no complete response within " + settings.totalTimeout());
      }
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ConnectException) {
          return fail(original, url, started, t0, FetchError.CONNECT, "connection refused");
        }
      }
      return fail(original, url, started, t0, FetchError.IO, String.valueOf(e));
    } finally {
      alarm.cancel(false);
      deadline.finish();
    }
  }

  static FetchError statusError(int status) {
    if (status == 429) return FetchError.RATE_LIMITED;
    if (status >= 500) return FetchError.HTTP_SERVER_ERROR;
    if (status >= 400) return FetchError.HTTP_CLIENT_ERROR;
    return null;
  }

  /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      try {
        Instant at =
            java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        Duration d = Duration.between(Instant.now(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (java.time.format.DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static FetchResult fail(
      URI original, URI url, Instant started, long t0, FetchError error, String detail) {
    return FetchResult.failure(original, url, started, elapsed(t0), error, detail);
  }

  private static Duration elapsed(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close();
  }

  /**
   * The total timeout of one request: when it fires, the body stream is closed and the fetching
   * thread interrupted, which ends a blocked send or read. It never touches the thread after the
   * request finished: {@link #finish} and {@link #expire} exclude each other.
   */
  private static final class Deadline {
    private final Thread thread;
    private InputStream body;
    private boolean finished;
    private boolean expired;

    Deadline(Thread thread) {
      this.thread = thread;
    }

    synchronized void watch(InputStream body) {
      this.body = body;
      if (expired) closeQuietly(body);
    }

    synchronized void expire() {
      if (finished) return;
      expired = true;
      if (body != null) closeQuietly(body);
      thread.interrupt();
    }

    synchronized boolean expired() {
      return expired;
    }

    synchronized void finish() {
      finished = true;
      if (expired) Thread.interrupted(); // the interrupt was ours, not the caller's
    }

    private static void closeQuietly(InputStream in) {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing is how we abort; a failure to close changes nothing
      }
    }
  }
}
