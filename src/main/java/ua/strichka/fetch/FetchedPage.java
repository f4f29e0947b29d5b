package ua.strichka.fetch;

/**
 * An article page as fetched.
 *
 * @param crawlUrlId its frontier row
 * @param canonicalUrl canonical form of the address it was finally served from
 * @param feedMeta JSON of what the feed, sitemap or section page said about it, or null
 */
public record FetchedPage(
    long crawlUrlId, Long outletId, String canonicalUrl, FetchResult result, String feedMeta) {}
