package ua.strichka.fetch;

import java.time.Duration;
import ua.strichka.config.Config;
import ua.strichka.source.Schedule;

/**
 * The crawl loop's settings ({@code crawl.*}).
 *
 * @param sitemapChildren child sitemaps of an index followed, newest first
 * @param perHost URLs of one host claimed at a time: the host queue serves them one by one anyway,
 *     and a small number keeps one big site from filling every slot while its leases tick
 */
public record CrawlSettings(
    Schedule schedule,
    Duration lease,
    int batch,
    int perHost,
    int articleAttempts,
    int maxNewPerSource,
    int sitemapChildren) {

  public static CrawlSettings from(Config c) {
    return new CrawlSettings(
        Schedule.from(c),
        c.duration("crawl.lease"),
        Math.max(1, c.integer("crawl.batch")),
        4,
        Math.max(1, c.integer("crawl.article-attempts")),
        Math.max(1, c.integer("crawl.max-new-per-source")),
        c.integer("crawl.sitemap-children"));
  }
}
