package ua.strichka.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sitemaps, Google News sitemaps and sitemap indexes through crawler-commons (lenient: outlets'
 * sitemaps often list URLs of other hosts or carry namespace mistakes).
 */
public final class SitemapReader {
  /** What a sitemap held: article entries, or (for an index) more sitemaps to read. */
  public record Sitemap(List<FeedItem> items, List<String> sitemaps) {}

  private SitemapReader() {}

  public static Sitemap parse(byte[] body, String contentType, String url)
      throws SourceFormatException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      URL u = URI.create(url).toURL();
      String type = contentType == null ? "application/xml" : contentType.split(";")[0].strip();
      try {
        map = parser.parseSiteMap(type, body, u);
      } catch (java.time.DateTimeException badDate) {
        map = parser.parseSiteMap(type, SitemapDates.withoutUnreadable(body), u);
      }
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new SourceFormatException("not a readable sitemap: " + FeedParser.firstLine(e), e);
    } catch (RuntimeException e) {
      throw new SourceFormatException("not a readable sitemap: " + e, e);
    }
    if (map instanceof SiteMapIndex index) {
      List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
      // newest first: a news outlet's current month is in its latest sitemap
      children.sort(
          Comparator.comparing(
                  (AbstractSiteMap m) ->
                      m.getLastModified() == null ? 0L : m.getLastModified().getTime())
              .reversed());
      return new Sitemap(List.of(), children.stream().map(m -> m.getUrl().toString()).toList());
    }
    List<FeedItem> items = new ArrayList<>();
    for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
      String title = null;
      java.time.Instant published =
          entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
      String language = null;
      ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
      if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
        title = n.getTitle();
        if (n.getPublicationDateTime() != null) published = n.getPublicationDateTime().toInstant();
        language = n.getLanguage();
      }
      items.add(
          new FeedItem(
              entry.getUrl().toString(), title, published, null, List.of(), List.of(), language));
    }
    return new Sitemap(items, List.of());
  }
}
