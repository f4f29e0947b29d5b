package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ua.strichka.store.ArticleRecord;

/** {@code /api/v1/articles/{id}}: one article; its text only where the outlet allows it. */
final class ArticlesApi {
  private final SiteContext site;

  ArticlesApi(SiteContext site) {
    this.site = site;
  }

  void one(Context ctx) {
    long id = SiteContext.id(ctx, "id");
    ArticleRecord a = site.store.articles().byId(id).orElseThrow(NotFoundResponse::new);
    var outlet = site.store.outlets().byId(a.outletId()).orElseThrow(NotFoundResponse::new);
    Api.json(
        ctx, ApiModels.Article.of(a, outlet, site.store.stories().storyOf(id).orElse(null), site));
  }
}
