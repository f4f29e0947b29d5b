package ua.strichka.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.strichka.config.Config;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Repositories;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;
import ua.strichka.story.Clusterer;
import ua.strichka.story.Ranker;
import ua.strichka.story.Story;
import ua.strichka.story.StoryDesk;
import ua.strichka.story.StoryWriter;
import ua.strichka.text.Language;

/**
 * Rebuilds the stories of a time window from the stored articles, as if they arrived again in
 * publication order: repairs drift the online clusterer left, or applies changed thresholds.
 *
 * <p>Every story with an article in the window is rebuilt whole (its articles outside the window
 * included), so no story is left half old, half new. A new story keeps the id of the old story that
 * held most of its articles (its address on the site stays); old stories nothing maps to are
 * deleted. Repost links stay as dedup stored them. All in one transaction: readers see the old
 * stories or the new, never a mix.
 */
public final class Recluster {
  /** More articles than this in one window is a mistake (a window of years): refuse. */
  static final int MAX_ARTICLES = 500_000;

  /**
   * What a run did.
   *
   * @param articles news articles re-clustered
   * @param before stories they were in before
   * @param after stories they are in now
   * @param kept stories that kept their id
   */
  public record Result(int articles, int before, int after, int kept) {}

  private final Clusterer.Settings settings;
  private final Duration repostWindow;
  private final Ranker ranker;
  private final Clock clock;

  public Recluster(Clusterer.Settings settings, Duration repostWindow, Ranker ranker, Clock clock) {
    this.settings = settings;
    this.repostWindow = repostWindow;
    this.ranker = ranker;
    this.clock = clock;
  }

  /** With the configured story window, repost window and half-life, as {@link Ingest} has them. */
  public static Recluster configured(Config config, Clock clock) {
    return new Recluster(
        Ingest.clustering(config), config.duration("dedup.window"), Ingest.ranking(config), clock);
  }

  /** Rebuilds the stories of articles published in [from, to). */
  public Result run(Store store, Instant from, Instant to) {
    List<ArticleRecord> inWindow =
        store.articles().recent(ArticleQuery.latest(MAX_ARTICLES + 1).between(from, to));
    if (inWindow.size() > MAX_ARTICLES) {
      throw new IllegalArgumentException(
          "more than %,d articles between %s and %s: re-cluster a shorter window"
              .formatted(MAX_ARTICLES, from, to));
    }
    Map<Long, ArticleRecord> articles = new LinkedHashMap<>();
    Map<Long, Long> oldStory = new HashMap<>();
    for (ArticleRecord a : inWindow) {
      if (!a.news()) continue;
      articles.put(a.id(), a);
      store.stories().storyOf(a.id()).ifPresent(s -> oldStory.put(a.id(), s));
    }
    // Whole stories: their articles outside the window come too.
    for (long story : new HashSet<>(oldStory.values())) {
      for (var sa : store.stories().articles(story)) {
        articles.putIfAbsent(sa.article().id(), sa.article());
        oldStory.put(sa.article().id(), story);
      }
    }
    List<Story> stories = cluster(store, articles);
    Map<String, Long> idOfKey = new HashMap<>();
    articles.values().forEach(a -> idOfKey.put(a.canonicalUrl(), a.id()));
    int kept =
        store.inTransaction(
            tx -> write(tx, stories, idOfKey, oldStory, new HashSet<>(oldStory.values())));
    return new Result(
        articles.size(), new HashSet<>(oldStory.values()).size(), stories.size(), kept);
  }

  /** The articles through a fresh desk, oldest first; each story as it finally stands. */
  private List<Story> cluster(Store store, Map<Long, ArticleRecord> articles) {
    List<Story> closed = new ArrayList<>();
    StoryDesk desk = new StoryDesk(new Clusterer(settings, closed::add), repostWindow);
    Map<Long, Optional<OutletRecord>> outlets = new HashMap<>();
    List<ArticleRecord> ordered = new ArrayList<>(articles.values());
    ordered.sort(Comparator.comparing(Recluster::time).thenComparing(ArticleRecord::id));
    for (ArticleRecord a : ordered) {
      OutletRecord o =
          outlets.computeIfAbsent(a.outletId(), id -> store.outlets().byId(id)).orElse(null);
      Language declared = a.language() == null ? null : Language.ofCode(a.language());
      String original = null;
      if (a.repostOf() != null) {
        ArticleRecord known = articles.get(a.repostOf());
        original =
            known != null
                ? known.canonicalUrl()
                : store.articles().byId(a.repostOf()).map(ArticleRecord::canonicalUrl).orElse(null);
      }
      desk.replay(StoryDesk.analyse(Ingest.incoming(a, o, declared, null)), original);
    }
    desk.clusterer().closeAll();
    // A story merged into another closed first with its articles still listed: the story that
    // closed last with an article is where it ended up.
    Map<String, Long> finalStory = new HashMap<>();
    for (Story s : closed) s.articles().forEach(k -> finalStory.put(k, s.id()));
    List<Story> out = new ArrayList<>();
    for (Story s : closed) {
      if (s.articles().stream().anyMatch(k -> finalStory.get(k) == s.id())) out.add(s);
    }
    return out;
  }

  /** Writes the new stories over the old ones; returns how many kept an old id. */
  private int write(
      Repositories tx,
      List<Story> stories,
      Map<String, Long> idOfKey,
      Map<Long, Long> oldStory,
      Set<Long> old) {
    Instant now = clock.instant();
    Set<Long> reused = new HashSet<>();
    Map<Long, Story> targets = new LinkedHashMap<>();
    List<Story> bySize = new ArrayList<>(stories);
    bySize.sort(Comparator.comparingInt(Story::articleCount).reversed());
    for (Story s : bySize) {
      Map<Long, Integer> votes = new HashMap<>();
      for (String k : s.articles()) {
        Long was = oldStory.get(idOfKey.get(k));
        if (was != null && !reused.contains(was)) votes.merge(was, 1, Integer::sum);
      }
      Long target =
          votes.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      if (target != null) {
        reused.add(target);
      } else {
        target =
            tx.stories()
                .create(
                    StoryRecord.of(
                        s.title(),
                        s.lead(),
                        s.section(),
                        Instant.ofEpochMilli(s.firstPublishedMillis())));
      }
      for (String k : s.articles()) tx.stories().addArticle(target, idOfKey.get(k), null, now);
      targets.put(target, s);
    }
    for (long id : old) {
      if (!reused.contains(id)) tx.stories().delete(id);
    }
    // Counts once every article has moved: a story's articles may leave it after it was written.
    for (Map.Entry<Long, Story> e : targets.entrySet()) {
      Story s = e.getValue();
      tx.stories().updateStats(e.getKey(), ranker.score(s, now.toEpochMilli()));
      tx.stories().updateHeadline(e.getKey(), s.title(), s.lead(), s.section(), s.outletCount());
      StoryWriter.fileSections(s, tx, now);
    }
    return reused.size();
  }

  private static Instant time(ArticleRecord a) {
    return a.publishedAt() != null ? a.publishedAt() : a.fetchedAt();
  }
}
