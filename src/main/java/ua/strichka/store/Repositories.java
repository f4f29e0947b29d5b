package ua.strichka.store;

/** The repositories over one source of handles: the store's own, or one transaction's. */
public final class Repositories {
  private final OutletRepository outlets;
  private final ArticleRepository articles;
  private final CrawlRepository crawl;
  private final RateRepository rates;

  Repositories(Handles handles) {
    this.outlets = new OutletRepository(handles);
    this.articles = new ArticleRepository(handles);
    this.crawl = new CrawlRepository(handles);
    this.rates = new RateRepository(handles);
  }

  public OutletRepository outlets() {
    return outlets;
  }

  public ArticleRepository articles() {
    return articles;
  }

  public CrawlRepository crawl() {
    return crawl;
  }

  public RateRepository rates() {
    return rates;
  }
}
