package ua.strichka.search;

import java.time.Instant;
import java.util.List;

/**
 * An article as the index sees it: the store's article row with its outlet, story and entities
 * joined in.
 *
 * @param storyId null when the article belongs to no story (yet)
 * @param entities canonical names of the people, organisations and places it names, most mentioned
 *     first
 */
record IndexedArticle(
    long id,
    String url,
    String outletSlug,
    String outletName,
    String title,
    String lead,
    String body,
    Instant publishedAt,
    Instant fetchedAt,
    String language,
    String section,
    Long storyId,
    List<Entity> entities) {

  IndexedArticle {
    entities = List.copyOf(entities);
  }

  /** The time the index sorts and filters by: publication, or the fetch when none is known. */
  Instant time() {
    return publishedAt != null ? publishedAt : fetchedAt;
  }

  IndexedArticle withEntities(List<Entity> list) {
    return new IndexedArticle(
        id,
        url,
        outletSlug,
        outletName,
        title,
        lead,
        body,
        publishedAt,
        fetchedAt,
        language,
        section,
        storyId,
        list);
  }

  record Entity(String name, String slug) {}
}
