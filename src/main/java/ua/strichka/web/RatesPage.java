package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import ua.strichka.web.Views.Head;

/** {@code /rates}: the NBU rates of the configured currencies and their last 30 days as charts. */
final class RatesPage implements Handler {
  record View(Head head, RatesView rates) {}

  private final SiteContext site;

  RatesPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    site.render(
        ctx,
        "rates",
        new View(
            site.head(
                "Курси валют НБУ — Стрічка",
                "Офіційні курси гривні Національного банку України та їхня динаміка за 30 днів.",
                "/rates"),
            site.ratesHistory()));
  }
}
