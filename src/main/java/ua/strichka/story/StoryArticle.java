package ua.strichka.story;

import java.util.List;
import java.util.Set;

/**
 * An article as the clusterer sees it: who published it when, and its lemmas.
 *
 * @param key the article's identity (store id or canonical URL); the same key again is an update
 * @param outlet the outlet's slug; distinct outlets make a story important
 * @param outletWeight how much the outlet's coverage weighs, 0 to 1 (outlet.weight)
 * @param language uk, ru, en or other: stories never mix languages
 * @param section the outlet's section, or the classifier's own decision, or null
 * @param headTerms lemmas of the title and lead, stop words removed: what the article is about
 * @param bodyTerms lemmas of the rest of the text, weighted lower
 * @param entities canonical names of the people, organisations and places it names (may be empty)
 * @param repostOf key of the original when dedup found this a repost, else null: a repost joins its
 *     original's story but never counts as another outlet covering it
 * @param sectionShares the classifier's shares by section ordinal when the classifier decided
 *     {@code section} (the story's vote may re-file it), null when the outlet labelled it
 */
public record StoryArticle(
    String key,
    String outlet,
    double outletWeight,
    String language,
    long publishedMillis,
    String title,
    String lead,
    String section,
    List<String> headTerms,
    List<String> bodyTerms,
    Set<String> entities,
    String repostOf,
    double[] sectionShares) {

  public StoryArticle {
    headTerms = List.copyOf(headTerms);
    bodyTerms = List.copyOf(bodyTerms);
    entities = Set.copyOf(entities);
  }

  public boolean isRepost() {
    return repostOf != null;
  }

  /**
   * The same article without its body's lemmas: once its {@link TermVector} is built an open story
   * needs only the title and lead's (to find it again after a split).
   */
  StoryArticle withoutBodyTerms() {
    return bodyTerms.isEmpty() ? this : with(List.of(), repostOf);
  }

  /** The same article marked as a repost of {@code original}. */
  public StoryArticle asRepostOf(String original) {
    return with(bodyTerms, original);
  }

  /** A copy with these two changed: the one place that lists every component for a copy. */
  private StoryArticle with(List<String> bodyTerms, String repostOf) {
    return new StoryArticle(
        key,
        outlet,
        outletWeight,
        language,
        publishedMillis,
        title,
        lead,
        section,
        headTerms,
        bodyTerms,
        entities,
        repostOf,
        sectionShares);
  }
}
