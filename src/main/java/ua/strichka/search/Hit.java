package ua.strichka.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result: an article, with its title and a snippet of its text as HTML — escaped, the
 * matched words in {@code <mark>}.
 *
 * @param title the plain title
 * @param titleHtml the title, escaped, matches marked
 * @param snippetHtml the passage(s) of the text that match best, escaped and marked; the lead when
 *     only the title matched
 * @param outlet the outlet's slug; {@code outletName} its name
 * @param publishedAt the publication time, or the fetch time when the outlet gave none
 * @param storyId the story the article belongs to, or null
 * @param storyMatches with collapse by story: how many of the story's articles matched (this one
 *     included); otherwise 1
 * @param entities canonical names of the people, organisations and places it names
 * @param score relevance; 0 when ordered by date
 */
public record Hit(
    long articleId,
    String url,
    String title,
    String titleHtml,
    String snippetHtml,
    String outlet,
    String outletName,
    String section,
    String language,
    Instant publishedAt,
    Long storyId,
    long storyMatches,
    List<String> entities,
    float score) {

  public Hit {
    entities = List.copyOf(entities);
  }
}
