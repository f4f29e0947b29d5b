package ua.strichka.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a news page says, as extraction found it. Any field but {@code url} may be null (authors:
 * empty) when the page does not give it.
 *
 * @param canonicalUrl the page's {@code rel=canonical} / {@code og:url}, else its URL
 * @param articleBody the main text, paragraphs joined by blank lines
 * @param description the lead or standfirst
 * @param language the page's declared language as a BCP 47 primary tag ({@code uk}, {@code ru})
 * @param credit the «Джерело: X (Розділ)» line of a repost, kept out of the body
 */
public record Article(
    String url,
    String canonicalUrl,
    String title,
    String articleBody,
    String description,
    OffsetDateTime datePublished,
    OffsetDateTime dateModified,
    List<String> authors,
    String image,
    String section,
    String language,
    String siteName,
    SourceCredit credit) {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
