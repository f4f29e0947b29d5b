package ua.strichka.pipeline;

import java.util.Set;
import ua.strichka.store.ArticleRecord;

/**
 * What a later stage knows about an article that extraction does not: the people, organisations and
 * places it names and the section it belongs to. The entity stage plugs in here; until it does,
 * {@link #NONE} leaves the outlet's section in place.
 */
@FunctionalInterface
public interface ArticleAnalysis {
  /**
   * @param section one of the taxonomy's slugs, or null to keep the outlet's
   * @param entities canonical names of what the article names
   */
  record Result(String section, Set<String> entities) {
    public static final Result EMPTY = new Result(null, Set.of());

    public Result {
      entities = entities == null ? Set.of() : Set.copyOf(entities);
    }
  }

  ArticleAnalysis NONE = article -> Result.EMPTY;

  /** Analyses an article as it is about to be stored (its id is still null for a new one). */
  Result analyse(ArticleRecord article);
}
