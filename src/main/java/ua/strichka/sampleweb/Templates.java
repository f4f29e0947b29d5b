package ua.strichka.sampleweb;

import java.util.Map;
import java.util.Set;

/** The template kinds of {@code outlets.yaml} and the class that renders each. */
final class Templates {
  private static final Map<String, Template> BY_KIND =
      Map.of(
          "wordpress", new WordpressTemplate(),
          "jsonld", new JsonLdTemplate(),
          "legacy-cp1251", new LegacyTemplate(),
          "aggregator", new AggregatorTemplate(),
          "cluttered", new ClutteredTemplate(),
          "paginated", new PaginatedTemplate(),
          "amp", new AmpTemplate(),
          "textdates", new TextDatesTemplate());

  static final Set<String> KINDS = BY_KIND.keySet();

  private Templates() {}

  static Template of(String kind) {
    Template t = BY_KIND.get(kind);
    if (t == null) throw new IllegalArgumentException("unknown template " + kind);
    return t;
  }
}
