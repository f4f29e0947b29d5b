package ua.strichka.extract;

/** The outcome of extracting one page: an article, or a page that is not one and why. */
public sealed interface Extraction {
  String url();

  /** The page is an article. */
  record Found(Article article) implements Extraction {
    @Override
    public String url() {
      return article.url();
    }
  }

  /** The page is not an article (a front page, a listing, a contacts page…). */
  record NotArticle(String url, PageKind kind, String reason) implements Extraction {}
}
