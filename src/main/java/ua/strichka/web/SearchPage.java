package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ua.strichka.web.Views.Feed;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Pager;

/**
 * {@code /search?q=…&section=…&page=…}: the form, results with highlighted snippets, section
 * facets.
 */
final class SearchPage implements Handler {
  static final int MAX_QUERY = 500;

  record Result(
      long id,
      List<Snippets.Part> title,
      List<Snippets.Part> snippet,
      String outletName,
      String sectionName,
      KyivTime.Stamp time,
      Long storyId,
      long alsoInStory) {}

  record Facet(String slug, String name, long count, String href, boolean active) {}

  record View(
      Head head,
      String query,
      String section,
      boolean asked,
      boolean available,
      long total,
      boolean approximate,
      List<Result> results,
      List<Facet> facets,
      Pager pager) {}

  private final SiteContext site;

  SearchPage(SiteContext site) {
    this.site = site;
  }

  /** The query as typed, trimmed and cut to a sane length; never null. */
  static String query(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null) return "";
    q = q.strip();
    return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
  }

  /** The section filter when it names a known section, else null. */
  static String section(Context ctx) {
    String s = ctx.queryParam("section");
    return s != null && Sections.name(s) != null ? s : null;
  }

  @Override
  public void handle(Context ctx) {
    String q = query(ctx);
    String section = section(ctx);
    int page = SiteContext.page(ctx);
    Searcher.Results found =
        q.isEmpty()
            ? Searcher.Results.none(true)
            : site.searcher.search(
                new Searcher.Request(q, section, page, SiteContext.PER_PAGE, true));
    List<Result> results =
        found.hits().stream()
            .map(
                h ->
                    new Result(
                        h.articleId(),
                        h.titleMarked().isEmpty()
                            ? List.of(new Snippets.Part(h.title(), false))
                            : Snippets.parse(h.titleMarked()),
                        Snippets.parse(h.snippet()),
                        h.outletName(),
                        Sections.name(h.section()),
                        site.time.stamp(h.publishedAt()),
                        h.storyId(),
                        Math.max(0, h.storyMatches() - 1)))
            .toList();
    String base = "/search?q=" + enc(q) + "&";
    List<Facet> facets = new ArrayList<>();
    found
        .sections()
        .forEach(
            (slug, n) -> {
              if (Sections.name(slug) != null) {
                facets.add(
                    new Facet(
                        slug,
                        Sections.name(slug),
                        n,
                        base + "section=" + slug,
                        slug.equals(section)));
              }
            });
    String path = q.isEmpty() ? "/search" : "/search?q=" + enc(q);
    Head head =
        new Head(
            q.isEmpty() ? "Пошук — Стрічка" : "«" + q + "» — пошук — Стрічка",
            "Пошук новин українською з урахуванням словоформ.",
            site.url(path),
            "website",
            null,
            null,
            q.isEmpty()
                ? List.of()
                : List.of(
                    new Feed(
                        "Пошук «" + q + "» (RSS)",
                        "/search/rss.xml?q=" + enc(q),
                        "application/rss+xml"),
                    new Feed(
                        "Пошук «" + q + "» (Atom)",
                        "/search/atom.xml?q=" + enc(q),
                        "application/atom+xml")),
            null,
            q,
            true);
    String pagerBase = base + (section == null ? "" : "section=" + section + "&");
    site.render(
        ctx,
        "search",
        new View(
            head,
            q,
            section,
            !q.isEmpty(),
            found.available(),
            found.total(),
            found.approximate(),
            results,
            facets,
            new Pager(page, (long) page * SiteContext.PER_PAGE < found.total(), pagerBase)));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
