package ua.strichka.store;

/** The repositories over one source of handles: the store's own, or one transaction's. */
public final class Repositories {
  private final OutletRepository outlets;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final EntityRepository entities;
  private final CrawlRepository crawl;
  private final RateRepository rates;
  private final Handles handles;

  Repositories(Handles handles) {
    this.outlets = new OutletRepository(handles);
    this.articles = new ArticleRepository(handles);
    this.stories = new StoryRepository(handles);
    this.entities = new EntityRepository(handles);
    this.crawl = new CrawlRepository(handles);
    this.rates = new RateRepository(handles);
    this.handles = handles;
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

  public CrawlRepository crawl() {
    return crawl;
  }

  public RateRepository rates() {
    return rates;
  }

  /**
   * Runs {@code action} after the transaction these repositories belong to commits (never when it
   * rolls back), so what reads the store from outside (the search index) sees only committed rows;
   * for the store's own repositories, at once.
   */
  public void afterCommit(Runnable action) {
    handles.afterCommit(action);
  }
}
