package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.List;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.OutletHealth;
import ua.strichka.store.OutletRecord;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Sidebar;

/** {@code /outlet/{slug}}: an outlet's recent articles and how crawling it went in the last day. */
final class OutletPage implements Handler {
  record Item(long id, String title, String sectionName, KyivTime.Stamp time) {}

  record Health(
      long fetches,
      long failures,
      int successPercent,
      KyivTime.Stamp last,
      Integer lastStatus,
      String lastError) {
    boolean good() {
      return fetches == 0 || successPercent >= 90;
    }
  }

  record View(
      Head head,
      String name,
      String homeUrl,
      String domain,
      boolean paused,
      boolean fullText,
      Health health,
      List<Item> articles,
      Sidebar sidebar) {}

  private final SiteContext site;

  OutletPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    OutletRecord o =
        site.store.outlets().bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
    OutletHealth h = site.store.outlets().health(o.id(), site.time.now().minus(Duration.ofDays(1)));
    List<Item> items =
        site.store.articles().recent(ArticleQuery.latest(30).outlet(o.id())).stream()
            .map(
                a ->
                    new Item(
                        a.id(),
                        a.title(),
                        Sections.name(a.section()),
                        site.time.stamp(a.publishedAt() != null ? a.publishedAt() : a.fetchedAt())))
            .toList();
    site.render(
        ctx,
        "outlet",
        new View(
            site.head(
                o.name() + " — Стрічка",
                o.name() + ": останні матеріали видання в Стрічці.",
                "/outlet/" + o.slug()),
            o.name(),
            SafeUrl.http(o.homeUrl()),
            SafeUrl.domain(o.homeUrl()),
            o.paused(),
            o.fullTextAllowed(),
            new Health(
                h.fetches(),
                h.failures(),
                (int) Math.round(h.successRate() * 100),
                site.time.stamp(h.lastFetchedAt()),
                h.lastStatus(),
                h.lastError()),
            items,
            site.sidebar()));
  }
}
