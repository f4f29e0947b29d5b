package ua.strichka.pipeline;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.extract.Article;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.ExtractionException;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;
import ua.strichka.extract.UkrainianDates;
import ua.strichka.fetch.FetchResult;
import ua.strichka.fetch.PageSink;
import ua.strichka.store.Repositories;

/**
 * An extracted article page and the further pages joined to it: their bodies appended in order,
 * separated by a blank line as paragraphs are, every other field page 1's. A further page joins
 * only when it is an article with page 1's title (a page may add «сторінка 2» after it): a pager
 * that leads to another article ends the chain rather than glue two articles together.
 */
final class SplitArticle implements PageSink.Reading {
  private static final Logger LOG = LoggerFactory.getLogger(SplitArticle.class);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Extractor extractor;
  private final Extraction.Found first;
  private final BiConsumer<Article, Repositories> store;
  private final StringBuilder body;
  private String next;

  /**
   * @param store stores the joined article (page 1's with the joined body) in the transaction
   */
  SplitArticle(
      Extractor extractor, Extraction.Found first, BiConsumer<Article, Repositories> store) {
    this.extractor = extractor;
    this.first = first;
    this.store = store;
    this.body = new StringBuilder(nonNull(first.article().articleBody()));
    this.next = first.nextPage();
  }

  @Override
  public Optional<String> next() {
    return Optional.ofNullable(next);
  }

  @Override
  public boolean join(FetchResult more) {
    String url = more.finalUrl().toString();
    Extraction x;
    try {
      x =
          extractor.extract(
              more.text(),
              url,
              FeedHints.NONE,
              ZonedDateTime.ofInstant(more.startedAt(), UkrainianDates.KYIV));
    } catch (ExtractionException e) {
      LOG.info("further page not extracted: {}: {}", url, e.getMessage());
      return false;
    }
    if (!(x instanceof Extraction.Found found)) return false;
    if (!sameTitle(first.article().title(), found.article().title())) return false;
    String text = nonNull(found.article().articleBody()).strip();
    if (!text.isEmpty()) {
      if (!body.isEmpty()) body.append("\n\n");
      body.append(text);
    }
    next = found.nextPage();
    return true;
  }

  @Override
  public void store(Repositories tx) {
    Article a = first.article();
    store.accept(
        new Article(
            a.url(),
            a.canonicalUrl(),
            a.title(),
            body.toString(),
            a.description(),
            a.datePublished(),
            a.dateModified(),
            a.authors(),
            a.image(),
            a.section(),
            a.language(),
            a.siteName(),
            a.credit()),
        tx);
  }

  /**
   * Whether two pages' titles name one article: equal once case and spaces are set aside, or one
   * the other with a page number added. A page without a title is not the same article.
   */
  static boolean sameTitle(String first, String further) {
    String a = normal(first);
    String b = normal(further);
    if (a.isEmpty() || b.isEmpty()) return false;
    return a.equals(b) || a.startsWith(b) || b.startsWith(a);
  }

  private static String normal(String title) {
    return title == null
        ? ""
        : SPACES.matcher(title.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
