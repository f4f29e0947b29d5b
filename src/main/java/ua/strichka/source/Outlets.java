package ua.strichka.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;

/**
 * The outlets Strichka crawls, as stored: saving one registers its sources in the crawl frontier
 * (due at once when new); its article URL pattern lives in the outlet's rules JSON.
 */
public final class Outlets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Store store;

  public Outlets(Store store) {
    this.store = store;
  }

  /**
   * Stores the outlet and its sources. An outlet already stored under the slug keeps what an
   * operator set (weight, full-text permission, pause, other rules) and gains any new sources.
   * Returns its id.
   */
  public long save(Outlet o, Instant now) {
    return store.inTransaction(
        tx -> {
          Optional<OutletRecord> existing = tx.outlets().bySlug(o.slug());
          OutletRecord base = existing.orElse(OutletRecord.of(o.slug(), o.name(), o.homeUrl()));
          OutletRecord record =
              new OutletRecord(
                  base.id(),
                  o.slug(),
                  o.name(),
                  o.homeUrl(),
                  o.language() != null ? o.language() : base.language(),
                  base.defaultSection(),
                  base.weight(),
                  base.fullTextAllowed(),
                  withPattern(base.rules(), o.articlePattern()),
                  o.faviconUrl() != null ? o.faviconUrl() : base.faviconUrl(),
                  base.paused(),
                  existing.isPresent() ? base.createdAt() : now);
          long id = tx.outlets().upsert(record);
          for (Source s : o.sources()) {
            tx.crawl().addSource(id, s.kind().code(), s.url(), host(s.url()), now);
          }
          return id;
        });
  }

  /** Every stored outlet with its sources, by name. */
  public List<Outlet> all() {
    List<Outlet> out = new ArrayList<>();
    for (OutletRecord r : store.outlets().all()) out.add(outlet(r));
    return out;
  }

  public Optional<Outlet> bySlug(String slug) {
    return store.outlets().bySlug(slug).map(this::outlet);
  }

  /** Stores the bundled outlets when the store has none yet; returns how many were added. */
  public int seedBundledIfEmpty(Instant now) {
    if (!store.outlets().all().isEmpty()) return 0;
    List<BundledOutlets.Bundled> bundled = BundledOutlets.load();
    bundled.forEach(b -> save(b.outlet(), now));
    return bundled.size();
  }

  private Outlet outlet(OutletRecord r) {
    List<Source> sources = new ArrayList<>();
    for (Map.Entry<String, String> e : store.crawl().sources(r.id())) {
      sources.add(new Source(SourceKind.ofCode(e.getKey()), e.getValue()));
    }
    return new Outlet(
        r.slug(),
        r.name(),
        r.homeUrl(),
        r.language(),
        r.faviconUrl(),
        sources,
        articlePattern(r.rules()));
  }

  /** The outlet's configured article URL pattern from its rules JSON, or null. */
  public static String articlePattern(String rulesJson) {
    if (rulesJson == null || rulesJson.isBlank()) return null;
    try {
      var node = JSON.readTree(rulesJson).get("articlePattern");
      return node == null || node.isNull() ? null : node.asText();
    } catch (IOException e) {
      return null;
    }
  }

  private static String withPattern(String rulesJson, String pattern) {
    if (pattern == null) return rulesJson;
    ObjectNode rules;
    try {
      rules =
          rulesJson == null || rulesJson.isBlank()
              ? JSON.createObjectNode()
              : (ObjectNode) JSON.readTree(rulesJson);
    } catch (IOException | ClassCastException e) {
      rules = JSON.createObjectNode();
    }
    rules.put("articlePattern", pattern);
    return rules.toString();
  }

  /** The host part of {@code url}, lower-cased: the key of per-host politeness. */
  public static String host(String url) {
    String h = URI.create(url.strip().replace(" ", "%20")).getHost();
    if (h == null) throw new IllegalArgumentException("no host in " + url);
    return h.toLowerCase(Locale.ROOT);
  }
}
