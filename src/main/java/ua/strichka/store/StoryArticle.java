package ua.strichka.store;

/** An article of a story with the outlet it comes from, for the story page's list and timeline. */
public record StoryArticle(ArticleRecord article, String outletSlug, String outletName) {
  /** A copy of another article (verbatim or lightly edited), shown under its original. */
  public boolean repost() {
    return article.repostOf() != null;
  }
}
