package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import ua.strichka.web.Views.Feed;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Pager;
import ua.strichka.web.Views.StoryCard;

/** {@code /section/{slug}}: one section's stories by rank; unknown slugs are 404. */
final class SectionPage implements Handler {
  private final SiteContext site;

  SectionPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    String slug = ctx.pathParam("slug");
    String name = Sections.name(slug);
    if (name == null) throw new NotFoundResponse();
    int page = SiteContext.page(ctx);
    var found =
        site.store
            .stories()
            .bySection(slug, SiteContext.PER_PAGE + 1, (page - 1) * SiteContext.PER_PAGE);
    List<StoryCard> cards =
        found.stream().limit(SiteContext.PER_PAGE).map(s -> StoryCard.of(s, site.time)).toList();
    String path = "/section/" + slug;
    Head head =
        new Head(
            name + " — Стрічка",
            name + ": головні новини розділу з багатьох українських видань.",
            site.url(page == 1 ? path : path + "?page=" + page),
            "website",
            null,
            null,
            List.of(
                new Feed(name + " (RSS)", path + "/rss.xml", "application/rss+xml"),
                new Feed(name + " (Atom)", path + "/atom.xml", "application/atom+xml")),
            slug,
            null,
            false);
    site.render(
        ctx,
        "front",
        new FrontPage.View(
            head,
            name,
            cards,
            site.sidebar(),
            new Pager(page, found.size() > SiteContext.PER_PAGE, path + "?")));
  }
}
