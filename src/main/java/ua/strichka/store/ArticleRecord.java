package ua.strichka.store;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored: what extraction found plus what analysis decided (language, section,
 * fingerprints, repost).
 *
 * @param id null until stored
 * @param canonicalUrl the identity of an article: one row per canonical URL however many feeds list
 *     it
 * @param body paragraphs separated by blank lines
 * @param contentHash hash of the normalised text, for exact duplicates across URLs
 * @param simhash 64-bit SimHash of the text, for near duplicates; null until computed
 * @param repostOf id of the article this one copies, or null
 * @param sectionSource who decided {@code section}: {@link #OUTLET}, {@link #CLASSIFIER} or {@link
 *     #STORY}; null when nothing did
 * @param sectionShares the classifier's shares per section in its compact text form
 *     (classify.SectionShares), or null when the outlet labelled the article
 */
public record ArticleRecord(
    Long id,
    String url,
    String canonicalUrl,
    long outletId,
    String title,
    String lead,
    String body,
    String image,
    List<String> authors,
    Instant publishedAt,
    Instant modifiedAt,
    Instant fetchedAt,
    String language,
    String section,
    boolean news,
    String contentHash,
    Long simhash,
    Long repostOf,
    String sectionSource,
    String sectionShares) {
  /** The outlet labelled the article: evidence, never re-filed. */
  public static final String OUTLET = "outlet";

  /** The classifier decided from the words alone. */
  public static final String CLASSIFIER = "classifier";

  /** The article's story voted confidently and the article shows the story's section. */
  public static final String STORY = "story";

  public ArticleRecord {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public static Builder builder(String canonicalUrl, long outletId, String title) {
    return new Builder(canonicalUrl, outletId, title);
  }

  public Builder toBuilder() {
    Builder b = new Builder(canonicalUrl, outletId, title);
    b.id = id;
    b.url = url;
    b.lead = lead;
    b.body = body;
    b.image = image;
    b.authors = authors;
    b.publishedAt = publishedAt;
    b.modifiedAt = modifiedAt;
    b.fetchedAt = fetchedAt;
    b.language = language;
    b.section = section;
    b.news = news;
    b.contentHash = contentHash;
    b.simhash = simhash;
    b.repostOf = repostOf;
    b.sectionSource = sectionSource;
    b.sectionShares = sectionShares;
    return b;
  }

  /**
   * Builds records field by field; {@code url} defaults to the canonical URL and {@code fetchedAt}
   * to now.
   */
  public static final class Builder {
    private Long id;
    private String url;
    private String canonicalUrl;
    private long outletId;
    private String title;
    private String lead;
    private String body;
    private String image;
    private List<String> authors = List.of();
    private Instant publishedAt;
    private Instant modifiedAt;
    private Instant fetchedAt;
    private String language;
    private String section;
    private boolean news = true;
    private String contentHash;
    private Long simhash;
    private Long repostOf;
    private String sectionSource;
    private String sectionShares;

    private Builder(String canonicalUrl, long outletId, String title) {
      this.canonicalUrl = canonicalUrl;
      this.outletId = outletId;
      this.title = title;
    }

    public Builder id(Long v) {
      id = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder canonicalUrl(String v) {
      canonicalUrl = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder lead(String v) {
      lead = v;
      return this;
    }

    public Builder body(String v) {
      body = v;
      return this;
    }

    public Builder image(String v) {
      image = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = v;
      return this;
    }

    public Builder publishedAt(Instant v) {
      publishedAt = v;
      return this;
    }

    public Builder modifiedAt(Instant v) {
      modifiedAt = v;
      return this;
    }

    public Builder fetchedAt(Instant v) {
      fetchedAt = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder section(String v) {
      section = v;
      return this;
    }

    public Builder news(boolean v) {
      news = v;
      return this;
    }

    public Builder contentHash(String v) {
      contentHash = v;
      return this;
    }

    public Builder simhash(Long v) {
      simhash = v;
      return this;
    }

    public Builder repostOf(Long v) {
      repostOf = v;
      return this;
    }

    public Builder sectionSource(String v) {
      sectionSource = v;
      return this;
    }

    public Builder sectionShares(String v) {
      sectionShares = v;
      return this;
    }

    public ArticleRecord build() {
      return new ArticleRecord(
          id,
          url == null ? canonicalUrl : url,
          canonicalUrl,
          outletId,
          title,
          lead,
          body,
          image,
          authors,
          publishedAt,
          modifiedAt,
          fetchedAt == null ? Instant.now() : fetchedAt,
          language,
          section,
          news,
          contentHash,
          simhash,
          repostOf,
          sectionSource,
          sectionShares);
    }
  }
}
