-- Strichka's schema, shared by SQLite and PostgreSQL.
-- ${id_pk} is the dialect's auto-increment primary key; times are epoch milliseconds (UTC) in BIGINT columns,
-- which both dialects compare and index the same way.

CREATE TABLE outlet (
    id                 ${id_pk},
    slug               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    home_url           TEXT NOT NULL,
    language           TEXT,
    default_section    TEXT,
    weight             DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    full_text_allowed  BOOLEAN NOT NULL DEFAULT FALSE,
    -- per-outlet extraction rules and section-label mapping, as JSON
    rules              TEXT,
    favicon_url        TEXT,
    paused             BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         BIGINT NOT NULL
);

-- Feeds, sitemaps and section pages through which an outlet's articles are discovered.
CREATE TABLE outlet_source (
    id         ${id_pk},
    outlet_id  BIGINT NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    url        TEXT NOT NULL UNIQUE
);

-- The crawl frontier: every URL Strichka knows it has to (re)visit, with its conditional-GET state and lease.
CREATE TABLE crawl_url (
    id               ${id_pk},
    url              TEXT NOT NULL UNIQUE,
    outlet_id        BIGINT REFERENCES outlet (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    host             TEXT NOT NULL,
    due_at           BIGINT NOT NULL,
    etag             TEXT,
    last_modified    TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_status      INTEGER,
    last_fetched_at  BIGINT,
    lease_owner      TEXT,
    lease_until      BIGINT,
    feed_meta        TEXT
);
CREATE INDEX crawl_url_due ON crawl_url (due_at);
CREATE INDEX crawl_url_host ON crawl_url (host);

-- One row per fetch attempt: what happened, for outlet health and debugging.
CREATE TABLE fetch_log (
    id           ${id_pk},
    url          TEXT NOT NULL,
    outlet_id    BIGINT REFERENCES outlet (id) ON DELETE CASCADE,
    status       INTEGER,
    bytes        BIGINT NOT NULL DEFAULT 0,
    duration_ms  BIGINT NOT NULL DEFAULT 0,
    error_class  TEXT,
    fetched_at   BIGINT NOT NULL
);
CREATE INDEX fetch_log_outlet_time ON fetch_log (outlet_id, fetched_at);

CREATE TABLE article (
    id             ${id_pk},
    url            TEXT NOT NULL,
    canonical_url  TEXT NOT NULL UNIQUE,
    outlet_id      BIGINT NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    lead           TEXT,
    body           TEXT,
    image          TEXT,
    -- JSON array of names
    authors        TEXT,
    published_at   BIGINT,
    modified_at    BIGINT,
    fetched_at     BIGINT NOT NULL,
    language       TEXT,
    section        TEXT,
    is_news        BOOLEAN NOT NULL DEFAULT TRUE,
    content_hash   TEXT,
    simhash        BIGINT,
    repost_of      BIGINT REFERENCES article (id) ON DELETE SET NULL
);
CREATE INDEX article_published ON article (published_at);
CREATE INDEX article_outlet_published ON article (outlet_id, published_at);
CREATE INDEX article_section_published ON article (section, published_at);
CREATE INDEX article_content_hash ON article (content_hash);

CREATE TABLE entity (
    id    ${id_pk},
    slug  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL,
    type  TEXT NOT NULL
);

CREATE TABLE article_entity (
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id   BIGINT NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    mentions    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entity_entity ON article_entity (entity_id);

CREATE TABLE story (
    id                ${id_pk},
    title             TEXT NOT NULL,
    lead              TEXT,
    section           TEXT,
    first_article_id  BIGINT REFERENCES article (id) ON DELETE SET NULL,
    outlet_count      INTEGER NOT NULL DEFAULT 0,
    article_count     INTEGER NOT NULL DEFAULT 0,
    score             DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);
CREATE INDEX story_score ON story (score);
CREATE INDEX story_section_updated ON story (section, updated_at);

-- An article belongs to at most one story.
CREATE TABLE story_article (
    article_id  BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id    BIGINT NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    similarity  DOUBLE PRECISION,
    joined_at   BIGINT NOT NULL
);
CREATE INDEX story_article_story ON story_article (story_id);

-- NBU official rates: hryvnias per unit of currency, one row per currency per date.
CREATE TABLE exchange_rate (
    currency  TEXT NOT NULL,
    rate_date TEXT NOT NULL,
    r030      INTEGER,
    name      TEXT,
    rate      DOUBLE PRECISION NOT NULL,
    fetched_at BIGINT NOT NULL,
    PRIMARY KEY (currency, rate_date)
);
