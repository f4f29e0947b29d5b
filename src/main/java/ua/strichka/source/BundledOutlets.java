package ua.strichka.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real Ukrainian outlets shipped with Strichka ({@code outlets/ukraine.yaml}). */
public final class BundledOutlets {
  static final String RESOURCE = "/outlets/ukraine.yaml";

  /** One entry of the YAML list. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  record Entry(
      String slug,
      String name,
      String home,
      String language,
      String region,
      List<String> feeds,
      List<String> sitemaps,
      List<String> sections,
      String articlePattern) {}

  /** A bundled outlet with the region it covers ({@code national} or a city). */
  public record Bundled(Outlet outlet, String region) {}

  private BundledOutlets() {}

  public static List<Bundled> load() {
    try (InputStream in = BundledOutlets.class.getResourceAsStream(RESOURCE)) {
      List<Entry> entries =
          new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Entry>>() {});
      List<Bundled> out = new ArrayList<>();
      for (Entry e : entries) {
        List<Source> sources = new ArrayList<>();
        add(sources, SourceKind.FEED, e.feeds());
        add(sources, SourceKind.SITEMAP, e.sitemaps());
        add(sources, SourceKind.SECTION, e.sections());
        out.add(
            new Bundled(
                new Outlet(
                    e.slug(), e.name(), e.home(), e.language(), null, sources, e.articlePattern()),
                e.region()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("bundled " + RESOURCE + " unreadable", e);
    }
  }

  private static void add(List<Source> sources, SourceKind kind, List<String> urls) {
    if (urls != null) urls.forEach(u -> sources.add(new Source(kind, u)));
  }
}
