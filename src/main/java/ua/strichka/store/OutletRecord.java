package ua.strichka.store;

import java.time.Instant;

/**
 * An outlet as stored: who publishes, where its home page is, how much its coverage weighs and
 * whether its full text may be shown.
 *
 * @param id null until stored
 * @param rules per-outlet extraction rules and section-label mapping as JSON, or null
 */
public record OutletRecord(
    Long id,
    String slug,
    String name,
    String homeUrl,
    String language,
    String defaultSection,
    double weight,
    boolean fullTextAllowed,
    String rules,
    String faviconUrl,
    boolean paused,
    Instant createdAt) {

  /** A new outlet with the usual defaults. */
  public static OutletRecord of(String slug, String name, String homeUrl) {
    return new OutletRecord(
        null, slug, name, homeUrl, null, null, 0.5, false, null, null, false, Instant.now());
  }
}
