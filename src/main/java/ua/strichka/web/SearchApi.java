package ua.strichka.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/v1/search?q=…}: hits with snippets, section facets, pagination. */
final class SearchApi {
  record Hit(
      long id,
      String title,
      String snippet,
      String outlet,
      String section,
      String publishedAt,
      Long story,
      String url) {}

  private final SiteContext site;

  SearchApi(SiteContext site) {
    this.site = site;
  }

  void search(Context ctx) {
    String q = SearchPage.query(ctx);
    if (q.isEmpty()) throw new BadRequestResponse("q: expected the text to search for");
    Api.Paging p = Api.paging(ctx);
    var found =
        site.searcher.search(
            new Searcher.Request(q, SearchPage.section(ctx), p.page(), p.perPage(), false));
    Map<String, Object> body =
        new LinkedHashMap<>(
            Api.page(
                ctx,
                p,
                found.hits().stream()
                    .map(
                        h ->
                            new Hit(
                                h.articleId(),
                                h.title(),
                                h.snippet(),
                                h.outletName(),
                                h.section(),
                                Api.time(h.publishedAt()),
                                h.storyId(),
                                site.url("/article/" + h.articleId())))
                    .toList(),
                found.total()));
    body.put("query", q);
    body.put("available", found.available());
    body.put("approximate", found.approximate());
    body.put("sections", found.sections());
    Api.json(ctx, body, "public, max-age=30");
  }
}
