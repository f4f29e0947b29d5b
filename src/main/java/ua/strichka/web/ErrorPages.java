package ua.strichka.web;

import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ukrainian error pages and JSON errors for the API. Nothing of an exception reaches the reader:
 * the stack trace goes to the log, the page says what happened in plain words.
 */
final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  record View(Views.Head head, int code, String title, String message) {}

  private final SiteContext site;

  ErrorPages(SiteContext site) {
    this.site = site;
  }

  void notFound(Context ctx) {
    show(ctx, 404, "Сторінку не знайдено", "Можливо, її прибрали або в адресі помилка.");
  }

  void failure(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    show(
        ctx,
        500,
        "Щось пішло не так",
        "Ми вже знаємо про помилку. Спробуйте оновити сторінку за хвилину.");
  }

  private void show(Context ctx, int code, String title, String message) {
    ctx.status(code);
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().startsWith("/api/")) {
      Api.json(ctx, Map.of("error", code == 404 ? "not found" : "internal error"), "no-store");
      ctx.status(code);
      return;
    }
    try {
      View view =
          new View(
              site.head(title + " — Стрічка", message, ctx.path()).withQuery(null, true),
              code,
              title,
              message);
      ctx.html(site.templates.render("error", view));
    } catch (RuntimeException e) {
      LOG.error("error page failed", e);
      ctx.contentType("text/plain; charset=utf-8").result(code + " " + title);
    }
  }
}
