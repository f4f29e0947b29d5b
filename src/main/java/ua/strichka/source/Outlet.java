package ua.strichka.source;

import java.util.List;

/**
 * A news outlet as the crawler knows it.
 *
 * @param language ISO 639-1 code of its main edition ({@code uk}, {@code ru}, {@code en}) or null
 * @param articlePattern a regular expression an article URL of this outlet matches, used on section
 *     pages; null to learn it from the URLs its feeds list
 */
public record Outlet(
    String slug,
    String name,
    String homeUrl,
    String language,
    String faviconUrl,
    List<Source> sources,
    String articlePattern) {

  public Outlet {
    sources = List.copyOf(sources);
  }

  public Outlet withSources(List<Source> newSources) {
    return new Outlet(slug, name, homeUrl, language, faviconUrl, newSources, articlePattern);
  }
}
