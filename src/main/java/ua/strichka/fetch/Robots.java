package ua.strichka.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt per site (scheme, host and port), parsed by crawler-commons and cached for {@code
 * fetch.robots-ttl}.
 *
 * <p>As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
 * fetched (5xx, network failure) disallows everything until the next try, which comes sooner (after
 * at most 10 minutes) so a passing outage does not stop an outlet for the whole TTL.
 */
public final class Robots {
  private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);

  private final Function<URI, FetchResult> fetch;
  private final Duration ttl;
  private final String agent;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

  /** One site's rules, and the time they were read. */
  /**
   * One site's rules.
   *
   * @param failure why robots.txt could not be read (everything is disallowed meanwhile), or null
   */
  public record Rules(BaseRobotRules rules, Instant readAt, Instant expiresAt, FetchError failure) {
    public boolean allowed(String url) {
      return rules.isAllowed(url);
    }

    /** The site's Crawl-delay, when it names one. */
    public Optional<Duration> crawlDelay() {
      long ms = rules.getCrawlDelay();
      return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0
          ? Optional.empty()
          : Optional.of(Duration.ofMillis(ms));
    }

    public List<String> sitemaps() {
      return rules.getSitemaps();
    }
  }

  private record Entry(Rules rules) {}

  Robots(Function<URI, FetchResult> fetch, Duration ttl, String agent, Clock clock) {
    this.fetch = fetch;
    this.ttl = ttl;
    this.agent = agent;
    this.clock = clock;
  }

  /** The rules of {@code url}'s site, read or re-read when the cached copy expired. */
  public Rules rulesFor(URI url) {
    String site = site(url);
    Entry e = cache.get(site);
    Instant now = clock.instant();
    if (e != null && now.isBefore(e.rules.expiresAt())) return e.rules;
    // Two fetches of one site's robots.txt racing here is harmless: the host queue serialises them
    // and the second answer simply replaces the first.
    Rules rules = read(URI.create(site + "/robots.txt"), now);
    cache.put(site, new Entry(rules));
    return rules;
  }

  /** Parses a robots.txt body as served for {@code robotsUrl}. */
  Rules parse(URI robotsUrl, byte[] body, String contentType, Instant now) {
    BaseRobotRules rules =
        parser.parseContent(
            robotsUrl.toString(),
            body,
            contentType == null ? "text/plain" : contentType,
            List.of(agent));
    return new Rules(rules, now, now.plus(ttl), null);
  }

  private Rules read(URI robotsUrl, Instant now) {
    FetchResult r = fetch.apply(robotsUrl);
    if (r.ok()) {
      return parse(r.finalUrl(), r.body(), r.contentType().orElse(null), now);
    }
    if (r.status() >= 400 && r.status() < 500 && r.status() != 429) {
      return new Rules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), now, now.plus(ttl), null);
    }
    Duration retry = ttl.compareTo(RETRY_UNREACHABLE) < 0 ? ttl : RETRY_UNREACHABLE;
    FetchError why = r.error() == null ? FetchError.HTTP_SERVER_ERROR : r.error();
    return new Rules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), now, now.plus(retry), why);
  }

  static String site(URI url) {
    String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme
        + "://"
        + url.getHost().toLowerCase(java.util.Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }

  static boolean isRobotsUrl(URI url) {
    return "/robots.txt".equals(url.getRawPath());
  }
}
