-- The crawler's state beyond V1: each frontier URL's schedule and failure streak, and the raw pages fetched
-- before the extraction stage reads them. Written for SQLite and PostgreSQL alike; times are epoch milliseconds.

-- interval_ms: the source's current revisit interval (adaptive); NULL for article pages.
ALTER TABLE crawl_url ADD COLUMN interval_ms BIGINT;
-- failures in a row; 0 after a success
ALTER TABLE crawl_url ADD COLUMN error_streak INTEGER NOT NULL DEFAULT 0;
ALTER TABLE crawl_url ADD COLUMN last_success_at BIGINT;
ALTER TABLE crawl_url ADD COLUMN last_error TEXT;
-- when the URL entered the frontier (for articles: when a feed first listed it)
ALTER TABLE crawl_url ADD COLUMN discovered_at BIGINT;
CREATE INDEX crawl_url_outlet_kind ON crawl_url (outlet_id, kind, discovered_at);
CREATE INDEX crawl_url_host_due ON crawl_url (host, due_at);

-- A fetched article page, kept as the server sent it (decoded from gzip, not from its charset) with what the
-- feed said about it, until the extraction stage turns it into an article.
-- body: BYTEA is PostgreSQL's byte string; SQLite has no such type name and stores the bytes as a BLOB as given.
CREATE TABLE raw_page (
    id             ${id_pk},
    crawl_url_id   BIGINT NOT NULL UNIQUE REFERENCES crawl_url (id) ON DELETE CASCADE,
    outlet_id      BIGINT REFERENCES outlet (id) ON DELETE CASCADE,
    -- canonical form of the address the page was finally served from
    url            TEXT NOT NULL UNIQUE,
    status         INTEGER NOT NULL,
    content_type   TEXT,
    body           BYTEA NOT NULL,
    truncated      BOOLEAN NOT NULL DEFAULT FALSE,
    -- the feed item that announced the page, as JSON
    feed_meta      TEXT,
    fetched_at     BIGINT NOT NULL,
    -- set by the extraction stage once it has read the page
    extracted_at   BIGINT
);
CREATE INDEX raw_page_outlet_fetched ON raw_page (outlet_id, fetched_at);
