package ua.strichka.story;

import java.util.List;
import java.util.Map;

/**
 * A story as readers see it: what happened, who reported it first, how many outlets carry it.
 *
 * @param title the most representative headline: the one closest to the story's centroid, weighed
 *     by the outlet's weight
 * @param lead the lead of that same article
 * @param firstArticle key of the earliest original article: the first reporter, credited
 * @param firstOutlet its outlet
 * @param outletWeights distinct outlets with original reports (reposts excluded) and their weights
 * @param reportTimes publication times of the original reports, oldest first, for the ranking
 * @param articles every article's key, most representative first (reposts included)
 * @param reposts how many of {@code articles} are reposts
 * @param sectionVoted whether the articles' vote ({@code classify.SectionVote}) was confident: then
 *     {@code classifiedSections} are all the story's section
 * @param classifiedSections the section each article the classifier filed shows, by key: the
 *     story's when {@code sectionVoted}, else the article's own; outlet-labelled articles are
 *     absent
 */
public record Story(
    long id,
    String language,
    String section,
    String title,
    String lead,
    String firstArticle,
    String firstOutlet,
    Map<String, Double> outletWeights,
    List<Long> reportTimes,
    List<String> articles,
    int reposts,
    long firstPublishedMillis,
    long lastPublishedMillis,
    boolean sectionVoted,
    Map<String, String> classifiedSections) {

  /** Distinct outlets that reported the story themselves; reposts do not count. */
  public int outletCount() {
    return outletWeights.size();
  }

  public int articleCount() {
    return articles.size();
  }
}
