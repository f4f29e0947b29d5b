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

  /** The same outlet, paused (no longer fetched) or resumed. */
  public OutletRecord withPaused(boolean paused) {
    return copy(rules, paused);
  }

  /** The same outlet with other extraction rules (JSON, or null for none). */
  public OutletRecord withRules(String rules) {
    return copy(rules, paused);
  }

  private OutletRecord copy(String rules, boolean paused) {
    return new OutletRecord(
        id,
        slug,
        name,
        homeUrl,
        language,
        defaultSection,
        weight,
        fullTextAllowed,
        rules,
        faviconUrl,
        paused,
        createdAt);
  }
}
