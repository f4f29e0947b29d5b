package ua.strichka.web;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.StoryArticle;
import ua.strichka.store.StorySummary;

/**
 * RSS 2.0 and Atom 1.0 feeds of the front page, each section, story, entity and search, written by
 * Rome. Items link to our pages; the feed's own address is its Atom {@code self} link.
 */
final class Feeds {
  enum Format {
    RSS("rss_2.0", "application/rss+xml; charset=utf-8"),
    ATOM("atom_1.0", "application/atom+xml; charset=utf-8");

    final String romeType;
    final String contentType;

    Format(String romeType, String contentType) {
      this.romeType = romeType;
      this.contentType = contentType;
    }
  }

  private static final int ITEMS = 30;
  private final SiteContext site;

  Feeds(SiteContext site) {
    this.site = site;
  }

  Handler front(Format f) {
    return ctx ->
        write(
            ctx,
            f,
            "Стрічка — головне",
            "Головні новини України",
            "/",
            stories(site.store.stories().top(ITEMS, 0)));
  }

  Handler section(Format f) {
    return ctx -> {
      String slug = ctx.pathParam("slug");
      String name = Sections.name(slug);
      if (name == null) throw new NotFoundResponse();
      write(
          ctx,
          f,
          "Стрічка — " + name,
          name + ": головні новини",
          "/section/" + slug,
          stories(site.store.stories().bySection(slug, ITEMS, 0)));
    };
  }

  Handler story(Format f) {
    return ctx -> {
      long id = SiteContext.id(ctx, "id");
      StorySummary s = site.store.stories().byId(id).orElseThrow(NotFoundResponse::new);
      List<SyndEntry> entries = new ArrayList<>();
      for (StoryArticle a : site.store.stories().articles(id).reversed()) {
        var art = a.article();
        entries.add(
            entry(
                art.title(),
                "/article/" + art.id(),
                art.lead(),
                art.publishedAt() != null ? art.publishedAt() : art.fetchedAt(),
                art.section(),
                a.outletName()));
      }
      String lead = s.story().lead() == null ? s.story().title() : s.story().lead();
      write(ctx, f, "Сюжет: " + s.story().title(), lead, "/story/" + id, entries);
    };
  }

  Handler entity(Format f) {
    return ctx -> {
      EntityRecord e =
          site.store.entities().bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
      write(
          ctx,
          f,
          "Стрічка — " + e.name(),
          "Сюжети, у яких згадано: " + e.name(),
          "/entity/" + e.slug(),
          stories(site.store.stories().byEntity(e.id(), ITEMS, 0)));
    };
  }

  Handler search(Format f) {
    return ctx -> {
      String q = SearchPage.query(ctx);
      List<SyndEntry> entries = new ArrayList<>();
      if (!q.isEmpty()) {
        var found =
            site.searcher.search(new Searcher.Request(q, SearchPage.section(ctx), 1, ITEMS, false));
        for (Searcher.Hit h : found.hits()) {
          StringBuilder text = new StringBuilder();
          Snippets.parse(h.snippet()).forEach(p -> text.append(p.text()));
          entries.add(
              entry(
                  h.title(),
                  "/article/" + h.articleId(),
                  text.toString(),
                  h.publishedAt(),
                  h.section(),
                  h.outletName()));
        }
      }
      write(
          ctx,
          f,
          "Стрічка — пошук «" + q + "»",
          "Результати пошуку «" + q + "»",
          "/search?q=" + SearchPage.enc(q),
          entries);
    };
  }

  private List<SyndEntry> stories(List<StorySummary> stories) {
    List<SyndEntry> out = new ArrayList<>();
    for (StorySummary s : stories) {
      var st = s.story();
      String description =
          (st.lead() == null ? "" : st.lead() + " ")
              + "("
              + Views.plural(st.outletCount(), "джерело", "джерела", "джерел")
              + ")";
      out.add(
          entry(
              st.title(),
              "/story/" + st.id(),
              description,
              st.updatedAt(),
              st.section(),
              s.firstOutletName()));
    }
    return out;
  }

  private SyndEntry entry(
      String title, String path, String text, Instant time, String section, String author) {
    SyndEntry e = new SyndEntryImpl();
    e.setTitle(Xml.clean(title));
    e.setLink(site.url(path));
    e.setUri(site.url(path));
    if (time != null) {
      e.setPublishedDate(Date.from(time));
      e.setUpdatedDate(Date.from(time));
    }
    if (text != null && !text.isBlank()) {
      SyndContentImpl d = new SyndContentImpl();
      d.setType("text/plain");
      d.setValue(Xml.clean(text));
      e.setDescription(d);
    }
    if (Sections.name(section) != null) {
      SyndCategoryImpl c = new SyndCategoryImpl();
      c.setName(Sections.name(section));
      e.setCategories(List.of(c));
    }
    if (author != null) e.setAuthor(Xml.clean(author));
    return e;
  }

  private void write(
      Context ctx,
      Format f,
      String title,
      String description,
      String pagePath,
      List<SyndEntry> entries)
      throws FeedException {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(f.romeType);
    feed.setTitle(Xml.clean(title));
    feed.setDescription(Xml.clean(description));
    feed.setLink(site.url(pagePath));
    feed.setUri(site.url(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())));
    feed.setLanguage("uk");
    feed.setGenerator("Стрічка");
    Date updated =
        entries.stream()
            .map(SyndEntry::getUpdatedDate)
            .filter(d -> d != null)
            .max(Date::compareTo)
            .orElse(Date.from(site.time.now()));
    feed.setPublishedDate(updated);
    SyndLinkImpl self = new SyndLinkImpl();
    self.setRel("self");
    self.setType(f.contentType.substring(0, f.contentType.indexOf(';')));
    self.setHref(feed.getUri());
    SyndLinkImpl alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setType("text/html");
    alternate.setHref(site.url(pagePath));
    feed.setLinks(List.of(alternate, self));
    feed.setEntries(entries);
    ctx.contentType(f.contentType);
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.result(new SyndFeedOutput().outputString(feed));
  }
}
