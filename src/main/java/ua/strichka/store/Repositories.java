package ua.strichka.store;

/** The repositories over one source of handles: the store's own, or one transaction's. */
public final class Repositories {
  private final OutletRepository outlets;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final EntityRepository entities;

  Repositories(Handles handles) {
    this.outlets = new OutletRepository(handles);
    this.articles = new ArticleRepository(handles);
    this.stories = new StoryRepository(handles);
    this.entities = new EntityRepository(handles);
  }

  public OutletRepository outlets() {
    return outlets;
  }

  public ArticleRepository articles() {
    return articles;
  }

  public StoryRepository stories() {
    return stories;
  }

  public EntityRepository entities() {
    return entities;
  }
}
