package ua.strichka.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.store.FetchLogEntry;

/**
 * Follows an article split over several pages: fetches each further page its reading names through
 * the same {@link Fetcher} (robots.txt, the host's turn and delay, size and time limits, the SSRF
 * guard, the redirect budget) and joins it, until the article ends or a guard ends the chain: a cap
 * on pages, a page already joined (a loop, or a way back to page 1), another host, a page that is
 * not the same article, or a fetch that fails. What was joined stays joined; nothing is stored
 * here.
 *
 * <p>The pages are joined in memory and stored by the caller in one transaction with page 1's
 * visit, and further pages never enter the frontier: a crawler killed mid-chain has committed
 * nothing, page 1's lease runs out, and the next crawl fetches and joins the whole chain again. No
 * per-page state means no half-joined article can ever be marked complete.
 */
final class PageChain {
  private static final Logger LOG = LoggerFactory.getLogger(PageChain.class);

  /** Pages per article at most, page 1 included: real long reads run to a handful. */
  static final int MAX_PAGES = 20;

  /**
   * What following the chain did: the fetch log of every further page fetched and their bytes (why
   * it ended is logged where it ends).
   *
   * @param transientFailure the chain ended on a further page that may well come in a moment (a
   *     timeout, a 5xx): the article is stored as joined and worth a revisit to make it whole
   */
  record Outcome(List<FetchLogEntry> log, long bytes, boolean transientFailure) {
    Outcome(List<FetchLogEntry> log, long bytes) {
      this(log, bytes, false);
    }
  }

  /** A page number in the query: {@code page=2}, {@code pg=2}, Bitrix's {@code PAGEN_1=2}. */
  private static final Pattern PAGE_PARAM = Pattern.compile("(?i)(?:page|pg|pagen_\\d+)=\\d{1,4}");

  private PageChain() {}

  /**
   * The address of page 1 of the article whose further page is at {@code url} (canonical), or
   * {@code url} itself: a {@code ?page=2} met in a feed or a section page is a continuation, which
   * the chain of its page 1 joins, not an article of its own.
   */
  static String firstPage(String url) {
    int q = url.indexOf('?');
    if (q < 0) return url;
    List<String> kept = new ArrayList<>();
    boolean paged = false;
    for (String param : url.substring(q + 1).split("&")) {
      if (PAGE_PARAM.matcher(param).matches()) paged = true;
      else kept.add(param);
    }
    if (!paged) return url;
    return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  static Outcome follow(
      Fetcher fetcher, PageSink.Reading reading, FetchResult first, Long outletId, int maxPages) {
    String host = host(first.finalUrl());
    Set<String> seen = new HashSet<>();
    remember(seen, first.requestedUrl());
    remember(seen, first.finalUrl());
    List<FetchLogEntry> log = new ArrayList<>();
    long bytes = 0;
    int pages = 1;
    while (true) {
      Optional<String> next = reading.next();
      if (next.isEmpty()) return new Outcome(log, bytes);
      String ended = guard(next.get(), host, seen, pages, maxPages);
      if (ended != null) {
        LOG.info(
            "{}: not following page {} at {}: {}", first.finalUrl(), pages + 1, next.get(), ended);
        return new Outcome(log, bytes);
      }
      String requested = UrlCanonicalizer.tryCanonicalize(next.get()).orElseThrow();
      seen.add(requested);
      FetchResult r = fetcher.fetch(URI.create(requested));
      bytes += r.body().length;
      if (!r.ok()) {
        log.add(entry(r, outletId, r.errorCode() == null ? "http-" + r.status() : r.errorCode()));
        LOG.info("{}: page {} failed: {}", first.finalUrl(), pages + 1, r);
        boolean again = r.error() != null && r.error().transientFailure();
        return new Outcome(log, bytes, again);
      }
      // a redirect may take the page elsewhere: the same guards hold for where it ended
      boolean redirected =
          !requested.equals(UrlCanonicalizer.tryCanonicalize(r.finalUrl().toString()).orElse(""));
      if (!host.equals(host(r.finalUrl())) || (redirected && !remember(seen, r.finalUrl()))) {
        log.add(entry(r, outletId, "continuation-elsewhere"));
        LOG.info("{}: page {} redirected elsewhere", first.finalUrl(), pages + 1);
        return new Outcome(log, bytes);
      }
      if (!reading.join(r)) {
        log.add(entry(r, outletId, "continuation-foreign"));
        LOG.info("{}: page {} is not the same article", first.finalUrl(), pages + 1);
        return new Outcome(log, bytes);
      }
      log.add(entry(r, outletId, null));
      pages++;
    }
  }

  /** Why the chain must not go on to {@code next}, or null when it may. */
  private static String guard(String next, String host, Set<String> seen, int pages, int max) {
    if (pages >= max) return "cap of " + max + " pages";
    Optional<String> canonical = UrlCanonicalizer.tryCanonicalize(next);
    if (canonical.isEmpty()) return "bad address";
    URI uri;
    try {
      uri = URI.create(canonical.get());
    } catch (IllegalArgumentException e) {
      return "bad address";
    }
    if (!host.equals(host(uri))) return "another host";
    if (seen.contains(canonical.get())) return "loop";
    return null;
  }

  /** Adds the canonical form of {@code url}; false when it was there already. */
  private static boolean remember(Set<String> seen, URI url) {
    return UrlCanonicalizer.tryCanonicalize(url.toString()).map(seen::add).orElse(true);
  }

  private static String host(URI url) {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
  }

  private static FetchLogEntry entry(FetchResult r, Long outletId, String error) {
    return new FetchLogEntry(
        r.finalUrl().toString(),
        outletId,
        r.status() == 0 ? null : r.status(),
        r.body().length,
        r.elapsed().toMillis(),
        error,
        r.startedAt());
  }
}
