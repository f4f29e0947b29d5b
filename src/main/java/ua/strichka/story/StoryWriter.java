package ua.strichka.story;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.Repositories;
import ua.strichka.store.StoryRecord;

/**
 * Persists what the {@link StoryDesk} decided: the desk numbers its stories in memory, the store
 * has its own ids, and this maps one to the other. A story is created on its first placement,
 * articles are added, a story's headline, section, counts and score follow its articles, and a
 * story merged into another moves into it, and the articles the classifier filed take the section
 * the story's vote gives them. Keys are the articles' canonical URLs.
 *
 * <p>One article at a time, inside the transaction that stores the article, so an article is never
 * stored without its story nor the other way round.
 */
public final class StoryWriter {
  /** How many of a story's articles are looked up when its store id is not known yet. */
  private static final int LOOKUPS = 20;

  private final Clusterer clusterer;
  private final Ranker ranker;
  private final Clock clock;

  /**
   * Desk story id → store story id. Only a cache: the truth is the store (an article's story), so a
   * restart, a warm-up replay or a rolled-back transaction cannot leave it wrong for long.
   */
  private final Map<Long, Long> storeIds = new HashMap<>();

  public StoryWriter(Clusterer clusterer, Ranker ranker, Clock clock) {
    this.clusterer = clusterer;
    this.ranker = ranker;
    this.clock = clock;
  }

  /**
   * Stores the placement of an article already upserted as {@code articleId}; returns its store
   * story id, or empty when the desk no longer holds the story (it closed at once).
   */
  public synchronized Optional<Long> write(
      StoryDesk.Outcome outcome, long articleId, Repositories tx) {
    Clusterer.Placement p = outcome.placement();
    Optional<Story> placed = clusterer.story(p.storyId());
    if (placed.isEmpty()) return Optional.empty();
    Instant now = clock.instant();
    // Split-off parts first: their articles are still stored in the parent story, so looking the
    // placed story up by its articles must not find the parent for a part.
    Set<Long> touched = new LinkedHashSet<>();
    for (long part : p.split()) {
      clusterer.story(part).ifPresent(s -> splitOff(s, tx, now, touched));
    }
    long storeId = storeId(placed.get(), tx);
    for (long merged : p.merged()) {
      Long from = storeIds.remove(merged);
      if (from != null && from != storeId && tx.stories().exists(from)) {
        tx.stories().merge(from, storeId);
      }
    }
    tx.stories().addArticle(storeId, articleId, p.similarity(), now);

    touched.add(storeId);
    // Dedup found this article to be the original of earlier ones: they become reposts of it and
    // follow it into its story.
    Optional<Long> newOriginal =
        outcome.verdict().newOriginal() == null
            ? Optional.empty()
            : tx.articles().byCanonicalUrl(outcome.verdict().newOriginal()).map(a -> a.id());
    for (String key : outcome.verdict().relinked()) {
      if (key.equals(outcome.key()) || newOriginal.isEmpty()) continue;
      Optional<Long> id = tx.articles().byCanonicalUrl(key).map(a -> a.id());
      Optional<Story> story = clusterer.storyOf(key).flatMap(clusterer::story);
      if (id.isEmpty() || story.isEmpty()) continue;
      tx.articles().markRepost(id.get(), newOriginal.get());
      tx.stories().storyOf(id.get()).ifPresent(touched::add);
      long target = storeId(story.get(), tx);
      tx.stories().addArticle(target, id.get(), 1.0, now);
      touched.add(target);
    }
    for (long id : touched) {
      if (!tx.stories().exists(id)) continue;
      Story s = story(id).orElse(null);
      tx.stories().updateStats(id, s == null ? 0 : ranker.score(s, now.toEpochMilli()));
      // after updateStats, which counts every outlet with an article, reposts included
      if (s != null) {
        tx.stories().updateHeadline(id, s.title(), s.lead(), s.section(), s.outletCount());
        fileSections(s, tx, now);
      }
    }
    return Optional.of(storeId);
  }

  /**
   * Records the sections the story's vote gave the articles the classifier filed: the story's
   * section when the vote was confident, else each its own again (an article that left a story
   * whose vote re-filed it). The store leaves outlet-labelled articles alone.
   */
  public static void fileSections(Story story, Repositories tx, Instant now) {
    tx.articles()
        .fileSections(
            story.classifiedSections(),
            story.sectionVoted() ? ArticleRecord.STORY : ArticleRecord.CLASSIFIER,
            now);
  }

  /**
   * Stores a story the desk split off another: a new store story its stored articles move to (the
   * parent keeps its id). Both go to {@code touched}: their counts and headlines must follow.
   */
  private void splitOff(Story part, Repositories tx, Instant now, Set<Long> touched) {
    long created = create(part, tx);
    for (String key : part.articles()) {
      Optional<Long> id = tx.articles().byCanonicalUrl(key).map(a -> a.id());
      if (id.isEmpty()) continue;
      tx.stories().storyOf(id.get()).ifPresent(touched::add);
      tx.stories().addArticle(created, id.get(), null, now);
    }
    storeIds.put(part.id(), created);
    touched.add(created);
  }

  /** The open desk story mapped to a store story id, if any. */
  private Optional<Story> story(long storeId) {
    for (Map.Entry<Long, Long> e : storeIds.entrySet()) {
      if (e.getValue() == storeId) return clusterer.story(e.getKey());
    }
    return Optional.empty();
  }

  /**
   * The store id of a desk story: cached, else the story of one of its stored articles, else new.
   */
  private long storeId(Story story, Repositories tx) {
    Long cached = storeIds.get(story.id());
    if (cached != null && tx.stories().exists(cached)) return cached;
    for (String key : story.articles().subList(0, Math.min(LOOKUPS, story.articles().size()))) {
      Optional<Long> known =
          tx.articles().byCanonicalUrl(key).flatMap(a -> tx.stories().storyOf(a.id()));
      if (known.isPresent()) {
        storeIds.put(story.id(), known.get());
        return known.get();
      }
    }
    long created = create(story, tx);
    storeIds.put(story.id(), created);
    return created;
  }

  private static long create(Story story, Repositories tx) {
    return tx.stories()
        .create(
            StoryRecord.of(
                story.title(),
                story.lead(),
                story.section(),
                Instant.ofEpochMilli(story.firstPublishedMillis())));
  }
}
