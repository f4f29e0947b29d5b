package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import ua.strichka.web.Views.Feed;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Pager;
import ua.strichka.web.Views.Sidebar;
import ua.strichka.web.Views.StoryCard;

/** {@code /}: the top stories by rank, with the section tabs, the rates and trending entities. */
final class FrontPage implements Handler {
  record View(Head head, String heading, List<StoryCard> stories, Sidebar sidebar, Pager pager) {}

  static final List<Feed> FEEDS =
      List.of(
          new Feed("Стрічка — головне (RSS)", "/rss.xml", "application/rss+xml"),
          new Feed("Стрічка — головне (Atom)", "/atom.xml", "application/atom+xml"));

  private final SiteContext site;

  FrontPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    int page = SiteContext.page(ctx);
    var found =
        site.store.stories().top(SiteContext.PER_PAGE + 1, (page - 1) * SiteContext.PER_PAGE);
    List<StoryCard> cards =
        found.stream().limit(SiteContext.PER_PAGE).map(s -> StoryCard.of(s, site.time)).toList();
    Head head =
        new Head(
            page == 1 ? "Стрічка — новини України" : "Стрічка — новини України, сторінка " + page,
            "Головні новини України з багатьох видань: сюжети, джерела, курси валют НБУ.",
            site.url(page == 1 ? "/" : "/?page=" + page),
            "website",
            null,
            null,
            FEEDS,
            "",
            null,
            false);
    site.render(
        ctx,
        "front",
        new View(
            head,
            "Головне",
            cards,
            site.sidebar(),
            new Pager(page, found.size() > SiteContext.PER_PAGE, "/?")));
  }
}
