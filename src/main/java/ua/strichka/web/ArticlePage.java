package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.StorySummary;
import ua.strichka.web.Views.EntityChip;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Sidebar;
import ua.strichka.web.Views.StoryCard;

/**
 * {@code /article/{id}}: one article like the seed page: title, date, text, «Джерело: outlet
 * (Розділ)» linking the original, its story and related stories. The full text is shown only where
 * the outlet allows it; elsewhere the lead and a clear link to the original.
 */
final class ArticlePage implements Handler {
  record Article(
      long id,
      String title,
      KyivTime.Stamp published,
      KyivTime.Stamp modified,
      List<String> authors,
      String lead,
      List<String> paragraphs,
      boolean fullText,
      String image,
      String sourceUrl,
      String sourceDomain,
      String outletName,
      String outletSlug,
      String sectionName,
      Long repostOfId,
      String repostOfTitle) {}

  record View(
      Head head,
      Article article,
      StoryCard story,
      List<EntityChip> entities,
      List<StoryCard> related,
      Sidebar sidebar) {}

  private final SiteContext site;

  ArticlePage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    long id = SiteContext.id(ctx, "id");
    ArticleRecord a = site.store.articles().byId(id).orElseThrow(NotFoundResponse::new);
    OutletRecord outlet =
        site.store.outlets().byId(a.outletId()).orElseThrow(NotFoundResponse::new);
    Optional<StorySummary> story =
        site.store.stories().storyOf(id).flatMap(s -> site.store.stories().byId(s));
    Article article = article(a, outlet, site);
    String path = "/article/" + id;
    String description = a.lead() != null && !a.lead().isBlank() ? a.lead() : a.title();
    Head head =
        site.head(a.title() + " — Стрічка", description, path)
            .withType("article")
            .withImage(article.image())
            .withSection(a.section())
            .withJsonLd(JsonLd.of(newsArticle(a, outlet, article, site.url(path))));
    site.render(
        ctx,
        "article",
        new View(
            head,
            article,
            story.map(s -> StoryCard.of(s, site.time)).orElse(null),
            site.store.entities().ofArticle(id).stream().limit(12).map(EntityChip::of).toList(),
            story.map(s -> StoryPage.related(site, s)).orElse(List.of()),
            site.sidebar()));
  }

  static Article article(ArticleRecord a, OutletRecord outlet, SiteContext site) {
    List<String> paragraphs = new ArrayList<>();
    if (outlet.fullTextAllowed() && a.body() != null) {
      Arrays.stream(a.body().split("\\n\\s*\\n"))
          .map(String::strip)
          .filter(p -> !p.isEmpty())
          .forEach(paragraphs::add);
    }
    String original = null;
    if (a.repostOf() != null) {
      original = site.store.articles().byId(a.repostOf()).map(ArticleRecord::title).orElse(null);
    }
    Instant modified =
        a.modifiedAt() != null
                && a.publishedAt() != null
                && a.modifiedAt().isAfter(a.publishedAt().plusSeconds(60))
            ? a.modifiedAt()
            : null;
    return new Article(
        a.id(),
        a.title(),
        site.time.fullStamp(a.publishedAt() != null ? a.publishedAt() : a.fetchedAt()),
        site.time.fullStamp(modified),
        a.authors(),
        a.lead(),
        paragraphs,
        outlet.fullTextAllowed(),
        SafeUrl.http(a.image()),
        SafeUrl.http(a.url()),
        Optional.ofNullable(SafeUrl.siteName(a.url())).orElse(outlet.name()),
        outlet.name(),
        outlet.slug(),
        Sections.name(a.section()),
        original == null ? null : a.repostOf(),
        original);
  }

  /** schema.org NewsArticle: what search engines and link previews read. */
  static Map<String, Object> newsArticle(
      ArticleRecord a, OutletRecord outlet, Article view, String url) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", "NewsArticle");
    m.put("headline", a.title());
    if (a.lead() != null) m.put("description", a.lead());
    m.put("url", url);
    m.put("mainEntityOfPage", url);
    m.put("inLanguage", a.language() == null ? "uk" : a.language());
    if (view.published() != null) m.put("datePublished", view.published().iso());
    if (a.modifiedAt() != null) m.put("dateModified", KyivTime.iso(a.modifiedAt()));
    if (view.image() != null) m.put("image", List.of(view.image()));
    if (view.sectionName() != null) m.put("articleSection", view.sectionName());
    if (!a.authors().isEmpty()) {
      m.put("author", a.authors().stream().map(n -> Map.of("@type", "Person", "name", n)).toList());
    }
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("@type", "NewsMediaOrganization");
    publisher.put("name", outlet.name());
    if (SafeUrl.http(outlet.homeUrl()) != null)
      publisher.put("url", SafeUrl.http(outlet.homeUrl()));
    m.put("publisher", publisher);
    if (view.sourceUrl() != null) m.put("isBasedOn", view.sourceUrl());
    return m;
  }
}
