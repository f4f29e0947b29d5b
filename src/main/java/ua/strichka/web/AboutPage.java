package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import ua.strichka.web.Views.Head;

/** {@code /about}: what Strichka is, where the news comes from, the feeds and the API. */
final class AboutPage implements Handler {
  record View(Head head, long outlets, long articles, long stories) {}

  private final SiteContext site;

  AboutPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    site.render(
        ctx,
        "about",
        new View(
            site.head(
                "Про Стрічку",
                "Стрічка — відкритий агрегатор українських новин: як він працює і звідки новини.",
                "/about"),
            site.store.outlets().all().size(),
            site.store.articles().count(),
            site.store.stories().count(null)));
  }
}
