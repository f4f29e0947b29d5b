package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import ua.strichka.store.EntityRecord;
import ua.strichka.web.Views.EntityChip;
import ua.strichka.web.Views.Feed;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Pager;
import ua.strichka.web.Views.Sidebar;
import ua.strichka.web.Views.StoryCard;

/** {@code /entity/{slug}}: the stories that name a person, organisation or place, newest first. */
final class EntityPage implements Handler {
  record View(
      Head head, EntityChip entity, List<StoryCard> stories, Sidebar sidebar, Pager pager) {}

  private final SiteContext site;

  EntityPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    EntityRecord e =
        site.store.entities().bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
    int page = SiteContext.page(ctx);
    var found =
        site.store
            .stories()
            .byEntity(e.id(), SiteContext.PER_PAGE + 1, (page - 1) * SiteContext.PER_PAGE);
    String path = "/entity/" + e.slug();
    EntityChip chip =
        new EntityChip(e.slug(), e.name(), e.type(), site.store.entities().articleCount(e.id()));
    Head head =
        new Head(
            e.name() + " — Стрічка",
            e.name() + ": усі сюжети, у яких згадано. " + chip.typeName() + ".",
            site.url(page == 1 ? path : path + "?page=" + page),
            "website",
            null,
            null,
            List.of(
                new Feed(e.name() + " (RSS)", path + "/rss.xml", "application/rss+xml"),
                new Feed(e.name() + " (Atom)", path + "/atom.xml", "application/atom+xml")),
            null,
            null,
            false);
    site.render(
        ctx,
        "entity",
        new View(
            head,
            chip,
            found.stream()
                .limit(SiteContext.PER_PAGE)
                .map(s -> StoryCard.of(s, site.time))
                .toList(),
            site.sidebar(),
            new Pager(page, found.size() > SiteContext.PER_PAGE, path + "?")));
  }
}
