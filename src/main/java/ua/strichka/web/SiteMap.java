package ua.strichka.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.StorySummary;

/** {@code /sitemap.xml} (the sitemaps.org protocol) and {@code /robots.txt} pointing at it. */
final class SiteMap {
  /** Well under the protocol's 50,000 URLs per file, and the newest are what crawlers need. */
  private static final int STORIES = 5_000;

  private static final int ARTICLES = 20_000;

  private final SiteContext site;

  SiteMap(SiteContext site) {
    this.site = site;
  }

  void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(
        """
        User-agent: *
        Allow: /
        Disallow: /search
        Disallow: /api/v1/admin/

        Sitemap: %s
        """
            .formatted(site.url("/sitemap.xml")));
  }

  void sitemap(Context ctx) throws XMLStreamException {
    StringWriter out = new StringWriter(64 * 1024);
    XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("urlset");
    w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
    url(w, "/", null, "hourly");
    for (var s : Sections.ALL) url(w, "/section/" + s.slug(), null, "hourly");
    url(w, "/rates", null, "daily");
    url(w, "/about", null, "monthly");
    for (StorySummary s : site.store.stories().latest(STORIES, 0)) {
      url(w, "/story/" + s.story().id(), s.story().updatedAt(), null);
    }
    for (ArticleRecord a : site.store.articles().recent(ArticleQuery.latest(ARTICLES))) {
      url(w, "/article/" + a.id(), a.modifiedAt() != null ? a.modifiedAt() : a.publishedAt(), null);
    }
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    ctx.contentType("application/xml; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=600");
    ctx.result(out.toString());
  }

  private void url(XMLStreamWriter w, String path, Instant modified, String changefreq)
      throws XMLStreamException {
    w.writeStartElement("url");
    element(w, "loc", site.url(path));
    if (modified != null) element(w, "lastmod", KyivTime.iso(modified));
    if (changefreq != null) element(w, "changefreq", changefreq);
    w.writeEndElement();
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
