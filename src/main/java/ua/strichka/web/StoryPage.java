package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.store.StoryArticle;
import ua.strichka.store.StorySummary;
import ua.strichka.web.Views.EntityChip;
import ua.strichka.web.Views.Feed;
import ua.strichka.web.Views.Head;
import ua.strichka.web.Views.Sidebar;
import ua.strichka.web.Views.StoryCard;

/**
 * {@code /story/{id}}: a story's articles in time order with their outlets (a timeline), reposts
 * listed under the article they copy, the entities it names and related stories.
 */
final class StoryPage implements Handler {
  /** One article on the timeline, with the copies other outlets made of it. */
  record Entry(
      long id,
      String title,
      String outletName,
      String outletSlug,
      KyivTime.Stamp time,
      boolean repost,
      List<Entry> copies) {}

  record View(
      Head head,
      StoryCard story,
      List<Entry> timeline,
      List<EntityChip> entities,
      List<StoryCard> related,
      Sidebar sidebar) {}

  private final SiteContext site;

  StoryPage(SiteContext site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    long id = SiteContext.id(ctx, "id");
    StorySummary summary = site.store.stories().byId(id).orElseThrow(NotFoundResponse::new);
    StoryCard story = StoryCard.of(summary, site.time);
    List<Entry> timeline = timeline(site.store.stories().articles(id), site.time);
    String path = "/story/" + id;
    Head head =
        new Head(
            story.title() + " — Стрічка",
            story.lead() != null ? story.lead() : story.title(),
            site.url(path),
            "website",
            story.image(),
            null,
            List.of(
                new Feed("Сюжет (RSS)", path + "/rss.xml", "application/rss+xml"),
                new Feed("Сюжет (Atom)", path + "/atom.xml", "application/atom+xml")),
            story.section(),
            null,
            false);
    site.render(
        ctx,
        "story",
        new View(
            head,
            story,
            timeline,
            site.store.entities().ofStory(id, 16).stream().map(EntityChip::of).toList(),
            related(site, summary),
            site.sidebar()));
  }

  /** Stories sharing entities, then the section's top stories, up to five. */
  static List<StoryCard> related(SiteContext site, StorySummary of) {
    long id = of.story().id();
    Map<Long, StorySummary> picked = new LinkedHashMap<>();
    site.store.stories().related(id, 5).forEach(s -> picked.put(s.story().id(), s));
    if (picked.size() < 5 && of.story().section() != null) {
      for (StorySummary s : site.store.stories().bySection(of.story().section(), 6, 0)) {
        if (picked.size() >= 5) break;
        if (s.story().id() != id) picked.putIfAbsent(s.story().id(), s);
      }
    }
    return picked.values().stream().map(s -> StoryCard.of(s, site.time)).toList();
  }

  static List<Entry> timeline(List<StoryArticle> articles, KyivTime time) {
    Map<Long, List<Entry>> copiesOf = new LinkedHashMap<>();
    var ids =
        articles.stream().map(a -> a.article().id()).collect(java.util.stream.Collectors.toSet());
    for (StoryArticle a : articles) {
      Long original = a.article().repostOf();
      if (original != null && ids.contains(original)) {
        copiesOf.computeIfAbsent(original, k -> new ArrayList<>()).add(entry(a, time, List.of()));
      }
    }
    List<Entry> out = new ArrayList<>();
    for (StoryArticle a : articles) {
      Long original = a.article().repostOf();
      if (original != null && ids.contains(original)) continue;
      out.add(entry(a, time, copiesOf.getOrDefault(a.article().id(), List.of())));
    }
    return out;
  }

  private static Entry entry(StoryArticle a, KyivTime time, List<Entry> copies) {
    var when =
        a.article().publishedAt() != null ? a.article().publishedAt() : a.article().fetchedAt();
    return new Entry(
        a.article().id(),
        a.article().title(),
        a.outletName(),
        a.outletSlug(),
        time.fullStamp(when),
        a.repost(),
        copies);
  }
}
