package ua.strichka.store;

import java.time.Instant;

/** A fetched article page waiting for (or read by) the extraction stage. */
public record RawPage(
    Long id,
    long crawlUrlId,
    Long outletId,
    String url,
    int status,
    String contentType,
    byte[] body,
    boolean truncated,
    String feedMeta,
    Instant fetchedAt) {}
