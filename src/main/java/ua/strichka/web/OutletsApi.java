package ua.strichka.web;

import io.javalin.http.Context;
import java.util.Map;

/** {@code /api/v1/outlets}: the outlets Strichka reads, by name. */
final class OutletsApi {
  private final SiteContext site;

  OutletsApi(SiteContext site) {
    this.site = site;
  }

  void list(Context ctx) {
    Api.json(
        ctx,
        Map.of(
            "items",
            site.store.outlets().all().stream().map(o -> ApiModels.Outlet.of(o, site)).toList()));
  }
}
