"""SQL for where articles come from while the bot runs: feed polling state and remembered failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.store.db import transaction


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None = None
    modified: str | None = None
    failures: int = 0
    backoff_until: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    last_ok_at: datetime | None = None
    ingested: int = 0


@dataclass(frozen=True)
class IngestFailure:
    source: str
    content_hash: str
    error: str
    seen_at: datetime


def _dt(raw: str | None) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _feed_state(row: aiosqlite.Row) -> FeedState:
    return FeedState(
        row["url"],
        row["etag"],
        row["modified"],
        row["failures"],
        _dt(row["backoff_until"]),
        row["last_error"],
        _dt(row["last_error_at"]),
        _dt(row["last_ok_at"]),
        row["ingested"],
    )


async def load_feed_state(db: aiosqlite.Connection, url: str) -> FeedState:
    async with db.execute("SELECT * FROM feed_state WHERE url = ?", (url,)) as cur:
        row = await cur.fetchone()
    return _feed_state(row) if row else FeedState(url)


async def load_feed_states(db: aiosqlite.Connection, urls: tuple[str, ...]) -> list[FeedState]:
    """The state of each configured feed, in the order given (a feed never polled has a blank state)."""
    return [await load_feed_state(db, url) for url in urls]


async def save_feed_ok(
    db: aiosqlite.Connection, url: str, etag: str | None, modified: str | None, at: datetime, ingested: int
) -> None:
    async with transaction(db):
        await db.execute(
            """INSERT INTO feed_state (url, etag, modified, last_ok_at, ingested) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, modified = excluded.modified,
                   failures = 0, backoff_until = NULL, last_error = NULL, last_error_at = NULL,
                   last_ok_at = excluded.last_ok_at, ingested = ingested + excluded.ingested""",
            (url, etag, modified, at.isoformat(), ingested),
        )


async def save_feed_failure(
    db: aiosqlite.Connection, url: str, error: str, at: datetime, backoff_until: datetime
) -> None:
    async with transaction(db):
        await db.execute(
            """INSERT INTO feed_state (url, failures, backoff_until, last_error, last_error_at)
               VALUES (?, 1, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET failures = failures + 1,
                   backoff_until = excluded.backoff_until, last_error = excluded.last_error,
                   last_error_at = excluded.last_error_at""",
            (url, backoff_until.isoformat(), error, at.isoformat()),
        )


async def remember_failure(
    db: aiosqlite.Connection, source: str, content_hash: str, error: str, at: datetime
) -> bool:
    """Records a failed file or page; True the first time these bytes failed (report it), else False."""
    async with transaction(db):
        cur = await db.execute(
            """INSERT INTO ingest_failures (source, content_hash, error, seen_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (source, content_hash) DO NOTHING""",
            (source, content_hash, error, at.isoformat()),
        )
        return cur.rowcount > 0


async def is_known_failure(db: aiosqlite.Connection, source: str, content_hash: str) -> bool:
    sql = "SELECT 1 FROM ingest_failures WHERE source = ? AND content_hash = ?"
    async with db.execute(sql, (source, content_hash)) as cur:
        return await cur.fetchone() is not None


async def forget_failures(db: aiosqlite.Connection, source: str) -> None:
    """A source that now ingests (or is gone) is no longer failing."""
    async with transaction(db):
        await db.execute("DELETE FROM ingest_failures WHERE source = ?", (source,))


async def load_failure_sources(db: aiosqlite.Connection) -> list[str]:
    async with db.execute("SELECT DISTINCT source FROM ingest_failures ORDER BY source") as cur:
        return [row[0] for row in await cur.fetchall()]


async def load_failures(db: aiosqlite.Connection, limit: int = 5) -> tuple[list[IngestFailure], int]:
    """The most recent failures (newest first) and how many there are in all."""
    async with db.execute("SELECT COUNT(*) FROM ingest_failures") as cur:
        total = (await cur.fetchone())[0]
    sql = "SELECT * FROM ingest_failures ORDER BY seen_at DESC, source LIMIT ?"
    async with db.execute(sql, (limit,)) as cur:
        rows = await cur.fetchall()
    return [IngestFailure(r["source"], r["content_hash"], r["error"], _dt(r["seen_at"])) for r in rows], total


async def is_stored_source(db: aiosqlite.Connection, path: str) -> bool:
    """An article is stored under this path or URL (feed items are de-duplicated by URL)."""
    async with db.execute("SELECT 1 FROM articles WHERE path = ?", (path,)) as cur:
        return await cur.fetchone() is not None
