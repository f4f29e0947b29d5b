package ua.strichka.testing;

import java.time.Duration;
import java.util.List;
import ua.strichka.fetch.FetchSettings;

/** Fetch settings for tests: loopback 127.0.0.1–127.0.0.20 allowed, short delays and timeouts. */
public final class TestFetch {
  public static final List<String> LOOPBACK =
      java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "127.0.0." + i).toList();

  private TestFetch() {}

  public static FetchSettings settings() {
    return new FetchSettings(
        "StrichkaTest/1.0 (+https://example.org/strichka)",
        false,
        LOOPBACK,
        8,
        Duration.ZERO,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        1_000_000,
        5,
        2,
        Duration.ofMillis(20),
        Duration.ofSeconds(3),
        Duration.ofHours(1),
        Duration.ofSeconds(60));
  }

  /** {@link #settings()} with another per-host delay. */
  public static FetchSettings withHostDelay(Duration delay) {
    FetchSettings s = settings();
    return new FetchSettings(
        s.userAgent(),
        s.allowPrivate(),
        s.allowPrivateAddresses(),
        s.concurrency(),
        delay,
        s.connectTimeout(),
        s.readTimeout(),
        s.totalTimeout(),
        s.maxBodyBytes(),
        s.maxRedirects(),
        s.retries(),
        s.retryBaseDelay(),
        s.maxRetryAfter(),
        s.robotsTtl(),
        s.maxCrawlDelay());
  }
}
