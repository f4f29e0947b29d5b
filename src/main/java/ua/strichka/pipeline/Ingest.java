package ua.strichka.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.classify.NewsFilter;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionLabels;
import ua.strichka.classify.SectionShares;
import ua.strichka.config.Config;
import ua.strichka.dedup.RepostFinder;
import ua.strichka.extract.Article;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.ExtractionException;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;
import ua.strichka.extract.UkrainianDates;
import ua.strichka.fetch.FetchedPage;
import ua.strichka.fetch.PageSink;
import ua.strichka.fetch.UrlCanonicalizer;
import ua.strichka.store.ArticleQuery;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Repositories;
import ua.strichka.store.Store;
import ua.strichka.story.Clusterer;
import ua.strichka.story.Ranker;
import ua.strichka.story.StoryDesk;
import ua.strichka.story.StoryWriter;
import ua.strichka.text.Language;

/**
 * The crawler's sink for article pages: extract (outside the transaction, joining the further pages
 * of an article split over several: {@link SplitArticle}), tell news from the rest, analyse, and
 * store the article with its repost link and its story, all in the crawler's transaction.
 * Extraction and analysis run on the crawler's threads in parallel; placing in a story and writing
 * it run one article at a time, because the desk's stories and the store's must move together.
 */
public final class Ingest implements PageSink {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Stored articles replayed into the desk at most on start (a few days of a big crawl). */
  private static final int WARM_UP_LIMIT = 50_000;

  /** How far ahead of our clock an outlet's may run before its dates are not believed. */
  static final Duration CLOCK_SKEW = Duration.ofHours(1);

  /** What a page that is not stored reads as: it goes on nowhere and stores nothing. */
  private static final PageSink.Reading NOTHING = PageSink.Reading.single(tx -> {});

  /** How many pages went where. */
  public record Counts(long stored, long notArticles, long failed) {}

  private final OutletExtractors extractors;

  /** Committed state, read outside the page's transaction (see {@link #store}). */
  private final Store reads;

  private final StoryDesk desk;
  private final StoryWriter writer;
  private final ArticleAnalysis analysis;
  private final SectionLabels labels;
  private final IndexUpdate index;
  private final Clock clock;
  private final Map<Long, OutletRecord> outlets = new ConcurrentHashMap<>();
  private final java.util.function.Function<Long, Optional<OutletRecord>> outletsById;
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong notArticles = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public Ingest(
      Store store,
      StoryDesk desk,
      StoryWriter writer,
      ArticleAnalysis analysis,
      IndexUpdate index,
      Clock clock) {
    this(store, desk, writer, analysis, SectionLabels.defaults(), index, clock);
  }

  private Ingest(
      Store store,
      StoryDesk desk,
      StoryWriter writer,
      ArticleAnalysis analysis,
      SectionLabels labels,
      IndexUpdate index,
      Clock clock) {
    this.reads = store;
    this.outletsById = store.outlets()::byId;
    this.extractors = new OutletExtractors(outletsById);
    this.labels = labels;
    this.desk = desk;
    this.writer = writer;
    this.analysis = analysis;
    this.index = index;
    this.clock = clock;
  }

  /** An ingest with the configured story window, repost window and half-life, no hooks. */
  public static Ingest configured(Store store, Config config, Clock clock) {
    return configured(store, config, clock, ArticleAnalysis.NONE, IndexUpdate.NONE);
  }

  public static Ingest configured(
      Store store, Config config, Clock clock, ArticleAnalysis analysis, IndexUpdate index) {
    Clusterer clusterer = new Clusterer(clustering(config));
    Ranker ranker = ranking(config);
    RepostFinder reposts =
        new RepostFinder(
            config.duration("dedup.window"),
            config.integer("dedup.max-entries"),
            (hash, key) -> store.articles().earliestCopy(hash, key));
    StoryDesk desk = new StoryDesk(clusterer, reposts);
    SectionLabels labels = SectionLabels.withOverrides(config.list("classify.section-labels"));
    return new Ingest(
        store, desk, new StoryWriter(clusterer, ranker, clock), analysis, labels, index, clock);
  }

  /** The clusterer's settings with the configured story window. */
  static Clusterer.Settings clustering(Config config) {
    Clusterer.Settings d = Clusterer.Settings.defaults();
    return new Clusterer.Settings(
        d.threshold(),
        d.mergeThreshold(),
        config.duration("story.window"),
        d.timeScale(),
        d.bodyWeight(),
        d.entityWeight(),
        d.splitThreshold());
  }

  /** The ranker with the configured half-life. */
  static Ranker ranking(Config config) {
    Ranker.Settings r = Ranker.Settings.defaults();
    return new Ranker(
        new Ranker.Settings(
            config.duration("story.half-life"), r.velocityWindow(), r.velocityWeight()));
  }

  public Counts counts() {
    return new Counts(stored.get(), notArticles.get(), failed.get());
  }

  /**
   * Replays the stored news of the last {@code window}, oldest first, into the desk, so that after
   * a restart new articles join the stories they belong to instead of starting new ones. Returns
   * how many articles were replayed.
   */
  public int warmUp(Store store, Duration window) {
    Instant now = clock.instant();
    List<ArticleRecord> recent =
        store
            .articles()
            .recent(ArticleQuery.latest(WARM_UP_LIMIT).between(now.minus(window), null))
            .reversed();
    int n = 0;
    for (ArticleRecord a : recent) {
      if (!a.news()) continue;
      OutletRecord o = outlet(a.outletId(), store.outlets()::byId);
      desk.add(incoming(a, o, a.language() == null ? null : Language.ofCode(a.language()), null));
      n++;
    }
    LOG.info("story desk warmed up with {} stored articles of the last {}", n, window);
    return n;
  }

  @Override
  public void accept(FetchedPage page, Repositories tx) {
    read(page).store(tx);
  }

  /**
   * Extracts the page outside the crawler's transaction; the reading says where an article split
   * over several pages goes on, joins the further pages the crawler fetches, and stores the whole.
   */
  @Override
  public PageSink.Reading read(FetchedPage page) {
    // read outside the page's transaction: see store()
    OutletRecord outlet = outlet(page.outletId(), outletsById);
    if (outlet == null) {
      failed.incrementAndGet();
      LOG.warn("page {} has no outlet; skipped", page.canonicalUrl());
      return NOTHING;
    }
    FeedMeta feed = FeedMeta.parse(page.feedMeta());
    Extractor extractor = extractors.of(page.outletId());
    Extraction extraction;
    try {
      extraction =
          extractor.extract(
              page.result().text(),
              page.result().finalUrl().toString(),
              feed.hints(),
              ZonedDateTime.ofInstant(page.result().startedAt(), UkrainianDates.KYIV));
    } catch (ExtractionException e) {
      failed.incrementAndGet();
      LOG.info("not extracted: {}: {}", page.canonicalUrl(), e.getMessage());
      return NOTHING;
    }
    if (!(extraction instanceof Extraction.Found found)) {
      Extraction.NotArticle not = (Extraction.NotArticle) extraction;
      notArticles.incrementAndGet();
      LOG.info("not an article ({}): {}: {}", not.kind(), page.canonicalUrl(), not.reason());
      return NOTHING;
    }
    String credit = credit(found);
    return new SplitArticle(
        extractor, found, (article, tx) -> store(article, credit, page, feed, outlet, tx));
  }

  private void store(
      Article article,
      String credit,
      FetchedPage page,
      FeedMeta feed,
      OutletRecord outlet,
      Repositories tx) {
    ArticleRecord record = record(article, page, feed, outlet);
    ArticleAnalysis.Result extra = analysis.analyse(record);
    if (extra.section() != null) {
      record =
          record.toBuilder()
              .section(extra.section())
              .sectionSource(ArticleRecord.CLASSIFIER)
              .sectionShares(extra.sectionShares())
              .build();
    }
    StoryDesk.Analysed analysed =
        StoryDesk.analyse(incoming(record, outlet, declared(article), credit));
    if (record.news()) recall(record.canonicalUrl());
    long id = store(record, analysed, tx);
    if (!extra.entities().isEmpty()) tx.entities().replaceMentions(id, extra.entities());
    stored.incrementAndGet();
    tx.afterCommit(() -> index.articleStored(id));
  }

  /**
   * An update of an article stored in a story the desk no longer holds (after a restart, or older
   * than the warm-up): the desk replays that story's stored articles first, the old version
   * included, so the update is placed as an update and keeps its story, and the story's counts and
   * headline come from all its articles rather than from the update alone.
   */
  private synchronized void recall(String key) {
    if (desk.storyOf(key).isPresent()) return;
    Optional<Long> story =
        reads.articles().byCanonicalUrl(key).flatMap(a -> reads.stories().storyOf(a.id()));
    if (story.isEmpty()) return;
    for (var member : reads.stories().articles(story.get())) {
      ArticleRecord a = member.article();
      if (!a.news()) continue;
      OutletRecord o = outlet(a.outletId(), outletsById);
      desk.add(incoming(a, o, a.language() == null ? null : Language.ofCode(a.language()), null));
    }
  }

  /** Placing and writing, one article at a time: see the class comment. */
  private synchronized long store(
      ArticleRecord record, StoryDesk.Analysed analysed, Repositories tx) {
    ArticleRecord.Builder b =
        record.toBuilder()
            .contentHash(analysed.print().contentHash())
            .simhash(analysed.print().simhash());
    if (!record.news()) {
      return tx.articles().upsert(b.language(analysed.terms().language().code()).build());
    }
    StoryDesk.Outcome outcome = desk.place(analysed);
    // Write before reading: on SQLite a transaction that reads first and writes later fails when
    // another connection wrote in between (SQLITE_BUSY_SNAPSHOT); writing first takes the lock.
    long id = tx.articles().upsert(b.language(outcome.language().code()).repostOf(null).build());
    if (outcome.repostOf() != null) {
      tx.articles()
          .byCanonicalUrl(outcome.repostOf())
          .ifPresent(original -> tx.articles().markRepost(id, original.id()));
    }
    writer.write(outcome, id, tx);
    return id;
  }

  private ArticleRecord record(Article a, FetchedPage page, FeedMeta feed, OutletRecord outlet) {
    String title = a.title() == null || a.title().isBlank() ? feed.title() : a.title();
    String lead = a.description() != null ? a.description() : feed.summary();
    Instant seen = page.result().startedAt();
    Instant published =
        notAfterSeen(
            a.datePublished() != null
                ? a.datePublished().toInstant()
                : feed.published() != null ? feed.published() : seen,
            seen);
    Instant modified =
        a.dateModified() == null ? null : notAfterSeen(a.dateModified().toInstant(), seen);
    // The outlet's own word first (its label, its feed's category, its URL path); then its
    // default section; what is still unfiled the classifier decides (see ArticleAnalysis).
    String host = page.result().finalUrl().getHost();
    String section =
        labels
            .section(host, a.section())
            .or(
                () ->
                    feed.categories().stream()
                        .flatMap(c -> labels.section(host, c).stream())
                        .findFirst())
            .or(() -> labels.fromUrl(page.result().finalUrl().toString()))
            .map(Section::slug)
            .orElse(outlet.defaultSection());
    return ArticleRecord.builder(canonical(a, page), outlet.id(), title == null ? "" : title)
        .url(page.result().finalUrl().toString())
        .lead(lead)
        .body(a.articleBody())
        .image(a.image())
        .authors(a.authors())
        .publishedAt(published)
        .modifiedAt(modified)
        .fetchedAt(seen)
        .section(section)
        .sectionSource(section == null ? null : ArticleRecord.OUTLET)
        .news(NewsFilter.isNews(title, lead))
        .build();
  }

  /**
   * A date later than the moment the page was fetched (beyond clock skew) is a wrong date: a typo
   * or a template that prints tomorrow's schedule. Kept, it would top every newest-first list for
   * years and set the repost window's "now" into the future, so the fetch time stands in for it.
   */
  static Instant notAfterSeen(Instant date, Instant seen) {
    return date.isAfter(seen.plus(CLOCK_SKEW)) ? seen : date;
  }

  /**
   * The page's own canonical link when it stays on the host it was fetched from (an outlet may
   * point its AMP or tracking variants home); a canonical on another host is not trusted, since a
   * page could claim any address (a repost naming its original, or a hostile page).
   */
  static String canonical(Article a, FetchedPage page) {
    if (a.canonicalUrl() == null) return page.canonicalUrl();
    Optional<String> own = UrlCanonicalizer.tryCanonicalize(a.canonicalUrl());
    if (own.isEmpty() || !authority(own.get()).equals(authority(page.canonicalUrl()))) {
      return page.canonicalUrl();
    }
    return own.get();
  }

  private static String authority(String url) {
    try {
      String a = URI.create(url).getRawAuthority();
      return a == null ? "" : a.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static StoryDesk.Incoming incoming(
      ArticleRecord r, OutletRecord o, Language declared, String creditedHost) {
    Instant t = r.publishedAt() != null ? r.publishedAt() : r.fetchedAt();
    double[] shares = shares(r);
    return new StoryDesk.Incoming(
        r.canonicalUrl(),
        o == null ? String.valueOf(r.outletId()) : o.slug(),
        authority(r.canonicalUrl()),
        o == null ? 0.5 : o.weight(),
        t.toEpochMilli(),
        r.title(),
        r.lead(),
        r.body(),
        declared,
        ownSection(r, shares),
        creditedHost,
        shares);
  }

  /**
   * What the classifier weighed for an article it filed, for its story's vote: the stored shares,
   * or its section whole when the shares were not kept (rows older than them); null when the outlet
   * labelled it.
   */
  private static double[] shares(ArticleRecord r) {
    boolean classified =
        ArticleRecord.CLASSIFIER.equals(r.sectionSource())
            || ArticleRecord.STORY.equals(r.sectionSource());
    if (!classified) return null;
    double[] shares = SectionShares.parse(r.sectionShares());
    if (shares != null) return shares;
    return Section.bySlug(r.section()).map(SectionShares::whole).orElse(null);
  }

  /** The article's own section: a story's vote may have re-filed what the classifier decided. */
  private static String ownSection(ArticleRecord r, double[] shares) {
    return shares == null ? r.section() : SectionShares.top(shares).slug();
  }

  private static Language declared(Article a) {
    if (a.language() == null) return null;
    try {
      return Language.ofCode(a.language());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The host the «Джерело:» line names: its link's, else the name when it is a domain. */
  private static String credit(Extraction.Found found) {
    var c = found.article().credit();
    if (c == null) return null;
    if (c.url() != null) {
      String a = authority(c.url());
      if (!a.isEmpty()) return a;
    }
    String name = c.outlet() == null ? "" : c.outlet().strip().toLowerCase(Locale.ROOT);
    return name.contains(".") && !name.contains(" ") ? name : null;
  }

  private OutletRecord outlet(
      Long id, java.util.function.Function<Long, Optional<OutletRecord>> byId) {
    if (id == null) return null;
    OutletRecord cached = outlets.get(id);
    if (cached != null) return cached;
    Optional<OutletRecord> o = byId.apply(id);
    o.ifPresent(r -> outlets.put(id, r));
    return o.orElse(null);
  }

  /**
   * What the feed, sitemap or section page said about the article ({@code FetchedPage.feedMeta}).
   */
  record FeedMeta(String title, Instant published, String summary, List<String> categories) {
    static final FeedMeta NONE = new FeedMeta(null, null, null, List.of());

    static FeedMeta parse(String json) {
      if (json == null || json.isBlank()) return NONE;
      try {
        JsonNode n = JSON.readTree(json);
        Instant published = null;
        if (n.hasNonNull("published")) {
          try {
            published = Instant.parse(n.get("published").asText());
          } catch (java.time.format.DateTimeParseException e) {
            published = null;
          }
        }
        List<String> categories =
            n.has("categories")
                ? java.util.stream.StreamSupport.stream(n.get("categories").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList()
                : List.of();
        return new FeedMeta(text(n, "title"), published, text(n, "summary"), categories);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return NONE;
      }
    }

    private static String text(JsonNode n, String field) {
      return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    FeedHints hints() {
      return new FeedHints(
          title,
          published == null ? null : OffsetDateTime.ofInstant(published, ZoneOffset.UTC),
          null,
          categories.isEmpty() ? null : categories.getFirst());
    }
  }
}
