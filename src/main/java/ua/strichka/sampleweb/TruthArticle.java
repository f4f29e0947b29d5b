package ua.strichka.sampleweb;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a perfect crawler and extractor would get for one article on this run: the ground truth that
 * quality figures are measured against.
 *
 * @param url where the outlet's pages link the article on this run
 * @param canonicalUrl what the page's canonical link names (tracking parameters removed)
 * @param title the headline as finally served (after an update, the updated one)
 * @param text the lead, a blank line, the body: what extraction should return
 * @param published when it went out (in live mode: when it is released)
 * @param modified when the update went out, for updated articles
 * @param story the story id: the event, {@code event/ru}, {@code event/en}; empty for non-news
 * @param repostOf the original's URL on this run, for reposts
 * @param credited whether the repost names its source
 * @param original the first version, for articles that were updated
 */
public record TruthArticle(
    String id,
    String outlet,
    URI url,
    URI canonicalUrl,
    String title,
    List<String> authors,
    String text,
    Instant published,
    Optional<Instant> modified,
    Rubric section,
    Optional<String> story,
    String language,
    boolean news,
    Optional<URI> repostOf,
    boolean credited,
    List<EntitySpan> titleEntities,
    List<EntitySpan> textEntities,
    Optional<CorpusArticle.Version> original) {

  static TruthArticle of(Post p, URI url, Optional<URI> repostOf) {
    CorpusArticle a = p.article();
    CorpusArticle.Version latest = a.latest();
    return new TruthArticle(
        a.id(),
        a.outlet(),
        url,
        url,
        latest.title(),
        a.authors(),
        latest.text(),
        p.published(),
        p.updated(),
        a.section(),
        a.storyId(),
        a.language(),
        a.news(),
        repostOf,
        a.credit(),
        latest.titleEntities(),
        latest.textEntities(),
        a.update().isPresent() ? Optional.of(a.original()) : Optional.empty());
  }
}
