package ua.strichka.source;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * OPML, the feed readers' subscription list: import (OPML 1.0 and 2.0, folders nested to any depth)
 * and export (OPML 2.0), through rome-opml with DOCTYPEs refused.
 */
public final class Opml {
  /** One subscription: a feed with the folders it sits in, outermost first. */
  public record Subscription(String title, String xmlUrl, String htmlUrl, List<String> folders) {}

  private Opml() {}

  public static List<Subscription> read(byte[] opml) throws SourceFormatException {
    WireFeed feed;
    try {
      WireFeedInput input = new WireFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(opml)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new SourceFormatException("not a readable OPML file: " + FeedParser.firstLine(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new SourceFormatException("not a readable OPML file: " + e, e);
    }
    if (!(feed instanceof com.rometools.opml.feed.opml.Opml doc)) {
      throw new SourceFormatException("not an OPML file (found " + feed.getFeedType() + ")");
    }
    List<Subscription> out = new ArrayList<>();
    walk(doc.getOutlines(), new ArrayList<>(), out);
    return out;
  }

  private static void walk(List<Outline> outlines, List<String> folders, List<Subscription> out) {
    for (Outline o : outlines) {
      String title = o.getTitle() != null && !o.getTitle().isBlank() ? o.getTitle() : o.getText();
      if (o.getXmlUrl() != null && !o.getXmlUrl().isBlank()) {
        out.add(
            new Subscription(
                title,
                o.getXmlUrl().strip(),
                o.getHtmlUrl() == null || o.getHtmlUrl().isBlank() ? null : o.getHtmlUrl().strip(),
                List.copyOf(folders)));
      }
      if (!o.getChildren().isEmpty()) {
        folders.add(title == null ? "" : title);
        walk(o.getChildren(), folders, out);
        folders.removeLast();
      }
    }
  }

  /** The outlets' feeds as OPML 2.0, one outline per feed (sitemaps and sections have no place). */
  public static String write(String title, List<Outlet> outlets) {
    com.rometools.opml.feed.opml.Opml doc = new com.rometools.opml.feed.opml.Opml();
    doc.setFeedType("opml_2.0");
    doc.setTitle(title);
    doc.setCreated(new Date());
    List<Outline> outlines = new ArrayList<>();
    for (Outlet outlet : outlets) {
      for (Source s : outlet.sources()) {
        if (s.kind() != SourceKind.FEED) continue;
        Outline o = new Outline();
        o.setType("rss");
        o.setText(outlet.name());
        o.setTitle(outlet.name());
        // attributes by name: the URL-typed setters would reject the Cyrillic paths some feeds have
        o.getAttributes().add(new Attribute("xmlUrl", s.url()));
        o.getAttributes().add(new Attribute("htmlUrl", outlet.homeUrl()));
        outlines.add(o);
      }
    }
    doc.setOutlines(outlines);
    try {
      return new WireFeedOutput().outputString(doc, true);
    } catch (FeedException e) {
      throw new IllegalStateException("OPML could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Subscriptions as outlets: one per site (the htmlUrl's host and path, else the feed's host), so
   * several feeds of one outlet stay one outlet while unrelated channels of one platform do not
   * merge.
   */
  public static List<Outlet> outlets(List<Subscription> subscriptions) {
    java.util.Map<String, Outlet> bySlug = new java.util.LinkedHashMap<>();
    for (Subscription s : subscriptions) {
      String home = s.htmlUrl() != null ? s.htmlUrl() : rootOf(s.xmlUrl());
      String slug;
      try {
        slug = siteSlug(home);
      } catch (IllegalArgumentException e) {
        continue;
      }
      Source feed = new Source(SourceKind.FEED, s.xmlUrl());
      Outlet existing = bySlug.get(slug);
      if (existing == null) {
        bySlug.put(
            slug,
            new Outlet(
                slug, s.title() == null ? slug : s.title(), home, null, null, List.of(feed), null));
      } else if (!existing.sources().contains(feed)) {
        List<Source> sources = new ArrayList<>(existing.sources());
        sources.add(feed);
        bySlug.put(slug, existing.withSources(sources));
      }
    }
    return List.copyOf(bySlug.values());
  }

  private static String siteSlug(String url) {
    String slug = Discovery.slug(url);
    String path = java.net.URI.create(url.strip().replace(" ", "%20")).getPath();
    if (path != null && path.length() > 1) {
      String p =
          path.toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-|-$", "");
      if (!p.isEmpty()) slug = slug + "-" + p;
    }
    return slug.length() > 80 ? slug.substring(0, 80) : slug;
  }

  private static String rootOf(String url) {
    java.net.URI u = java.net.URI.create(url.strip().replace(" ", "%20"));
    return u.getScheme() + "://" + u.getRawAuthority() + "/";
  }
}
