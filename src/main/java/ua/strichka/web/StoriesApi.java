package ua.strichka.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ua.strichka.store.StorySummary;

/** {@code /api/v1/stories} (ranked, optionally by section) and {@code /api/v1/stories/{id}}. */
final class StoriesApi {
  private final SiteContext site;

  StoriesApi(SiteContext site) {
    this.site = site;
  }

  void list(Context ctx) {
    Api.Paging p = Api.paging(ctx);
    String section = ctx.queryParam("section");
    if (section != null && Sections.name(section) == null) {
      throw new BadRequestResponse("section: unknown section '" + section + "'");
    }
    var stories =
        section == null
            ? site.store.stories().top(p.perPage(), p.offset())
            : site.store.stories().bySection(section, p.perPage(), p.offset());
    Api.json(
        ctx,
        Api.page(
            ctx,
            p,
            stories.stream().map(s -> ApiModels.Story.of(s, site)).toList(),
            site.store.stories().count(section)));
  }

  void one(Context ctx) {
    long id = SiteContext.id(ctx, "id");
    StorySummary s = site.store.stories().byId(id).orElseThrow(NotFoundResponse::new);
    Api.json(
        ctx,
        new ApiModels.StoryDetail(
            ApiModels.Story.of(s, site),
            site.store.stories().articles(id).stream()
                .map(a -> ApiModels.ArticleRef.of(a, site))
                .toList(),
            site.store.entities().ofStory(id, 50).stream()
                .map(e -> ApiModels.Entity.of(e, site))
                .toList()));
  }
}
