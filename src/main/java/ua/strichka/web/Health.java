package ua.strichka.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /health}: 200 with a few counts when the database answers, 503 when it does not. */
final class Health {
  private static final Logger LOG = LoggerFactory.getLogger(Health.class);
  private final SiteContext site;

  Health(SiteContext site) {
    this.site = site;
  }

  void handle(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      body.put("status", "ok");
      body.put("articles", site.store.articles().count());
      body.put("stories", site.store.stories().count(null));
      body.put("search", site.searcher != Searcher.UNAVAILABLE);
      Api.json(ctx, body, "no-store");
    } catch (RuntimeException e) {
      LOG.warn("health check: database unavailable: {}", e.getMessage());
      ctx.status(503);
      Api.json(ctx, Map.of("status", "unavailable", "database", "unreachable"), "no-store");
      ctx.status(503);
    }
  }
}
