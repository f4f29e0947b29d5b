package ua.strichka.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.source.ArticlePattern;
import ua.strichka.source.FeedItem;
import ua.strichka.source.FeedParser;
import ua.strichka.source.Outlets;
import ua.strichka.source.SectionPage;
import ua.strichka.source.SitemapReader;
import ua.strichka.source.SourceFormatException;
import ua.strichka.source.SourceKind;
import ua.strichka.store.CrawlRepository.NewUrl;
import ua.strichka.store.CrawlUrl;
import ua.strichka.store.FetchLogEntry;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;

/**
 * The crawl loop: claims due URLs from the frontier, fetches each on a virtual thread (the {@link
 * Fetcher} keeps the manners), reads sources into new article URLs, hands article pages to the
 * {@link PageSink}, and reschedules every URL, all of it persisted. An article split over several
 * pages is joined whole before it is stored ({@link PageChain}).
 *
 * <p>Each visit's outcome (new URLs, next due time, fetch log, the page handed on) is written in
 * one transaction; a crawler killed at any point leaves its claimed URLs leased, and they come due
 * again when the lease runs out. Nothing a server or a page does stops the crawl: every failure is
 * logged and rescheduled.
 */
public final class Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Fetcher fetcher;
  private final CrawlSettings settings;
  private final PageSink sink;
  private final Clock clock;
  // the lease owner in crawl_url and crawl_host: the process id says which crawler holds what
  private final String owner =
      "crawler-"
          + ProcessHandle.current().pid()
          + "-"
          + UUID.randomUUID().toString().substring(0, 8);
  private final MeterRegistry registry;
  private final Counter discovered;
  private final Semaphore writes;

  /** Called as the crawl goes, for progress display. */
  @FunctionalInterface
  public interface Progress {
    void update(CrawlSummary soFar, long inFlight);
  }

  public Crawler(
      Store store, Fetcher fetcher, CrawlSettings settings, PageSink sink, MeterRegistry registry) {
    this(store, fetcher, settings, sink, registry, Clock.systemUTC());
  }

  Crawler(
      Store store,
      Fetcher fetcher,
      CrawlSettings settings,
      PageSink sink,
      MeterRegistry registry,
      Clock clock) {
    this.store = store;
    this.fetcher = fetcher;
    this.settings = settings;
    this.sink = sink;
    this.clock = clock;
    this.registry = registry;
    this.writes =
        store.dialect() == ua.strichka.store.Dialect.SQLITE ? new Semaphore(1, true) : null;
    this.discovered =
        Counter.builder("strichka.crawl.discovered")
            .description("Article URLs new to the frontier")
            .register(registry);
  }

  /** The name this crawler's leases go by. */
  public String owner() {
    return owner;
  }

  /** Crawls everything due now, including articles discovered on the way; returns the tally. */
  public CrawlSummary crawlDue(Progress progress) {
    return crawl(progress, () -> false);
  }

  /**
   * Crawls on schedule until {@code stop} says so: whatever is due, then sleeps until the next due
   * time (at most a minute, so new outlets are noticed).
   */
  public void crawlForever(Progress progress, BooleanSupplier stop) throws InterruptedException {
    while (!stop.getAsBoolean()) {
      crawl(progress, stop);
      Instant next = store.crawl().nextDue().orElse(clock.instant().plusSeconds(60));
      long wait = Math.min(60_000, Math.max(200, next.toEpochMilli() - clock.millis()));
      Thread.sleep(wait);
    }
  }

  private CrawlSummary crawl(Progress progress, BooleanSupplier stop) {
    long t0 = System.nanoTime();
    Tally tally = new Tally();
    LinkedBlockingQueue<Long> finished = new LinkedBlockingQueue<>();
    Semaphore slots = new Semaphore(settings.batch());
    // URLs in flight per host: a host with perHost of them waits its turn in the host queue
    // anyway, so more of its URLs are not claimed until some finish
    Map<String, AtomicInteger> perHost = new ConcurrentHashMap<>();
    Set<Long> running = ConcurrentHashMap.newKeySet();
    // hosts whose lease this crawler holds; only this loop's thread takes, renews and gives back
    Set<String> held = new HashSet<>();
    long[] renewedAt = {System.nanoTime()};
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      while (!stop.getAsBoolean()) {
        try {
          tendHosts(held, perHost, renewedAt);
        } catch (RuntimeException e) {
          LOG.warn("cannot renew or give back host leases: {}", e.toString());
        }
        int free = slots.availablePermits();
        // claim in chunks: a claim ranks the whole due frontier by host, so asking for one URL
        // each time one finishes would spend the database on ranking
        boolean idle = free == settings.batch();
        boolean ask = idle || free >= Math.max(1, settings.batch() / 4);
        List<CrawlUrl> claimed;
        try {
          claimed =
              ask
                  ? write(
                      () ->
                          store
                              .crawl()
                              .claimDue(
                                  owner,
                                  clock.instant(),
                                  settings.lease(),
                                  free,
                                  settings.perHost(),
                                  busyHosts(perHost),
                                  this::gapMillis))
                  : List.of();
        } catch (RuntimeException e) {
          // the database busy or gone for a moment: wait and ask again, the crawl goes on
          LOG.warn("cannot claim due URLs: {}", e.toString());
          finished.poll(1, TimeUnit.SECONDS);
          continue;
        }
        if (claimed.isEmpty()) {
          // nothing was running when we asked and nothing could be claimed: the crawl is over
          // unless due work is leased to another crawler (wait: if it dies, its leases expire
          // and come to us) or its host is resting after another crawler's visit
          if (idle && !pendingElsewhere()) break;
          finished.poll(idle ? 500 : 200, TimeUnit.MILLISECONDS);
          progress.update(tally.summary(t0), settings.batch() - slots.availablePermits());
          continue;
        }
        int submitted = 0;
        claimed.forEach(u -> held.add(u.host()));
        for (CrawlUrl u : claimed) {
          // a visit that outlived its lease can come back in a claim: it is still running here
          if (!running.add(u.id())) continue;
          submitted++;
          slots.acquire();
          perHost.computeIfAbsent(u.host(), h -> new AtomicInteger()).incrementAndGet();
          pool.submit(
              () -> {
                try {
                  visit(u, tally);
                } catch (RuntimeException e) {
                  // a bug or a database failure on one URL must not end the crawl: the URL is
                  // recorded as failed and rescheduled (if even that fails, its lease runs out
                  // and it comes due again)
                  LOG.error("visit of {} failed: {}", u.url(), e.toString(), e);
                  recordInternalFailure(u, e, tally);
                } finally {
                  perHost.get(u.host()).decrementAndGet();
                  running.remove(u.id());
                  slots.release();
                  finished.add(u.id());
                }
              });
        }
        if (submitted == 0) finished.poll(200, TimeUnit.MILLISECONDS);
        progress.update(tally.summary(t0), settings.batch() - slots.availablePermits());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      // every visit has ended (the pool is closed): give every host back
      write(
          () -> {
            store.crawl().releaseHosts(owner, held, clock.instant(), this::gapMillis);
            return null;
          });
    } catch (RuntimeException e) {
      LOG.warn("cannot give back host leases (they expire): {}", e.toString());
    }
    CrawlSummary summary = tally.summary(t0);
    progress.update(summary, 0);
    return summary;
  }

  /**
   * Runs a database write. SQLite has one writer at a time and makes the others wait only as long
   * as its busy timeout; with dozens of visits finishing at once some would time out, so on SQLite
   * the crawler queues its writes itself, fairly. PostgreSQL takes them concurrently.
   */
  private <R> R write(java.util.function.Supplier<R> work) {
    if (writes == null) return work.get();
    writes.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      writes.release();
    }
  }

  /**
   * Gives back the leases of held hosts with nothing in flight, so that other crawlers may take
   * them (after the host's delay), and renews the others well before they run out.
   */
  private void tendHosts(Set<String> held, Map<String, AtomicInteger> perHost, long[] renewedAt) {
    Set<String> idle = new HashSet<>();
    for (String host : held) {
      AtomicInteger n = perHost.get(host);
      if (n == null || n.get() == 0) idle.add(host);
    }
    if (!idle.isEmpty()) {
      write(
          () -> {
            store.crawl().releaseHosts(owner, idle, clock.instant(), this::gapMillis);
            return null;
          });
      held.removeAll(idle);
    }
    if (System.nanoTime() - renewedAt[0] > settings.lease().toNanos() / 3 && !held.isEmpty()) {
      Set<String> busy = Set.copyOf(held);
      write(
          () -> {
            store
                .crawl()
                .renewHosts(owner, busy, clock.instant().plus(settings.lease()), this::gapMillis);
            return null;
          });
      renewedAt[0] = System.nanoTime();
    }
  }

  /** Whether due work remains that this crawler could not claim now. */
  private boolean pendingElsewhere() {
    try {
      return store.crawl().countPending(clock.instant()) > 0;
    } catch (RuntimeException e) {
      LOG.warn("cannot count pending URLs: {}", e.toString());
      return true;
    }
  }

  /**
   * How long a host stays closed to other crawlers after this one: its delay here, and a
   * millisecond more because the store keeps times in whole milliseconds, rounded down.
   */
  private long gapMillis(String host) {
    return fetcher.delayFor(host).toMillis() + 1;
  }

  private Set<String> busyHosts(Map<String, AtomicInteger> perHost) {
    Set<String> busy = new HashSet<>();
    perHost.forEach(
        (host, n) -> {
          if (n.get() >= settings.perHost()) busy.add(host);
        });
    return busy;
  }

  private void visit(CrawlUrl u, Tally tally) {
    URI uri;
    try {
      uri = URI.create(u.url());
    } catch (IllegalArgumentException e) {
      failed(u, null, tally, "bad-url", CrawlUrl.NEVER);
      return;
    }
    FetchResult r = fetcher.fetch(uri, new Validators(u.etag(), u.lastModified()));
    tally.bytes.addAndGet(r.body().length);
    if (u.isArticle()) {
      visitArticle(u, r, tally);
    } else {
      visitSource(u, r, tally);
    }
  }

  private void visitArticle(CrawlUrl u, FetchResult r, Tally tally) {
    Instant now = clock.instant();
    if (r.ok()) {
      String canonical = UrlCanonicalizer.tryCanonicalize(r.finalUrl().toString()).orElse(u.url());
      // read (extract) and join further pages before the transaction: fetching them holds no
      // database lock, and a crash before the write leaves nothing half-joined (see PageChain)
      PageSink.Reading reading =
          sink.read(new FetchedPage(u.id(), u.outletId(), canonical, r, u.feedMeta()));
      PageChain.Outcome chain =
          PageChain.follow(fetcher, reading, r, u.outletId(), PageChain.MAX_PAGES);
      tally.bytes.addAndGet(chain.bytes());
      // an article stored without a further page that failed for a moment is visited again, a
      // few times at most, unconditionally (no validators: a 304 would not bring the rest), and
      // its upsert makes it whole
      boolean whole = !chain.transientFailure() || u.attempts() + 1 >= settings.articleAttempts();
      long revisit =
          whole
              ? CrawlUrl.NEVER
              : clock
                  .instant()
                  .plus(settings.schedule().backoff(settings.schedule().min(), u.attempts() + 1))
                  .toEpochMilli();
      write(
          () ->
              store.inTransaction(
                  tx -> {
                    reading.store(tx);
                    chain.log().forEach(tx.crawl()::log);
                    tx.crawl()
                        .recordSuccess(
                            u.id(),
                            r.status(),
                            now,
                            revisit,
                            null,
                            whole ? r.etag().orElse(null) : null,
                            whole ? r.lastModified().orElse(null) : null);
                    tx.crawl().log(logEntry(u, r));
                    return null;
                  }));
      tally.pages.incrementAndGet();
      count("article", "ok");
      return;
    }
    int attempts = u.attempts() + 1;
    boolean permanent = r.error() == null || !r.error().transientFailure();
    long due =
        permanent || attempts >= settings.articleAttempts()
            ? CrawlUrl.NEVER
            : retryAt(now, settings.schedule().backoff(settings.schedule().min(), attempts), r);
    failed(u, r, tally, errorCode(r), due);
  }

  private void visitSource(CrawlUrl u, FetchResult r, Tally tally) {
    Instant now = clock.instant();
    if (!r.ok() && !r.notModified()) {
      Duration interval = u.intervalMs() == null ? null : Duration.ofMillis(u.intervalMs());
      Duration wait = settings.schedule().backoff(interval, u.errorStreak() + 1);
      failed(u, r, tally, errorCode(r), retryAt(now, wait, r));
      return;
    }
    List<FeedItem> items = List.of();
    List<String> children = List.of();
    if (r.ok()) {
      try {
        SourceKind kind = SourceKind.ofCode(u.kind());
        String at = r.finalUrl().toString();
        switch (kind) {
          case FEED -> items = FeedParser.parse(r.body(), at);
          case SITEMAP -> {
            SitemapReader.Sitemap map =
                SitemapReader.parse(r.body(), r.contentType().orElse(null), at);
            items = map.items();
            children = map.sitemaps().stream().limit(settings.sitemapChildren()).toList();
          }
          case SECTION -> items = SectionPage.links(r.text(), at, articlePattern(u.outletId()));
        }
      } catch (SourceFormatException e) {
        LOG.warn("{}: {}", u.url(), e.getMessage());
        Duration interval = u.intervalMs() == null ? null : Duration.ofMillis(u.intervalMs());
        failed(
            u,
            r,
            tally,
            "bad-source",
            now.plus(settings.schedule().backoff(interval, u.errorStreak() + 1)).toEpochMilli());
        return;
      }
    }
    List<NewUrl> articles = newUrls(items);
    List<NewUrl> sitemaps = new ArrayList<>();
    for (String child : children) {
      UrlCanonicalizer.tryCanonicalize(child)
          .ifPresent(c -> sitemaps.add(new NewUrl(c, Outlets.host(c), null)));
    }
    int added =
        write(
            () ->
                store.inTransaction(
                    tx -> {
                      int n = tx.crawl().addUrls(u.outletId(), "article", articles, now);
                      tx.crawl().addUrls(u.outletId(), "sitemap", sitemaps, now);
                      Duration since =
                          u.lastSuccessAt() == null
                              ? null
                              : Duration.between(u.lastSuccessAt(), now);
                      Duration current =
                          u.intervalMs() == null ? null : Duration.ofMillis(u.intervalMs());
                      Duration next = settings.schedule().next(current, since, n);
                      tx.crawl()
                          .recordSuccess(
                              u.id(),
                              r.status(),
                              now,
                              now.plus(next).toEpochMilli(),
                              next.toMillis(),
                              r.notModified() ? u.etag() : r.etag().orElse(null),
                              r.notModified() ? u.lastModified() : r.lastModified().orElse(null));
                      tx.crawl().log(logEntry(u, r));
                      return n;
                    }));
    tally.sources.incrementAndGet();
    tally.discovered.addAndGet(added);
    discovered.increment(added);
    count(u.kind(), r.notModified() ? "not-modified" : "ok");
  }

  /** Canonical, each once, newest first, at most {@code crawl.max-new-per-source}. */
  private List<NewUrl> newUrls(List<FeedItem> items) {
    List<FeedItem> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.reverseOrder())));
    Map<String, NewUrl> out = new LinkedHashMap<>();
    for (FeedItem item : sorted) {
      if (out.size() >= settings.maxNewPerSource()) break;
      Optional<String> canonical =
          UrlCanonicalizer.tryCanonicalize(item.url()).map(PageChain::firstPage);
      if (canonical.isEmpty() || out.containsKey(canonical.get())) continue;
      out.put(
          canonical.get(),
          new NewUrl(canonical.get(), Outlets.host(canonical.get()), feedMeta(item)));
    }
    return List.copyOf(out.values());
  }

  private ArticlePattern articlePattern(Long outletId) {
    if (outletId == null) return ArticlePattern.heuristic();
    String configured =
        store
            .outlets()
            .byId(outletId)
            .map(OutletRecord::rules)
            .map(Outlets::articlePattern)
            .orElse(null);
    if (configured != null) return ArticlePattern.of(configured);
    return ArticlePattern.learn(store.crawl().recentUrls(outletId, "article", 200));
  }

  private void failed(CrawlUrl u, FetchResult r, Tally tally, String error, long due) {
    Instant now = clock.instant();
    write(
        () ->
            store.inTransaction(
                tx -> {
                  tx.crawl()
                      .recordFailure(
                          u.id(),
                          r == null || r.status() == 0 ? null : r.status(),
                          error,
                          now,
                          due);
                  tx.crawl()
                      .log(
                          r == null
                              ? new FetchLogEntry(u.url(), u.outletId(), null, 0, 0, error, now)
                              : logEntry(u, r, error));
                  return null;
                }));
    tally.failures.incrementAndGet();
    count(u.kind(), "failed");
    LOG.info(
        "{} failed: {}{}",
        u.url(),
        error,
        r == null || r.errorDetail() == null ? "" : " (" + r.errorDetail() + ")");
  }

  private void recordInternalFailure(CrawlUrl u, RuntimeException e, Tally tally) {
    try {
      Instant now = clock.instant();
      long due =
          now.plus(settings.schedule().backoff(settings.schedule().min(), u.attempts() + 1))
              .toEpochMilli();
      failed(u, null, tally, "internal", due);
    } catch (RuntimeException again) {
      tally.failures.incrementAndGet();
      LOG.error("cannot record the failure of {}: {}", u.url(), again.toString());
    }
  }

  private static long retryAt(Instant now, Duration wait, FetchResult r) {
    Duration d = wait;
    if (r != null && r.retryAfter() != null && r.retryAfter().compareTo(d) > 0) d = r.retryAfter();
    return now.plus(d).toEpochMilli();
  }

  private static String errorCode(FetchResult r) {
    return r.error() != null ? r.error().code() : "http-" + r.status();
  }

  private static FetchLogEntry logEntry(CrawlUrl u, FetchResult r) {
    return logEntry(u, r, r.errorCode());
  }

  private static FetchLogEntry logEntry(CrawlUrl u, FetchResult r, String error) {
    return new FetchLogEntry(
        u.url(),
        u.outletId(),
        r.status() == 0 ? null : r.status(),
        r.body().length,
        r.elapsed().toMillis(),
        error,
        r.startedAt());
  }

  private void count(String kind, String outcome) {
    Counter.builder("strichka.crawl.visits")
        .description("Frontier URLs visited, by kind and outcome")
        .tag("kind", kind)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  private static String feedMeta(FeedItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (item.title() != null) m.put("title", item.title());
    if (item.published() != null) m.put("published", item.published().toString());
    if (item.summary() != null) m.put("summary", item.summary());
    if (!item.categories().isEmpty()) m.put("categories", item.categories());
    if (!item.authors().isEmpty()) m.put("authors", item.authors());
    if (item.language() != null) m.put("language", item.language());
    if (m.isEmpty()) return null;
    try {
      return JSON.writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static final class Tally {
    final AtomicLong sources = new AtomicLong();
    final AtomicLong pages = new AtomicLong();
    final AtomicLong discovered = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    CrawlSummary summary(long t0) {
      return new CrawlSummary(
          sources.get(),
          pages.get(),
          discovered.get(),
          failures.get(),
          bytes.get(),
          Duration.ofNanos(System.nanoTime() - t0));
    }
  }
}
