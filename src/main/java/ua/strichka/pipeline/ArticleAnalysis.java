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
   */
  record Result(String section, Map<EntityRecord, Integer> entities) {
    public static final Result EMPTY = new Result(null, Map.of());

    public Result {
      entities = entities == null ? Map.of() : Map.copyOf(entities);
    }
  }

  ArticleAnalysis NONE = article -> Result.EMPTY;

  /** Analyses an article as it is about to be stored (its id is still null for a new one). */
  Result analyse(ArticleRecord article);
}
