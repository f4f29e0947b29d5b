package ua.strichka.classify;

import java.util.Optional;

/**
 * A story's section as the vote of its articles: the unlabelled articles pool their evidence (the
 * sum of their log shares, {@link SectionClassifier#shares}: as if the story were one long article)
 * and cast one vote each, split by the pooled shares; each article whose outlet labels it adds a
 * whole vote for that section. One article's words can mislead (a foreign minister quoted in a
 * Ukrainian story); a story told by several articles rarely misleads them all the same way.
 *
 * <p>Not thread-safe: one vote is counted by one thread, then read.
 */
public final class SectionVote {
  /**
   * The least share of the votes a section needs before it overrides an unlabelled article's own
   * decision: half. Chosen on the dev part (stories clustered by Strichka, each article's shares
   * from event-grouped 5-fold cross-validation), never on the held-out part: story-voted macro-F1
   * 0.921 for any least share from 0 to 0.5, 0.901 at 0.6, 0.891 at 0.7 (per article: 0.875).
   * Softer shares (the scores divided by 4 or 16 before the softmax) gave 0.901 and 0.875: the
   * classifier's own shares, nearly one per article, make this close to a majority of decisions.
   * Checked again in session 5 (before the cues were settled): least share 0.4 and 0.5 0.921, 0.6
   * 0.901; three voters at least 0.918; shares softened by powers 1/3, 1/10, 1/30 0.914, 0.890,
   * 0.875. Session 9 (with the Ukrainian training texts, mean of eight assignments): least share
   * 0.3 and 0.4 as 0.5.
   */
  public static final double MIN_SHARE = 0.5;

  /**
   * Why the unlabelled articles pool log shares rather than add shares: an article's shares are
   * nearly one-hot, so adding them counted decisions and let two articles that barely lean one way
   * outvote one that is sure of another; the log shares keep how sure each is. Session 9,
   * story-voted macro-F1 of dev cross-validation, mean of eight assignments of events to folds:
   * shares added 0.893, each article's decision one vote 0.895, log shares pooled 0.900 (six
   * assignments up, none down).
   */
  private final double[] logShares = new double[Section.values().length];

  private final double[] labels = new double[Section.values().length];
  private int unlabelled;
  private int articles;

  /** Adds an unlabelled article's shares, by section ordinal (they sum to 1). */
  public SectionVote add(double[] shares) {
    if (shares.length != logShares.length) {
      throw new IllegalArgumentException(
          "expected " + logShares.length + " shares, got " + shares.length);
    }
    // a share that underflowed to 0 is as good as impossible, but not -∞: no NaN when all are
    for (int s = 0; s < shares.length; s++) logShares[s] += Math.log(Math.max(shares[s], TINY));
    unlabelled++;
    articles++;
    return this;
  }

  private static final double TINY = 1e-300;

  /** Adds an article its outlet labels: evidence, a whole vote. */
  public SectionVote add(Section labelled) {
    labels[labelled.ordinal()] += 1;
    articles++;
    return this;
  }

  /** How many articles voted. */
  public int articles() {
    return articles;
  }

  /** The leading section and its share of all votes, or empty when nobody voted. */
  public Optional<SectionClassifier.Prediction> leader() {
    if (articles == 0) return Optional.empty();
    double[] votes = votes();
    int best = 0;
    double sum = 0;
    for (int s = 0; s < votes.length; s++) {
      sum += votes[s];
      if (votes[s] > votes[best]) best = s;
    }
    return Optional.of(
        new SectionClassifier.Prediction(Section.values()[best], votes[best] / sum, false));
  }

  /**
   * The section an unlabelled article of this story shows: the story's when at least two articles
   * voted and the leader has {@link #MIN_SHARE} of the votes, else the article's own.
   */
  public Section forArticle(Section own) {
    return decided().orElse(own);
  }

  /**
   * The story's section when the vote is confident (at least two articles voted and the leader has
   * {@link #MIN_SHARE} of the votes, alone: two outlets' labels one each are a tie, not a
   * decision), else empty: each unlabelled article keeps its own.
   */
  public Optional<Section> decided() {
    return leader()
        .filter(l -> articles >= 2 && l.confidence() >= MIN_SHARE && !tied(l.section()))
        .map(SectionClassifier.Prediction::section);
  }

  /** Each section's votes: the labels', and the unlabelled articles' split by pooled shares. */
  private double[] votes() {
    double[] votes = labels.clone();
    if (unlabelled == 0) return votes;
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logShares) max = Math.max(max, l);
    double sum = 0;
    double[] pooled = new double[logShares.length];
    for (int s = 0; s < pooled.length; s++) {
      pooled[s] = Math.exp(logShares[s] - max);
      sum += pooled[s];
    }
    for (int s = 0; s < votes.length; s++) votes[s] += unlabelled * pooled[s] / sum;
    return votes;
  }

  private boolean tied(Section leader) {
    double[] votes = votes();
    for (int s = 0; s < votes.length; s++) {
      // pooled log shares summed in another order may differ in the last bits
      double lead = votes[leader.ordinal()];
      if (s != leader.ordinal() && Math.abs(votes[s] - lead) <= 1e-9 * lead) return true;
    }
    return false;
  }
}
