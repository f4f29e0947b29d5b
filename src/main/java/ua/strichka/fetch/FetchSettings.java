package ua.strichka.fetch;

import java.time.Duration;
import ua.strichka.config.Config;

/**
 * The fetcher's limits and manners, from the {@code fetch.*} configuration keys.
 *
 * @param readTimeout how long to wait for the response headers
 * @param totalTimeout the most one request may take, body included (a server dripping bytes is cut)
 * @param retries extra attempts after a 5xx, 429 or timeout
 * @param maxRetryAfter the longest Retry-After waited for in place; longer ones end the fetch and
 *     are left to the crawl schedule
 * @param maxCrawlDelay robots.txt Crawl-delay is honoured up to this
 */
public record FetchSettings(
    String userAgent,
    boolean allowPrivate,
    java.util.List<String> allowPrivateAddresses,
    int concurrency,
    Duration hostDelay,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int retries,
    Duration retryBaseDelay,
    Duration maxRetryAfter,
    Duration robotsTtl,
    Duration maxCrawlDelay) {

  public static FetchSettings from(Config c) {
    return new FetchSettings(
        c.string("fetch.user-agent"),
        c.bool("fetch.allow-private"),
        c.list("fetch.allow-private-addresses"),
        c.integer("fetch.concurrency"),
        c.duration("fetch.host-delay"),
        c.duration("fetch.connect-timeout"),
        c.duration("fetch.read-timeout"),
        c.duration("fetch.total-timeout"),
        c.longValue("fetch.max-body-bytes"),
        c.integer("fetch.max-redirects"),
        c.integer("fetch.retries"),
        c.duration("fetch.retry-base-delay"),
        c.duration("fetch.max-retry-after"),
        c.duration("fetch.robots-ttl"),
        c.duration("fetch.max-crawl-delay"));
  }

  /** The product name of the User-Agent, the token robots.txt groups are matched against. */
  String robotsAgent() {
    String first = userAgent.split("[/\\s]", 2)[0];
    return first.isBlank() ? "strichka" : first.toLowerCase(java.util.Locale.ROOT);
  }
}
