package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

/** Per-host politeness and robots.txt, observed from the server's side. */
class PolitenessTest {
  @Test
  void oneRequestAtATimePerHostWithTheDelayBetween() throws Exception {
    Duration delay = Duration.ofMillis(200);
    try (LoopbackWeb a = LoopbackWeb.on("127.0.0.1");
        LoopbackWeb b = LoopbackWeb.on("127.0.0.2");
        Fetcher fetcher = new Fetcher(TestFetch.withHostDelay(delay), new SimpleMeterRegistry());
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (LoopbackWeb w : List.of(a, b)) {
        for (int i = 0; i < 6; i++) w.page("/p" + i, "text/plain", "page " + i);
      }
      List<Future<FetchResult>> all = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        for (LoopbackWeb w : List.of(a, b)) {
          var url = w.url("/p" + i);
          all.add(pool.submit(() -> fetcher.fetch(url)));
        }
      }
      for (Future<FetchResult> f : all) assertThat(f.get().ok()).isTrue();
      for (LoopbackWeb w : List.of(a, b)) {
        assertThat(w.maxConcurrent()).as("requests in flight at " + w.host()).isEqualTo(1);
        assertGaps(w.hits(), delay);
      }
    }
  }

  @Test
  void honoursRobotsDisallowAndCrawlDelay() throws Exception {
    try (LoopbackWeb web =
            LoopbackWeb.start()
                .page(
                    "/robots.txt",
                    "text/plain",
                    "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n\n"
                        + "User-agent: StrichkaTest\nDisallow: /private/\nDisallow: /drafts\n"
                        + "Crawl-delay: 1\nSitemap: /sitemap.xml\n")
                .page("/private/x", "text/plain", "secret")
                .page("/drafts/y", "text/plain", "draft")
                .page("/news/1", "text/plain", "one")
                .page("/news/2", "text/plain", "two");
        Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry())) {
      assertThat(fetcher.fetch(web.url("/private/x")).error())
          .isEqualTo(FetchError.ROBOTS_DISALLOWED);
      assertThat(fetcher.fetch(web.url("/drafts/y")).error())
          .isEqualTo(FetchError.ROBOTS_DISALLOWED);
      assertThat(fetcher.fetch(web.url("/news/1")).ok()).isTrue();
      assertThat(fetcher.fetch(web.url("/news/2")).ok()).isTrue();
      assertThat(web.hits("/private/x")).isEmpty();
      assertThat(web.hits("/drafts/y")).isEmpty();
      assertThat(web.hits("/robots.txt")).as("robots.txt is cached").hasSize(1);
      assertGaps(web.hits(), Duration.ofSeconds(1));
      assertThat(fetcher.robots().rulesFor(web.url("/")).sitemaps())
          .containsExactly(web.base() + "/sitemap.xml");
    }
  }

  @Test
  void rereadsRobotsAfterTheTtlAndTreatsFailuresAsRfc9309Says() {
    MutableClock clock = new MutableClock();
    try (LoopbackWeb web = LoopbackWeb.start();
        Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry(), clock)) {
      // missing robots.txt (404): everything allowed
      assertThat(fetcher.robots().rulesFor(web.url("/a")).allowed(web.base() + "/a")).isTrue();
      // robots.txt appears; the cached rules hold until the TTL passes
      web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
      assertThat(fetcher.robots().rulesFor(web.url("/a")).allowed(web.base() + "/a")).isTrue();
      clock.advance(Duration.ofHours(2));
      assertThat(fetcher.robots().rulesFor(web.url("/a")).allowed(web.base() + "/a")).isFalse();
      // a server error on robots.txt disallows everything, for a short while only
      web.route("/robots.txt", ex -> LoopbackWeb.send(ex, 500, "text/plain", new byte[] {'x'}));
      clock.advance(Duration.ofHours(2));
      Robots.Rules rules = fetcher.robots().rulesFor(web.url("/a"));
      assertThat(rules.allowed(web.base() + "/a")).isFalse();
      assertThat(Duration.between(rules.readAt(), rules.expiresAt()))
          .isLessThanOrEqualTo(Duration.ofMinutes(10));
    }
  }

  private static void assertGaps(List<LoopbackWeb.Hit> hits, Duration delay) {
    List<LoopbackWeb.Hit> sorted =
        hits.stream().sorted((x, y) -> Long.compare(x.startNanos(), y.startNanos())).toList();
    for (int i = 1; i < sorted.size(); i++) {
      long gap = sorted.get(i).startNanos() - sorted.get(i - 1).endNanos();
      assertThat(Duration.ofNanos(gap))
          .as("gap before " + sorted.get(i).path())
          .isGreaterThanOrEqualTo(delay.minusMillis(5));
    }
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2025-04-09T04:00:00Z");

    void set(Instant t) {
      now = t;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
