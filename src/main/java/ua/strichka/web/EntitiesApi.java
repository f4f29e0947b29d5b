package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.strichka.store.EntityMentions;
import ua.strichka.store.EntityRecord;

/** {@code /api/v1/entities/{slug}}: an entity and its stories, newest first. */
final class EntitiesApi {
  private final SiteContext site;

  EntitiesApi(SiteContext site) {
    this.site = site;
  }

  void one(Context ctx) {
    EntityRecord e =
        site.store.entities().bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
    Api.Paging p = Api.paging(ctx);
    long articles = site.store.entities().articleCount(e.id());
    var stories = site.store.stories().byEntity(e.id(), p.perPage() + 1, p.offset());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entity", ApiModels.Entity.of(new EntityMentions(e, articles), site));
    body.put(
        "stories",
        stories.stream().limit(p.perPage()).map(s -> ApiModels.Story.of(s, site)).toList());
    body.put("page", p.page());
    body.put("per_page", p.perPage());
    if (stories.size() > p.perPage()) {
      body.put("next", ctx.path() + "?page=" + (p.page() + 1) + "&per_page=" + p.perPage());
    }
    Api.json(ctx, body);
  }
}
