package ua.strichka.cli;

import java.io.IOException;
import java.net.URI;
import java.time.ZonedDateTime;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.ExtractionException;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;
import ua.strichka.fetch.FetchResult;
import ua.strichka.fetch.Fetcher;

/**
 * Fetches one page for {@code strichka extract URL} through the crawler's {@link Fetcher}, so the
 * command gets the same redirects, limits, charset decoding, robots.txt and SSRF guard as a crawl
 * instead of a second, weaker request path of its own.
 */
final class PageSource {
  private PageSource() {}

  static boolean isUrl(String input) {
    return input.startsWith("http://") || input.startsWith("https://");
  }

  static Extraction fetch(Fetcher fetcher, Extractor extractor, String url, ZonedDateTime now)
      throws IOException {
    URI uri;
    try {
      uri = URI.create(url.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      throw new IOException("not a URL: " + url);
    }
    FetchResult r = fetcher.fetch(uri);
    if (r.error() != null) throw new IOException(r.errorDetail());
    if (r.status() != 200) throw new IOException("HTTP " + r.status());
    if (r.truncated()) {
      throw new ExtractionException("page too large: over the fetcher's fetch.max-body-bytes");
    }
    return extractor.extract(r.text(), r.finalUrl().toString(), FeedHints.NONE, now);
  }
}
