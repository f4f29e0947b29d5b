package ua.strichka.sampleweb;

import java.time.Instant;
import java.util.Optional;

/**
 * An article as published on this run: its number and path on the outlet's site and its times.
 *
 * @param number the outlet CMS's numeric id (in URLs of some templates)
 * @param path the path on the outlet's origin, starting with {@code /}
 * @param published when it goes out (the release time for articles held back in live mode)
 * @param updated when the update goes out, for articles with one
 * @param synthetic whether scale mode made it up (not part of the ground truth)
 */
record Post(
    CorpusArticle article,
    int number,
    String path,
    Instant published,
    Optional<Instant> updated,
    boolean synthetic) {

  boolean visible(Instant now) {
    return !published.isAfter(now);
  }

  boolean isUpdated(Instant now) {
    return updated.isPresent() && !updated.get().isAfter(now);
  }

  /** The version a reader gets at {@code now}: the original until the update is out. */
  CorpusArticle.Version version(Instant now) {
    return isUpdated(now) ? article.latest() : article.original();
  }

  Instant modified(Instant now) {
    return isUpdated(now) ? updated.get() : published;
  }

  String language() {
    return article.language();
  }
}
