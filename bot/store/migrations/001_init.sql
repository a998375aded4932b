-- The store, modelled on Leifeld's Discourse Network Analyzer: a statement is an attributed span
-- of an article with its speaker, the organisation it counts for, a concept and an agreement.
-- Each migration is one transaction; the runner sets PRAGMA user_version before the COMMIT.
BEGIN;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,              -- a file path (relative to the working directory) or a URL
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of the text: the same text is stored once
    title TEXT NOT NULL,
    published TEXT,                         -- YYYY-MM-DD
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_ingested_at ON articles (ingested_at);

-- person -> organisation -> government through `parent`. No foreign key on parent: an edited
-- actors.toml may drop a parent that older statements still point through.
CREATE TABLE actors (
    slug TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,                 -- casefolded name, for lookups in any case
    kind TEXT NOT NULL CHECK (kind IN ('person', 'ministry', 'government', 'party', 'other', 'group')),
    parent TEXT,
    role TEXT,
    discovered INTEGER NOT NULL DEFAULT 0   -- 1: found in text by the extractor, not in actors.toml
);
CREATE INDEX actors_name_key ON actors (name_key);
CREATE INDEX actors_parent ON actors (parent);

CREATE TABLE aliases (
    alias_key TEXT NOT NULL,                -- casefolded alias
    slug TEXT NOT NULL REFERENCES actors (slug) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (alias_key, slug)
) WITHOUT ROWID;
CREATE INDEX aliases_slug ON aliases (slug);

CREATE TABLE concepts (
    slug TEXT PRIMARY KEY,
    proposition TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',    -- JSON list, as in concepts.toml
    position INTEGER NOT NULL DEFAULT 0     -- order in concepts.toml, the order answers list them in
);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,            -- str offsets of `content` in the article text
    span_end INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'reported', 'position')),
    content TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',       -- the sentence around a short content
    cue TEXT,
    speaker_key TEXT NOT NULL,              -- the speaker's slug, or an anonymous source's id
    speaker TEXT REFERENCES actors (slug),  -- NULL for an anonymous source
    speaker_name TEXT NOT NULL,
    speaker_role TEXT,
    speaker_mention TEXT NOT NULL,
    mention_start INTEGER,
    mention_end INTEGER,
    anonymous INTEGER NOT NULL DEFAULT 0,
    actor TEXT REFERENCES actors (slug),    -- the organisation the statement counts for
    said_on TEXT,                           -- YYYY-MM-DD | YYYY-MM | YYYY
    said_on_precision TEXT,
    sort_date TEXT,                         -- said_on, else the article's date: what "newest" means
    concept TEXT,
    agreement TEXT CHECK (agreement IS NULL OR agreement IN ('support', 'oppose', 'neutral')),
    stance_cue TEXT,
    about TEXT NOT NULL DEFAULT '[]',       -- JSON list in the extractor's order; statement_about is for lookups
    confidence REAL NOT NULL DEFAULT 0.5
);
CREATE INDEX statements_article ON statements (article_id, span_start);
CREATE INDEX statements_speaker ON statements (speaker);
CREATE INDEX statements_actor ON statements (actor);

CREATE TABLE statement_about (
    actor TEXT NOT NULL REFERENCES actors (slug),
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    concept TEXT,
    sort_date TEXT,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (actor, statement_id)
) WITHOUT ROWID;
CREATE INDEX statement_about_order ON statement_about (actor, sort_date DESC, article_id DESC, statement_id);
CREATE INDEX statement_about_statement ON statement_about (statement_id);

-- Precomputed: each statement under every actor whose stance it counts for (its speaker, its
-- organisation and their parents, transitively), so /stance and /quotes are index range scans.
-- Rebuilt when actors.toml changes a parent (bot.store.actors.sync_tables).
CREATE TABLE stance_index (
    slug TEXT NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    concept TEXT,
    sort_date TEXT,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (slug, statement_id)
) WITHOUT ROWID;
CREATE INDEX stance_index_concept ON stance_index (slug, concept, sort_date DESC, article_id DESC, statement_id);
CREATE INDEX stance_index_date ON stance_index (slug, sort_date DESC, article_id DESC, statement_id);
CREATE INDEX stance_index_statement ON stance_index (statement_id);

-- Quote search over statement text and speaker names. External content: the text lives once, in
-- statements; the triggers keep the index in step.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, speaker_name,
    content = 'statements', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name)
    VALUES ('delete', old.id, old.content, old.speaker_name);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, speaker_name ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name)
    VALUES ('delete', old.id, old.content, old.speaker_name);
    INSERT INTO statements_fts (rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name);
END;

COMMIT;
