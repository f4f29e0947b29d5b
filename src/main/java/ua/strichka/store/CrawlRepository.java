package ua.strichka.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The crawl frontier ({@code crawl_url}) with due times and leases, the fetch log, the raw pages,
 * and each outlet's crawl health.
 *
 * <p>Leases make the frontier safe to share: a crawler claims due URLs for a while; if it dies, its
 * claims simply expire and another crawler (or the same one restarted) takes the work over. On
 * PostgreSQL the claim skips rows another node is claiming at that instant ({@code FOR UPDATE SKIP
 * LOCKED}); SQLite serialises writers, so the plain statement is already exclusive.
 */
public final class CrawlRepository {
  private final Handles handles;

  CrawlRepository(Handles handles) {
    this.handles = handles;
  }

  /** A URL to add to the frontier. */
  public record NewUrl(String url, String host, String feedMeta) {}

  /**
   * Registers an outlet's source (feed, sitemap, section page) and its frontier row, due at {@code
   * dueAt} when new; an existing row keeps its schedule. Returns the frontier row's id.
   */
  public long addSource(long outletId, String kind, String url, String host, Instant dueAt) {
    return handles.with(
        h -> {
          h.createUpdate(
                  """
                  INSERT INTO outlet_source (outlet_id, kind, url) VALUES (:outlet, :kind, :url)
                  ON CONFLICT (url) DO NOTHING""")
              .bind("outlet", outletId)
              .bind("kind", kind)
              .bind("url", url)
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO crawl_url (url, outlet_id, kind, host, due_at, discovered_at)
                  VALUES (:url, :outlet, :kind, :host, :due, :due)
                  ON CONFLICT (url) DO NOTHING""")
              .bind("url", url)
              .bind("outlet", outletId)
              .bind("kind", kind)
              .bind("host", host)
              .bind("due", dueAt.toEpochMilli())
              .execute();
          addHosts(h, Set.of(host));
          return h.createQuery("SELECT id FROM crawl_url WHERE url = :url")
              .bind("url", url)
              .mapTo(Long.class)
              .one();
        });
  }

  /** The sources registered for an outlet, as (kind, url) pairs in the order added. */
  public List<Map.Entry<String, String>> sources(long outletId) {
    return handles.with(
        h ->
            h.createQuery("SELECT kind, url FROM outlet_source WHERE outlet_id = :o ORDER BY id")
                .bind("o", outletId)
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("url")))
                .list());
  }

  /**
   * Adds URLs of {@code kind} to the frontier, due at {@code dueAt}; those already there (listed by
   * another feed, or fetched before) are left alone. Returns how many were new.
   */
  public int addUrls(Long outletId, String kind, List<NewUrl> urls, Instant dueAt) {
    if (urls.isEmpty()) return 0;
    return handles.with(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO crawl_url (url, outlet_id, kind, host, due_at, discovered_at, feed_meta)
                  VALUES (:url, :outlet, :kind, :host, :due, :due, :meta)
                  ON CONFLICT (url) DO NOTHING""");
          for (NewUrl u : urls) {
            batch
                .bind("url", u.url())
                .bind("outlet", outletId)
                .bind("kind", kind)
                .bind("host", u.host())
                .bind("due", dueAt.toEpochMilli())
                .bind("meta", u.feedMeta())
                .add();
          }
          int added = 0;
          for (int n : batch.execute()) added += Math.max(n, 0);
          addHosts(h, urls.stream().map(NewUrl::host).collect(Collectors.toSet()));
          return added;
        });
  }

  /** Hosts new to the frontier get their (free) row in {@code crawl_host}. */
  private static void addHosts(Handle h, Set<String> hosts) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO crawl_host (host) VALUES (:host) ON CONFLICT (host) DO NOTHING");
    for (String host : hosts) batch.bind("host", host).add();
    batch.execute();
  }

  /**
   * Claims up to {@code limit} URLs due at {@code now} for {@code owner} until {@code now + lease},
   * at most {@code perHost} of them per host so that one busy site cannot fill a whole batch,
   * earliest due first, together with their hosts' leases (see {@link #claimDue(String, Instant,
   * Duration, int, int, Set, ToLongFunction)}), closed to others for nothing beyond the lease.
   */
  public List<CrawlUrl> claimDue(
      String owner, Instant now, Duration lease, int limit, int perHost) {
    return claimDue(owner, now, lease, limit, perHost, Set.of(), host -> 0);
  }

  /**
   * Claims due URLs as {@link #claimDue(String, Instant, Duration, int, int)} does, skipping {@code
   * busyHosts} (hosts the caller already has enough work for). Hosts take turns: every host's first
   * URL comes before any host's second, so a batch spreads over as many hosts as there are.
   *
   * <p>A URL is claimed only with its host: the claim takes the lease of every host it returns URLs
   * of ({@code crawl_host}), and skips hosts another crawler holds or gave back less than its delay
   * ago. That is what keeps per-host politeness across processes: one crawler at a time fetches
   * from a host, and its own host queue spaces its requests. {@code gapMillis} is the caller's
   * delay for a host; the host stays closed to others that long after the lease would run out, so a
   * crawler that dies mid-request is not followed at once by another.
   */
  public List<CrawlUrl> claimDue(
      String owner,
      Instant now,
      Duration lease,
      int limit,
      int perHost,
      Set<String> busyHosts,
      ToLongFunction<String> gapMillis) {
    long until = now.plus(lease).toEpochMilli();
    return handles.with(
        h -> {
          boolean postgres = isPostgres(h);
          List<String> hosts =
              freeHosts(h, postgres, owner, now, (limit + perHost - 1) / perHost, busyHosts);
          if (hosts.isEmpty()) return List.of();
          String due =
              """
              SELECT id FROM (
                SELECT id, due_at, ROW_NUMBER() OVER (PARTITION BY host ORDER BY due_at, id) AS rn
                FROM crawl_url
                WHERE due_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                  AND (outlet_id IS NULL OR outlet_id NOT IN (SELECT id FROM outlet WHERE paused))
                  AND host IN (<hosts>)
              ) ranked WHERE rn <= :perHost ORDER BY rn, due_at, id LIMIT :limit""";
          String ids =
              postgres
                  // The lease test is repeated where the row is locked: PostgreSQL re-checks only
                  // the locking query's own WHERE against a row another node just committed, so
                  // without it a row claimed a moment ago would be claimed again.
                  ? "SELECT id FROM crawl_url WHERE id IN ("
                      + due
                      + ") AND (lease_until IS NULL OR lease_until < :now) FOR UPDATE SKIP LOCKED"
                  : due;
          List<CrawlUrl> claimed =
              h
                  .createQuery(
                      "UPDATE crawl_url SET lease_owner = :owner, lease_until = :until WHERE id IN ("
                          + ids
                          + ") AND (lease_until IS NULL OR lease_until < :now) RETURNING *")
                  .bindList("hosts", hosts)
                  .bind("owner", owner)
                  .bind("until", until)
                  .bind("now", now.toEpochMilli())
                  .bind("perHost", perHost)
                  .bind("limit", limit)
                  .map(CrawlRepository::map)
                  .list()
                  .stream()
                  .sorted(Comparator.comparing(CrawlUrl::dueAt))
                  .toList();
          PreparedBatch take =
              h.prepareBatch(
                  """
                  UPDATE crawl_host SET lease_owner = :owner, lease_until = :until, free_at = :free
                  WHERE host = :host""");
          claimed.stream()
              .map(CrawlUrl::host)
              .distinct()
              .forEach(
                  host ->
                      take.bind("owner", owner)
                          .bind("until", until)
                          .bind("free", until + gapMillis.applyAsLong(host))
                          .bind("host", host)
                          .add());
          if (take.size() > 0) take.execute();
          return claimed;
        });
  }

  /**
   * Locks (on PostgreSQL) and returns up to {@code limit} hosts with due work that {@code owner}
   * may fetch from: those it holds or held last, and those free since {@code free_at}. Its own
   * hosts come first, then those waiting longest. The lease test sits in the locking query's own
   * WHERE so that PostgreSQL re-checks it against a host another node has just taken.
   */
  private static List<String> freeHosts(
      Handle h, boolean postgres, String owner, Instant now, int limit, Set<String> busyHosts) {
    Query q =
        h.createQuery(
            """
            SELECT host FROM crawl_host
            WHERE (lease_owner = :owner OR free_at <= :now) %s
              AND EXISTS (SELECT 1 FROM crawl_url c WHERE c.host = crawl_host.host AND c.due_at <= :now
                          AND (c.lease_until IS NULL OR c.lease_until < :now))
            ORDER BY CASE WHEN lease_owner = :owner THEN 0 ELSE 1 END, free_at, host
            LIMIT :limit %s"""
                .formatted(
                    busyHosts.isEmpty() ? "" : "AND host NOT IN (<busy>)",
                    postgres ? "FOR UPDATE SKIP LOCKED" : ""));
    if (!busyHosts.isEmpty()) q.bindList("busy", List.copyOf(busyHosts));
    return q.bind("owner", owner)
        .bind("now", now.toEpochMilli())
        .bind("limit", Math.max(1, limit))
        .mapTo(String.class)
        .list();
  }

  /**
   * Extends {@code owner}'s leases of {@code hosts} (hosts it is still fetching from) to {@code
   * until}, each closed to others its gap beyond.
   */
  public void renewHosts(
      String owner, Set<String> hosts, Instant until, ToLongFunction<String> gapMillis) {
    setHostLeases(owner, hosts, until.toEpochMilli(), until, gapMillis);
  }

  /**
   * Gives {@code owner}'s leases of {@code hosts} back (it has nothing in flight there): other
   * crawlers may take each host its gap after {@code now}, {@code owner} itself at once (its own
   * host queue keeps the delay).
   */
  public void releaseHosts(
      String owner, Set<String> hosts, Instant now, ToLongFunction<String> gapMillis) {
    setHostLeases(owner, hosts, null, now, gapMillis);
  }

  /**
   * Sets {@code owner}'s leases of {@code hosts} to run until {@code leaseUntil} (null: given
   * back), each host closed to others its gap after {@code gapFrom}.
   */
  private void setHostLeases(
      String owner,
      Set<String> hosts,
      Long leaseUntil,
      Instant gapFrom,
      ToLongFunction<String> gapMillis) {
    if (hosts.isEmpty()) return;
    handles.with(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  UPDATE crawl_host SET lease_until = :until, free_at = :free
                  WHERE host = :host AND lease_owner = :owner""");
          for (String host : hosts) {
            batch
                .bind("owner", owner)
                .bind("until", leaseUntil)
                .bind("free", gapFrom.toEpochMilli() + gapMillis.applyAsLong(host))
                .bind("host", host)
                .add();
          }
          return batch.execute();
        });
  }

  /**
   * A successful visit: the URL's next due time, its validators for the next conditional GET, and
   * the end of its failure streak and lease.
   */
  public void recordSuccess(
      long id,
      int status,
      Instant fetchedAt,
      long nextDueMillis,
      Long intervalMs,
      String etag,
      String lastModified) {
    handles.with(
        h ->
            h.createUpdate(
                    """
                    UPDATE crawl_url SET due_at = :due, interval_ms = :interval, etag = :etag,
                        last_modified = :lm, attempts = attempts + 1, last_status = :status,
                        last_fetched_at = :at, last_success_at = :at, error_streak = 0, last_error = NULL,
                        lease_owner = NULL, lease_until = NULL
                    WHERE id = :id""")
                .bind("id", id)
                .bind("due", nextDueMillis)
                .bind("interval", intervalMs)
                .bind("etag", etag)
                .bind("lm", lastModified)
                .bind("status", status)
                .bind("at", fetchedAt.toEpochMilli())
                .execute());
  }

  /** A failed visit: one more in the streak, retried at {@code nextDueMillis} (or never). */
  public void recordFailure(
      long id, Integer status, String error, Instant fetchedAt, long nextDueMillis) {
    handles.with(
        h ->
            h.createUpdate(
                    """
                    UPDATE crawl_url SET due_at = :due, attempts = attempts + 1, last_status = :status,
                        last_fetched_at = :at, error_streak = error_streak + 1, last_error = :error,
                        lease_owner = NULL, lease_until = NULL
                    WHERE id = :id""")
                .bind("id", id)
                .bind("due", nextDueMillis)
                .bind("status", status)
                .bind("error", error)
                .bind("at", fetchedAt.toEpochMilli())
                .execute());
  }

  public void log(FetchLogEntry e) {
    handles.with(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO fetch_log (url, outlet_id, status, bytes, duration_ms, error_class, fetched_at)
                    VALUES (:url, :outlet, :status, :bytes, :duration, :error, :at)""")
                .bind("url", e.url())
                .bind("outlet", e.outletId())
                .bind("status", e.status())
                .bind("bytes", e.bytes())
                .bind("duration", e.durationMs())
                .bind("error", e.errorClass())
                .bind("at", e.fetchedAt().toEpochMilli())
                .execute());
  }

  /**
   * Stores a fetched page unless a page with the same canonical address is already stored (two
   * listed URLs that redirect to one article). Returns whether it was stored.
   */
  public boolean saveRawPage(RawPage p) {
    return handles.with(
        h ->
            h.createUpdate(
                        """
                        INSERT INTO raw_page (crawl_url_id, outlet_id, url, status, content_type, body,
                            truncated, feed_meta, fetched_at)
                        VALUES (:crawlUrl, :outlet, :url, :status, :contentType, :body, :truncated, :meta, :at)
                        ON CONFLICT DO NOTHING""")
                    .bind("crawlUrl", p.crawlUrlId())
                    .bind("outlet", p.outletId())
                    .bind("url", p.url())
                    .bind("status", p.status())
                    .bind("contentType", p.contentType())
                    .bind("body", p.body())
                    .bind("truncated", p.truncated())
                    .bind("meta", p.feedMeta())
                    .bind("at", p.fetchedAt().toEpochMilli())
                    .execute()
                > 0);
  }

  public Optional<RawPage> rawPage(String url) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM raw_page WHERE url = :url")
                .bind("url", url)
                .map(CrawlRepository::mapPage)
                .findOne());
  }

  public long rawPageCount() {
    return handles.with(
        h -> h.createQuery("SELECT COUNT(*) FROM raw_page").mapTo(Long.class).one());
  }

  public Optional<CrawlUrl> byUrl(String url) {
    return handles.with(
        h ->
            h.createQuery("SELECT * FROM crawl_url WHERE url = :url")
                .bind("url", url)
                .map(CrawlRepository::map)
                .findOne());
  }

  /** The latest {@code limit} URLs of {@code kind} an outlet has in the frontier, newest first. */
  public List<String> recentUrls(long outletId, String kind, int limit) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT url FROM crawl_url WHERE outlet_id = :o AND kind = :kind
                    ORDER BY discovered_at DESC, id DESC LIMIT :limit""")
                .bind("o", outletId)
                .bind("kind", kind)
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
  }

  /** URLs due at {@code now} and not leased: the work a crawl would do now. */
  public long countDue(Instant now) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT COUNT(*) FROM crawl_url
                    WHERE due_at <= :now AND (lease_until IS NULL OR lease_until < :now)""")
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one());
  }

  /**
   * URLs due at {@code now} of outlets not paused, leased or not: work this crawler or another has
   * still to do (a crawler with nothing to claim waits while this is not zero, to take over the
   * leases of one that died).
   */
  public long countPending(Instant now) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT COUNT(*) FROM crawl_url WHERE due_at <= :now
                      AND (outlet_id IS NULL OR outlet_id NOT IN (SELECT id FROM outlet WHERE paused))""")
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one());
  }

  /** The earliest due time in the frontier, for a crawler waiting for work. */
  public Optional<Instant> nextDue() {
    return handles.with(
        h ->
            h.createQuery("SELECT MIN(due_at) FROM crawl_url WHERE due_at < :never")
                .bind("never", CrawlUrl.NEVER)
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
  }

  /** The fetch log of one outlet, newest first. */
  public List<FetchLogEntry> fetchLog(long outletId, int limit) {
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM fetch_log WHERE outlet_id = :o ORDER BY fetched_at DESC, id DESC
                    LIMIT :limit""")
                .bind("o", outletId)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new FetchLogEntry(
                            rs.getString("url"),
                            rs.getLong("outlet_id"),
                            intOrNull(rs, "status"),
                            rs.getLong("bytes"),
                            rs.getLong("duration_ms"),
                            rs.getString("error_class"),
                            Instant.ofEpochMilli(rs.getLong("fetched_at"))))
                .list());
  }

  /** Every outlet's crawl health at {@code now}, by name. */
  public List<CrawlHealth> health(Instant now) {
    long weekAgo = now.minus(Duration.ofDays(7)).toEpochMilli();
    return handles.with(
        h ->
            h.createQuery(
                    """
                    SELECT o.id, o.slug, o.name, o.paused, o.created_at,
                      (SELECT MAX(l.fetched_at) FROM fetch_log l
                         WHERE l.outlet_id = o.id AND l.error_class IS NULL) AS last_success,
                      (SELECT COUNT(*) FROM fetch_log l WHERE l.outlet_id = o.id AND l.error_class IS NOT NULL
                         AND l.fetched_at > COALESCE((SELECT MAX(s.fetched_at) FROM fetch_log s
                             WHERE s.outlet_id = o.id AND s.error_class IS NULL), -1)) AS streak,
                      (SELECT COUNT(*) FROM crawl_url c WHERE c.outlet_id = o.id AND c.kind = 'article'
                         AND c.discovered_at >= :weekAgo) AS recent,
                      (SELECT COUNT(*) FROM crawl_url c WHERE c.outlet_id = o.id AND c.kind = 'article') AS total,
                      (SELECT l.error_class || ' ' || l.url FROM fetch_log l
                         WHERE l.outlet_id = o.id AND l.error_class IS NOT NULL
                         ORDER BY l.fetched_at DESC, l.id DESC LIMIT 1) AS last_error
                    FROM outlet o ORDER BY o.name""")
                .bind("weekAgo", weekAgo)
                .map(
                    (rs, ctx) -> {
                      long created = rs.getLong("created_at");
                      double days =
                          Math.max(
                              1.0, Math.min(7.0, (now.toEpochMilli() - created) / 86_400_000.0));
                      return new CrawlHealth(
                          rs.getLong("id"),
                          rs.getString("slug"),
                          rs.getString("name"),
                          rs.getBoolean("paused"),
                          Times.instant(rs, "last_success"),
                          rs.getInt("streak"),
                          rs.getLong("recent") / days,
                          rs.getLong("total"),
                          rs.getString("last_error"));
                    })
                .list());
  }

  static CrawlUrl map(ResultSet rs, StatementContext ctx) throws SQLException {
    long interval = rs.getLong("interval_ms");
    Long intervalOrNull = rs.wasNull() ? null : interval;
    long outlet = rs.getLong("outlet_id");
    Long outletOrNull = rs.wasNull() ? null : outlet;
    return new CrawlUrl(
        rs.getLong("id"),
        rs.getString("url"),
        outletOrNull,
        rs.getString("kind"),
        rs.getString("host"),
        Instant.ofEpochMilli(rs.getLong("due_at")),
        rs.getString("etag"),
        rs.getString("last_modified"),
        rs.getInt("attempts"),
        intOrNull(rs, "last_status"),
        Times.instant(rs, "last_fetched_at"),
        intervalOrNull,
        rs.getInt("error_streak"),
        Times.instant(rs, "last_success_at"),
        rs.getString("last_error"),
        rs.getString("feed_meta"));
  }

  static RawPage mapPage(ResultSet rs, StatementContext ctx) throws SQLException {
    long outlet = rs.getLong("outlet_id");
    Long outletOrNull = rs.wasNull() ? null : outlet;
    return new RawPage(
        rs.getLong("id"),
        rs.getLong("crawl_url_id"),
        outletOrNull,
        rs.getString("url"),
        rs.getInt("status"),
        rs.getString("content_type"),
        rs.getBytes("body"),
        rs.getBoolean("truncated"),
        rs.getString("feed_meta"),
        Instant.ofEpochMilli(rs.getLong("fetched_at")));
  }

  private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static boolean isPostgres(Handle h) {
    try {
      return h.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    } catch (SQLException e) {
      throw new StoreException("cannot tell the database kind: " + e.getMessage(), e);
    }
  }
}
