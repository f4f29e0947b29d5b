package ua.strichka.source;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * RSS 0.9x/1.0/2.0 and Atom through Rome.
 *
 * <p>DOCTYPEs are refused (Rome's default, kept explicitly): that stops XXE and entity-expansion
 * bombs before any entity is read. The XML parser, not us, decides the encoding from the XML
 * declaration or BOM.
 */
public final class FeedParser {
  private FeedParser() {}

  /** The feed's items; relative links are resolved against {@code feedUrl}. */
  public static List<FeedItem> parse(byte[] body, String feedUrl) throws SourceFormatException {
    SyndFeed feed;
    try {
      feed = read(body);
    } catch (FeedException | IllegalArgumentException e) {
      throw new SourceFormatException("not a readable RSS/Atom feed: " + firstLine(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug inside Rome on hostile bytes must cost one feed, not the crawl. The fuzz target calls
      // read() and items() directly so that this net cannot hide what fuzzing finds.
      throw new SourceFormatException("not a readable RSS/Atom feed: " + e, e);
    }
    return items(feed, feedUrl);
  }

  /**
   * The Rome layer alone. Its documented failures are {@link FeedException} (unparseable XML) and
   * {@link IllegalArgumentException} (not a feed type Rome knows); anything else is a bug.
   */
  static SyndFeed read(byte[] body) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(true);
    return input.build(new InputSource(new ByteArrayInputStream(body)));
  }

  /** Our mapping of a parsed feed to items (package-private for the fuzz target). */
  static List<FeedItem> items(SyndFeed feed, String feedUrl) {
    String language = feed.getLanguage() == null ? null : feed.getLanguage().strip();
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = link(e, feedUrl);
      if (link == null) continue;
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(
          new FeedItem(
              link,
              text(e.getTitle()),
              date == null ? null : date.toInstant(),
              e.getDescription() == null ? null : text(e.getDescription().getValue()),
              e.getCategories().stream()
                  .map(SyndCategory::getName)
                  .filter(Objects::nonNull)
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList(),
              authors(e),
              language));
    }
    return items;
  }

  private static String link(SyndEntry e, String feedUrl) {
    String link = e.getLink();
    if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
      link = e.getUri(); // RSS guid isPermaLink, Atom id as URL
    }
    if (link == null || link.isBlank()) return null;
    try {
      return URI.create(feedUrl).resolve(link.strip().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException ex) {
      return link.strip();
    }
  }

  private static List<String> authors(SyndEntry e) {
    List<String> names = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) names.add(p.getName().strip());
    }
    if (names.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
      names.add(e.getAuthor().strip());
    }
    return names;
  }

  /** Feed titles and descriptions often carry HTML; the item keeps plain text. */
  private static String text(String s) {
    if (s == null) return null;
    String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
    t = t.strip();
    return t.isEmpty() ? null : t;
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
