package ua.strichka.web;

import java.util.List;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityMentions;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.StoryArticle;
import ua.strichka.store.StorySummary;

/** The JSON shapes of API v1, as {@code /api/openapi.json} describes them. */
final class ApiModels {
  private ApiModels() {}

  record Story(
      long id,
      String title,
      String lead,
      String section,
      int outletCount,
      int articleCount,
      double score,
      String firstOutlet,
      String image,
      String createdAt,
      String updatedAt,
      String url) {
    static Story of(StorySummary s, SiteContext site) {
      var st = s.story();
      return new Story(
          st.id(),
          st.title(),
          st.lead(),
          st.section(),
          st.outletCount(),
          st.articleCount(),
          st.score(),
          s.firstOutletSlug(),
          SafeUrl.http(s.image()),
          Api.time(st.createdAt()),
          Api.time(st.updatedAt()),
          site.url("/story/" + st.id()));
    }
  }

  record ArticleRef(
      long id,
      String title,
      String outlet,
      String outletName,
      String publishedAt,
      Long repostOf,
      String url) {
    static ArticleRef of(StoryArticle a, SiteContext site) {
      var r = a.article();
      return new ArticleRef(
          r.id(),
          r.title(),
          a.outletSlug(),
          a.outletName(),
          Api.time(r.publishedAt()),
          r.repostOf(),
          site.url("/article/" + r.id()));
    }
  }

  record Entity(String slug, String name, String type, Long articles, String url) {
    static Entity of(EntityMentions m, SiteContext site) {
      var e = m.entity();
      return new Entity(e.slug(), e.name(), e.type(), m.count(), site.url("/entity/" + e.slug()));
    }
  }

  record StoryDetail(Story story, List<ArticleRef> articles, List<Entity> entities) {}

  /**
   * {@code text} is present only where the outlet allows its full text to be shown; {@code
   * sectionSource} says who decided {@code section} (outlet, classifier or story).
   */
  record Article(
      long id,
      String title,
      String lead,
      String text,
      String image,
      List<String> authors,
      String publishedAt,
      String modifiedAt,
      String language,
      String section,
      String sectionSource,
      String outlet,
      String sourceUrl,
      Long repostOf,
      Long story,
      String url) {
    static Article of(ArticleRecord a, OutletRecord o, Long story, SiteContext site) {
      return new Article(
          a.id(),
          a.title(),
          a.lead(),
          o.fullTextAllowed() ? a.body() : null,
          SafeUrl.http(a.image()),
          a.authors(),
          Api.time(a.publishedAt()),
          Api.time(a.modifiedAt()),
          a.language(),
          a.section(),
          a.sectionSource(),
          o.slug(),
          SafeUrl.http(a.url()),
          a.repostOf(),
          story,
          site.url("/article/" + a.id()));
    }
  }

  record Outlet(
      String slug,
      String name,
      String homeUrl,
      String language,
      String defaultSection,
      boolean fullTextAllowed,
      boolean paused,
      String url) {
    static Outlet of(OutletRecord o, SiteContext site) {
      return new Outlet(
          o.slug(),
          o.name(),
          SafeUrl.http(o.homeUrl()),
          o.language(),
          o.defaultSection(),
          o.fullTextAllowed(),
          o.paused(),
          site.url("/outlet/" + o.slug()));
    }
  }

  /** What the admin sees of an outlet: everything, rules included. */
  record AdminOutlet(
      long id,
      String slug,
      String name,
      String homeUrl,
      String language,
      String defaultSection,
      double weight,
      boolean fullTextAllowed,
      boolean paused,
      String rules) {
    static AdminOutlet of(OutletRecord o) {
      return new AdminOutlet(
          o.id(),
          o.slug(),
          o.name(),
          o.homeUrl(),
          o.language(),
          o.defaultSection(),
          o.weight(),
          o.fullTextAllowed(),
          o.paused(),
          o.rules());
    }
  }
}
