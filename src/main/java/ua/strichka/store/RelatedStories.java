package ua.strichka.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Stories about the same people, organisations and places as a given story.
 *
 * <p>Counting shared names alone made a Eurovision story "related" to a rubble clearance in Odesa:
 * both named Україна and Одеса, which half the news does. So a shared name counts by how rare it is
 * (inverse document frequency over articles), and a name that more than {@link #COMMON_SHARE} of
 * all articles carry counts not at all: it says nothing about the event, and reading every story
 * that names Україна would cost a scan of most of the store on each story page. Another story is
 * related when it shares two of the remaining names, or one that is among the story's two
 * most-named ones (what the story is about); the website fills up with the section's top stories.
 */
final class RelatedStories {
  /** Articles naming an entity, as a share of all, above which the entity is too common. */
  static final double COMMON_SHARE = 0.01;

  /** In a small store every name is rare by share; below this many articles none is common. */
  static final int COMMON_FLOOR = 20;

  /**
   * The newest articles naming an entity that are looked at for other stories: related stories are
   * recent ones, and a page view reads no more than this many rows per name however big the store.
   */
  private static final int RECENT = 300;

  /** The story's names looked at, the most widely named first. */
  private static final int NAMES = 24;

  /** The story's lead names: one of these shared is enough. */
  private static final int SUBJECT = 2;

  private RelatedStories() {}

  /** The ids of related stories, most related first; ties go to the higher-ranked story. */
  static List<Long> of(Handle h, long storyId, int limit) {
    List<Long> names =
        h.createQuery(
                """
                SELECT ae.entity_id FROM article_entity ae
                JOIN story_article sa ON sa.article_id = ae.article_id
                WHERE sa.story_id = :id GROUP BY ae.entity_id
                ORDER BY COUNT(*) DESC, ae.entity_id LIMIT :n""")
            .bind("id", storyId)
            .bind("n", NAMES)
            .mapTo(Long.class)
            .list();
    if (names.isEmpty()) return List.of();
    // The highest id stands in for the article count: exact enough for a share, and free.
    long articles =
        h.createQuery("SELECT COALESCE(MAX(id), 0) FROM article").mapTo(Long.class).one();
    int common = (int) Math.max(COMMON_FLOOR, Math.ceil(articles * COMMON_SHARE));

    Map<Long, Shared> byStory = new HashMap<>();
    int informative = 0;
    for (long entity : names) {
      // Counted on the entity index alone first: a common name costs no join.
      int named =
          h.createQuery(
                  "SELECT COUNT(*) FROM (SELECT 1 FROM article_entity WHERE entity_id = :e LIMIT :cap) n")
              .bind("e", entity)
              .bind("cap", common + 1)
              .mapTo(Integer.class)
              .one();
      if (named > common || named == 0) continue;
      List<Long> stories =
          h.createQuery(
                  """
                  SELECT sa.story_id FROM article_entity ae
                  JOIN story_article sa ON sa.article_id = ae.article_id
                  WHERE ae.entity_id = :e ORDER BY ae.article_id DESC LIMIT :recent""")
              .bind("e", entity)
              .bind("recent", RECENT)
              .mapTo(Long.class)
              .list();
      boolean subject = informative++ < SUBJECT;
      double weight = Math.log((articles + 1.0) / named);
      stories.stream()
          .filter(s -> s != storyId)
          .distinct()
          .forEach(s -> byStory.computeIfAbsent(s, k -> new Shared()).add(weight, subject));
    }
    List<Map.Entry<Long, Shared>> candidates =
        byStory.entrySet().stream()
            .filter(e -> e.getValue().names >= 2 || e.getValue().subject)
            .sorted(Comparator.comparingDouble(e -> -e.getValue().weight))
            .limit(limit * 3L)
            .toList();
    if (candidates.isEmpty()) return List.of();
    Map<Long, Double> rank =
        h.createQuery("SELECT id, score FROM story WHERE article_count > 0 AND id IN (<ids>)")
            .bindList("ids", candidates.stream().map(Map.Entry::getKey).toList())
            .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getDouble("score")))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    List<Long> out = new ArrayList<>();
    candidates.stream()
        .filter(e -> rank.containsKey(e.getKey()))
        .sorted(
            Comparator.comparingDouble((Map.Entry<Long, Shared> e) -> -e.getValue().weight)
                .thenComparingDouble(e -> -rank.get(e.getKey()))
                .thenComparingLong(e -> -e.getKey()))
        .limit(limit)
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  /** What one other story shares with ours. */
  private static final class Shared {
    double weight;
    int names;
    boolean subject;

    void add(double w, boolean lead) {
      weight += w;
      names++;
      subject |= lead;
    }
  }
}
