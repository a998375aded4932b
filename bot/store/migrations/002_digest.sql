-- The daily digest, feeds and the periodic rescan: per-guild digest settings, an arrival log the
-- digest reads "what is new" from, feed polling state, and files or pages that failed to ingest.
BEGIN;

-- One row per guild. last_posted_day is the local day (in tz) of the last scheduled digest that was
-- posted; it is written only after a successful post, which is what makes the digest exactly-once.
CREATE TABLE digest_settings (
    guild_id INTEGER PRIMARY KEY,
    channel_id INTEGER,
    local_time TEXT NOT NULL DEFAULT '09:00',   -- HH:MM, wall-clock time in tz
    tz TEXT NOT NULL DEFAULT 'UTC',             -- IANA zone name
    enabled INTEGER NOT NULL DEFAULT 0,
    last_posted_day TEXT,                       -- YYYY-MM-DD, local to tz
    last_posted_at TEXT,                        -- UTC ISO 8601, any digest (scheduled or /digest now)
    watermark INTEGER NOT NULL DEFAULT 0,       -- arrivals.seq covered by the last digest
    last_error TEXT,                            -- why the last post failed and what to fix
    last_error_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0         -- consecutive failed posts, for the retry delay
);
CREATE INDEX digest_settings_enabled ON digest_settings (enabled);

-- Each article and statement gets an arrival number when it is inserted (or, for an article, when
-- its text changes) that is never reused (AUTOINCREMENT): rowids are reused when a changed
-- article's statements are deleted and inserted again, so ids alone would hide them from a digest
-- whose watermark is past them. One row per live record: deletes remove theirs.
CREATE TABLE arrivals (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('article', 'statement')),
    row_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX arrivals_row ON arrivals (kind, row_id);
INSERT INTO arrivals (kind, row_id) SELECT 'article', id FROM articles ORDER BY id;
INSERT INTO arrivals (kind, row_id) SELECT 'statement', id FROM statements ORDER BY id;
CREATE TRIGGER arrivals_article_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO arrivals (kind, row_id) VALUES ('article', new.id);
END;
CREATE TRIGGER arrivals_article_update AFTER UPDATE OF content_hash ON articles
WHEN new.content_hash IS NOT old.content_hash BEGIN
    INSERT OR REPLACE INTO arrivals (kind, row_id) VALUES ('article', new.id);
END;
CREATE TRIGGER arrivals_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM arrivals WHERE kind = 'article' AND row_id = old.id;
END;
CREATE TRIGGER arrivals_statement_insert AFTER INSERT ON statements BEGIN
    INSERT OR REPLACE INTO arrivals (kind, row_id) VALUES ('statement', new.id);
END;
CREATE TRIGGER arrivals_statement_delete AFTER DELETE ON statements BEGIN
    DELETE FROM arrivals WHERE kind = 'statement' AND row_id = old.id;
END;

-- Feeds listed in FEEDS: conditional-GET validators and the exponential back-off of a failing feed.
CREATE TABLE feed_state (
    url TEXT PRIMARY KEY,
    etag TEXT,
    modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,        -- consecutive failed polls
    backoff_until TEXT,                         -- UTC ISO 8601; no poll before
    last_error TEXT,
    last_error_at TEXT,
    last_ok_at TEXT,
    ingested INTEGER NOT NULL DEFAULT 0         -- articles taken from this feed so far
);

-- A file or page that could not be ingested, by source and content hash, so the rescan reports it
-- once and does not try the same bytes again at every scan; an edited file has a new hash.
CREATE TABLE ingest_failures (
    source TEXT NOT NULL,                       -- a file path or a URL
    content_hash TEXT NOT NULL,
    error TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, content_hash)
) WITHOUT ROWID;

COMMIT;
