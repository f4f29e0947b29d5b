package ua.strichka.classify;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outlets' own section labels mapped to the taxonomy: feed categories («Політика», «Экономика»,
 * «Sport»), URL path segments ({@code /ekonomika/}, {@code /world/}), breadcrumbs («Новини ›
 * Суспільство»), the section of a «Джерело: … (Політика)» credit. The bundled defaults ({@code
 * /classify/section-labels.tsv}) know the common Ukrainian, Russian and English names and their
 * transliterations; per-outlet overrides come from the configuration ({@code
 * classify.section-labels}).
 */
public final class SectionLabels {
  static final String RESOURCE = "/classify/section-labels.tsv";

  private static final class Holder {
    static final SectionLabels DEFAULTS = new SectionLabels(load(), Map.of());
  }

  private final Map<String, Section> labels;
  private final Map<String, Map<String, Section>> byHost;

  private SectionLabels(Map<String, Section> labels, Map<String, Map<String, Section>> byHost) {
    this.labels = labels;
    this.byHost = byHost;
  }

  /** The bundled defaults. */
  public static SectionLabels defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * The defaults with overrides, each {@code LABEL=SECTION} (every outlet) or {@code HOST
   * LABEL=SECTION} (one outlet, e.g. {@code zaxid.net novyny-lvova=society}).
   *
   * @throws IllegalArgumentException naming the entry that is not of that form or names no section
   */
  public static SectionLabels withOverrides(List<String> entries) {
    Map<String, Section> labels = new HashMap<>(defaults().labels);
    Map<String, Map<String, Section>> byHost = new HashMap<>();
    for (String entry : entries) {
      int eq = entry.lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "section label '" + entry + "': expected LABEL=SECTION or HOST LABEL=SECTION");
      }
      String left = entry.substring(0, eq).strip();
      String slug = entry.substring(eq + 1).strip();
      Section section =
          Section.bySlug(slug)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "section label '" + entry + "': no section '" + slug + "'"));
      int space = left.indexOf(' ');
      if (space > 0 && left.substring(0, space).contains(".")) {
        String host = host(left.substring(0, space));
        byHost
            .computeIfAbsent(host, h -> new HashMap<>())
            .put(normalise(left.substring(space + 1)), section);
      } else {
        labels.put(normalise(left), section);
      }
    }
    return new SectionLabels(Map.copyOf(labels), Map.copyOf(byHost));
  }

  /** The section a label names, for any outlet. */
  public Optional<Section> section(String label) {
    return section(null, label);
  }

  /**
   * The section an outlet's label names: the outlet's own mapping first, then the defaults; the
   * whole label first, then its parts from the most specific («Новини › Політика» → політика).
   */
  public Optional<Section> section(String host, String label) {
    if (label == null || label.isBlank()) return Optional.empty();
    Map<String, Section> own = host == null ? Map.of() : byHost.getOrDefault(host(host), Map.of());
    String whole = normalise(label);
    Section s = own.getOrDefault(whole, labels.get(whole));
    if (s != null) return Optional.of(s);
    String[] parts = whole.split("\\s*[›>»/|·•:,;()]+\\s*");
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = parts[i].strip();
      if (p.isEmpty()) continue;
      s = own.getOrDefault(p, labels.get(p));
      if (s != null) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The section a page's URL path names ({@code /ua/ekonomika/2025/…}), if a segment does. */
  public Optional<Section> fromUrl(String url) {
    if (url == null || url.isBlank()) return Optional.empty();
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String host = uri.getHost();
    String path = uri.getPath();
    if (path == null) return Optional.empty();
    String[] segments = path.split("/");
    // the last segment is the article's own slug unless the path ends with a slash
    int last = path.endsWith("/") ? segments.length : segments.length - 1;
    for (int i = 0; i < last; i++) {
      if (segments[i].isEmpty()) continue;
      Optional<Section> s = section(host, segments[i]);
      if (s.isPresent()) return s;
    }
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          Optional<Section> s = section(host, pair.substring(eq + 1));
          if (s.isPresent()) return s;
        }
      }
    }
    return Optional.empty();
  }

  /** Lower case, one apostrophe, hyphens and underscores as spaces, «ё» as «е». */
  static String normalise(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    s = s.replaceAll("[’ʼ‘`´]", "'").replaceAll("[-_‐–]+", " ").replaceAll("\\s+", " ");
    return s.strip();
  }

  private static String host(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static Map<String, Section> load() {
    Map<String, Section> out = new HashMap<>();
    String shape = "LABEL\tSECTION";
    for (TabTable.Row row : TabTable.read(RESOURCE, shape)) {
      Section s =
          Section.bySlug(row.get(1)).orElseThrow(() -> TabTable.bad(RESOURCE, row.line(), shape));
      for (String label : row.get(0).split("\\|")) out.put(normalise(label), s);
    }
    return Map.copyOf(out);
  }
}
