package ua.strichka.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.strichka.rates.RatesWidget;

/** {@code /api/v1/rates}: the NBU rates of the configured currencies with their change. */
final class RatesApi {
  private final SiteContext site;

  RatesApi(SiteContext site) {
    this.site = site;
  }

  void latest(Context ctx) {
    RatesWidget w = RatesWidget.load(site.store.rates(), site.currencies, site.today());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("as_of", w.asOf().toString());
    body.put("source", "НБУ");
    body.put(
        "items",
        w.rows().stream()
            .map(
                row -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("code", row.code());
                  m.put("name", row.name());
                  m.put("rate", row.rate());
                  if (row.change() != null) m.put("change", row.change());
                  m.put("trend", row.trend().name().toLowerCase(java.util.Locale.ROOT));
                  m.put("date", row.date().toString());
                  return m;
                })
            .toList());
    Api.json(ctx, body, "public, max-age=300");
  }
}
