package ua.strichka.pipeline;

import java.util.Map;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;

/**
 * What a later stage knows about an article that extraction does not: the people, organisations and
 * places it names and the section it belongs to. The entity stage plugs in here; until it does,
 * {@link #NONE} leaves the outlet's section in place.
 */
@FunctionalInterface
public interface ArticleAnalysis {
  /**
   * @param section one of the taxonomy's slugs, or null to keep the outlet's
   * @param entities what the article names, each with how often
   * @param sectionShares when a classifier decided {@code section}: its shares in their stored form
   *     (classify.SectionShares), for the story's vote; else null
   */
  record Result(String section, Map<EntityRecord, Integer> entities, String sectionShares) {
    public static final Result EMPTY = new Result(null, Map.of());

    public Result {
      entities = entities == null ? Map.of() : Map.copyOf(entities);
    }

    /** A section without shares: the story's vote counts it whole. */
    public Result(String section, Map<EntityRecord, Integer> entities) {
      this(section, entities, null);
    }
  }

  ArticleAnalysis NONE = article -> Result.EMPTY;

  /** Analyses an article as it is about to be stored (its id is still null for a new one). */
  Result analyse(ArticleRecord article);
}
