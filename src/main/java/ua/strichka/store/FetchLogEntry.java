package ua.strichka.store;

import java.time.Instant;

/**
 * One fetch attempt as recorded in the fetch log.
 *
 * @param status HTTP status, null when no response came
 * @param errorClass why it failed ({@code timeout}, {@code http-server-error}, …), null on success
 */
public record FetchLogEntry(
    String url,
    Long outletId,
    Integer status,
    long bytes,
    long durationMs,
    String errorClass,
    Instant fetchedAt) {}
