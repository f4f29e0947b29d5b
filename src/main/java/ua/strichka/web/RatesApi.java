package ua.strichka.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/v1/rates}: the NBU rates of the configured currencies with their change. */
final class RatesApi {
  private final SiteContext site;

  RatesApi(SiteContext site) {
    this.site = site;
  }

  void latest(Context ctx) {
    RatesView r = site.ratesHistory();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("as_of", r.asOf().toString());
    body.put("source", "НБУ");
    body.put(
        "items",
        r.rows().stream()
            .map(
                row ->
                    Map.of(
                        "code", row.code(),
                        "name", row.name(),
                        "rate", Double.parseDouble(row.rate().replace(',', '.')),
                        "trend", row.trend(),
                        "date", row.date()))
            .toList());
    Api.json(ctx, body, "public, max-age=300");
  }
}
