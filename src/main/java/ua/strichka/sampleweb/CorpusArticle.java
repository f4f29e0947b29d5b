package ua.strichka.sampleweb;

import java.util.List;
import java.util.Optional;

/**
 * One corpus entry, markup stripped: the ground truth of an article the sample web serves.
 *
 * @param repostOf the id of the article this one copies, when it is a repost
 * @param credit whether a repost names its source («Джерело: …»)
 * @param hoursAgo how long before the web's start it was published
 * @param update the re-published version of the same URL, when there is one
 */
public record CorpusArticle(
    String id,
    String outlet,
    String language,
    Rubric section,
    Optional<String> event,
    boolean news,
    Optional<String> repostOf,
    boolean credit,
    double hoursAgo,
    List<String> authors,
    Version original,
    Optional<Update> update) {

  public CorpusArticle {
    authors = List.copyOf(authors);
  }

  /** Title and text of one version of the article, with the mentions in each. */
  public record Version(
      String title,
      String lead,
      String body,
      List<EntitySpan> titleEntities,
      List<EntitySpan> textEntities) {

    /** What a reader should get from extraction: the lead, a blank line, the body. */
    public String text() {
      return lead + "\n\n" + body;
    }

    /** The paragraphs as printed, the lead first. */
    public List<String> paragraphs() {
      return List.of(text().split("\n\n"));
    }
  }

  /** A later version of the same URL, published {@code hoursAgo} before the web's start. */
  public record Update(double hoursAgo, Version version) {}

  /** The version a reader sees once every update is out. */
  public Version latest() {
    return update.map(Update::version).orElse(original);
  }

  /**
   * The story this article belongs to: the event for Ukrainian articles, {@code event/ru} and
   * {@code event/en} for the other editions (stories are per language); empty for non-news.
   */
  public Optional<String> storyId() {
    return event.map(e -> language.equals("uk") ? e : e + "/" + language);
  }
}
