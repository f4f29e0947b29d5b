package ua.strichka.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.extract.ExtractionRules;
import ua.strichka.extract.Extractor;
import ua.strichka.store.OutletRecord;

/**
 * The extractor for each outlet's pages: the generic one, or one that applies the selectors the
 * operator stored in the outlet's rules (through the admin API) where the generic extractor fails
 * that outlet. An outlet's record is read again once {@link #FRESH} has passed, so new rules take
 * effect on the pages crawled after it without a restart. Rules that do not parse are reported once
 * per reading and the generic extractor reads the outlet's pages: a typo in a selector must not
 * stop an outlet's news.
 */
final class OutletExtractors {
  private static final Logger LOG = LoggerFactory.getLogger(OutletExtractors.class);

  /** How long an outlet's rules are used before its record is read again. */
  static final Duration FRESH = Duration.ofMinutes(1);

  private final long freshNanos;

  private final Extractor generic = new Extractor();
  private final Function<Long, Optional<OutletRecord>> byId;
  private final Map<Long, Known> known = new ConcurrentHashMap<>();

  private record Known(String rulesJson, Extractor extractor, long readAt) {}

  OutletExtractors(Function<Long, Optional<OutletRecord>> byId) {
    this(byId, FRESH);
  }

  OutletExtractors(Function<Long, Optional<OutletRecord>> byId, Duration fresh) {
    this.byId = byId;
    this.freshNanos = fresh.toNanos();
  }

  /** The extractor for outlet {@code id}'s pages; the generic one for an unknown outlet. */
  Extractor of(Long id) {
    if (id == null) return generic;
    long now = System.nanoTime();
    Known k = known.get(id);
    if (k != null && now - k.readAt() < freshNanos) return k.extractor();
    Optional<OutletRecord> outlet = byId.apply(id);
    String json = outlet.map(OutletRecord::rules).orElse(null);
    Extractor extractor =
        k != null && Objects.equals(k.rulesJson(), json)
            ? k.extractor()
            : extractor(json, outlet.map(OutletRecord::slug).orElse("#" + id));
    known.put(id, new Known(json, extractor, now));
    return extractor;
  }

  private Extractor extractor(String rulesJson, String slug) {
    try {
      ExtractionRules rules = ExtractionRules.ofOutlet(rulesJson);
      return rules.forUrl(null).isPresent() ? new Extractor(rules) : generic;
    } catch (IllegalArgumentException e) {
      LOG.warn("outlet {}: its extraction rules are not used: {}", slug, e.getMessage());
      return generic;
    }
  }
}
