-- Host leases: per-host politeness shared by every crawler on one store. A crawler fetches from a host only
-- while it holds the host's lease, so two processes never fetch one host at once; a lease that is given back
-- or runs out keeps the host closed to the others until free_at (the holder's last request plus its delay).
-- Times are epoch milliseconds, as in crawl_url.
CREATE TABLE crawl_host (
    host         TEXT PRIMARY KEY,
    -- the crawler holding the host, or that held it last (it may take it again before free_at: its own
    -- host queue keeps the delay)
    lease_owner  TEXT,
    -- NULL once the holder gave the host back
    lease_until  BIGINT,
    -- others may take the host from then on
    free_at      BIGINT NOT NULL DEFAULT 0
);
INSERT INTO crawl_host (host) SELECT DISTINCT host FROM crawl_url;
