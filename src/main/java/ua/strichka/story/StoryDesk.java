package ua.strichka.story;

import java.time.Duration;
import java.util.Optional;
import ua.strichka.dedup.Fingerprint;
import ua.strichka.dedup.RepostFinder;
import ua.strichka.text.Language;
import ua.strichka.text.TextNormalizer;

/**
 * The whole analysis of an incoming article, in the order the pipeline needs it: language and
 * lemmas ({@link ArticleTerms}), fingerprints, repost detection ({@link RepostFinder}), then its
 * story ({@link Clusterer}).
 *
 * <p>{@link #analyse} is a pure function and runs on any number of threads; {@link #place} updates
 * the shared indexes and runs one article at a time. Both keep a per-article cost that does not
 * grow with the number of articles seen.
 */
public final class StoryDesk {
  /**
   * An article as extraction delivers it.
   *
   * @param key identity (store id or canonical URL); the same key again is an update
   * @param host host of the article's URL, matched against other articles' credits
   * @param declaredLanguage the page's declared language, or null to detect it
   * @param creditedHost the host named in its «Джерело:» line (SourceCredit), or null
   * @param sectionShares the classifier's shares when it decided {@code section}, else null
   */
  public record Incoming(
      String key,
      String outlet,
      String host,
      double outletWeight,
      long publishedMillis,
      String title,
      String lead,
      String body,
      Language declaredLanguage,
      String section,
      String creditedHost,
      double[] sectionShares) {}

  /** An article analysed, ready to be placed. */
  public record Analysed(Incoming article, ArticleTerms terms, Fingerprint print) {}

  /**
   * What became of an article.
   *
   * @param repostOf key of its original, or null
   * @param relinked earlier articles that turned out to be reposts of {@code relinkedTo}
   */
  public record Outcome(
      String key,
      Language language,
      Fingerprint print,
      String repostOf,
      double repostSimilarity,
      RepostFinder.Verdict verdict,
      Clusterer.Placement placement) {}

  private final RepostFinder reposts;
  private final Clusterer clusterer;

  /** A desk whose repost finder remembers the default number of articles and has no store. */
  public StoryDesk(Clusterer clusterer, Duration repostWindow) {
    this(
        clusterer,
        new RepostFinder(
            repostWindow, RepostFinder.DEFAULT_CAPACITY, RepostFinder.ExactCopies.NONE));
  }

  public StoryDesk(Clusterer clusterer, RepostFinder reposts) {
    this.clusterer = clusterer;
    this.reposts = reposts;
  }

  public Clusterer clusterer() {
    return clusterer;
  }

  /** Language, lemmas and fingerprint; thread-safe. */
  public static Analysed analyse(Incoming in) {
    ArticleTerms terms = ArticleTerms.of(in.title(), in.lead(), in.body(), in.declaredLanguage());
    String text =
        (in.lead() == null ? "" : in.lead()) + "\n\n" + (in.body() == null ? "" : in.body());
    Fingerprint print = Fingerprint.of(TextNormalizer.forHashing(text), terms.words());
    return new Analysed(in, terms, print);
  }

  /** Decides repost and story; one article at a time. */
  public synchronized Outcome place(Analysed a) {
    Incoming in = a.article();
    RepostFinder.Verdict verdict =
        reposts.check(
            new RepostFinder.Article(
                in.key(),
                in.outlet(),
                in.host(),
                in.publishedMillis(),
                a.print(),
                in.creditedHost()));
    Clusterer.Placement placement = clusterer.add(storyArticle(a, verdict.originalKey()));
    for (String key : verdict.relinked()) {
      if (!key.equals(in.key())) clusterer.markRepost(key, verdict.newOriginal());
    }
    return new Outcome(
        in.key(),
        a.terms().language(),
        a.print(),
        verdict.originalKey(),
        verdict.similarity(),
        verdict,
        placement);
  }

  /**
   * Places a stored article whose repost link dedup already decided ({@code repostOf}, the
   * original's key, or null), without asking dedup again: re-clustering keeps the links made when
   * the credit lines («Джерело:») were still at hand.
   */
  public synchronized Clusterer.Placement replay(Analysed a, String repostOf) {
    return clusterer.add(storyArticle(a, repostOf));
  }

  private static StoryArticle storyArticle(Analysed a, String repostOf) {
    Incoming in = a.article();
    return new StoryArticle(
        in.key(),
        in.outlet(),
        in.outletWeight(),
        a.terms().language().code(),
        in.publishedMillis(),
        in.title(),
        in.lead(),
        in.section(),
        a.terms().head(),
        a.terms().body(),
        a.terms().names(),
        repostOf,
        in.sectionShares());
  }

  public Outcome add(Incoming in) {
    return place(analyse(in));
  }

  /** The story of an article still open, if any. */
  public Optional<Long> storyOf(String key) {
    return clusterer.storyOf(key);
  }
}
