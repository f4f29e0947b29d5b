package ua.strichka.extract;

/** The outcome of extracting one page: an article, or a page that is not one and why. */
public sealed interface Extraction {
  String url();

  /**
   * The page is an article.
   *
   * @param nextPage the absolute address of the page the article's text goes on on, when it is
   *     split over several pages (see {@link NextPage}), else null
   */
  record Found(Article article, String nextPage) implements Extraction {
    public Found(Article article) {
      this(article, null);
    }

    @Override
    public String url() {
      return article.url();
    }
  }

  /** The page is not an article (a front page, a listing, a contacts page…). */
  record NotArticle(String url, PageKind kind, String reason) implements Extraction {}
}
