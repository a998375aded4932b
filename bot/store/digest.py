"""Digest SQL: per-guild settings and what arrived in the store since a guild's last digest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from bot.digest import NewArticle, NewStatement
from bot.store.db import transaction

# The organisation a statement counts for, else its (named) speaker: the digest's "actor".
ACTOR_OF = "COALESCE(s.actor, s.speaker)"


@dataclass(frozen=True)
class DigestSettings:
    guild_id: int
    channel_id: int | None
    local_time: str  # HH:MM
    tz: str
    enabled: bool
    last_posted_day: date | None
    last_posted_at: datetime | None
    watermark: int
    last_error: str | None
    last_error_at: datetime | None
    failures: int


@dataclass(frozen=True)
class DigestInput:
    articles: list[NewArticle]
    statements: list[NewStatement]
    prior: dict[tuple[str, str], str]  # (actor, concept) -> latest agreement at or before `since`
    since: int
    until: int  # the arrival seq read up to: the next watermark


def _dt(raw: str | None) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None


def _settings(row: aiosqlite.Row) -> DigestSettings:
    return DigestSettings(
        row["guild_id"],
        row["channel_id"],
        row["local_time"],
        row["tz"],
        bool(row["enabled"]),
        date.fromisoformat(row["last_posted_day"]) if row["last_posted_day"] else None,
        _dt(row["last_posted_at"]),
        row["watermark"],
        row["last_error"],
        _dt(row["last_error_at"]),
        row["failures"],
    )


async def load_digest_settings(db: aiosqlite.Connection, guild_id: int) -> DigestSettings | None:
    async with db.execute("SELECT * FROM digest_settings WHERE guild_id = ?", (guild_id,)) as cur:
        row = await cur.fetchone()
    return _settings(row) if row else None


async def load_enabled_digests(db: aiosqlite.Connection) -> list[DigestSettings]:
    async with db.execute("SELECT * FROM digest_settings WHERE enabled = 1 ORDER BY guild_id") as cur:
        return [_settings(r) for r in await cur.fetchall()]


async def save_digest_schedule(
    db: aiosqlite.Connection, guild_id: int, channel_id: int, local_time: str, tz: str, last_posted_day: date
) -> DigestSettings:
    """Turns the digest on (or changes it); clears a previous post error, since the setup may fix it."""
    async with transaction(db):
        await db.execute(
            """INSERT INTO digest_settings (guild_id, channel_id, local_time, tz, enabled, last_posted_day)
               VALUES (?, ?, ?, ?, 1, ?)
               ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,
                   local_time = excluded.local_time, tz = excluded.tz, enabled = 1,
                   last_posted_day = excluded.last_posted_day,
                   last_error = NULL, last_error_at = NULL, failures = 0""",
            (guild_id, channel_id, local_time, tz, last_posted_day.isoformat()),
        )
    return await load_digest_settings(db, guild_id)


async def disable_digest(db: aiosqlite.Connection, guild_id: int) -> bool:
    """False when the digest was not on."""
    async with transaction(db):
        cur = await db.execute(
            "UPDATE digest_settings SET enabled = 0 WHERE guild_id = ? AND enabled = 1", (guild_id,)
        )
        return cur.rowcount > 0


async def record_digest_posted(
    db: aiosqlite.Connection, guild_id: int, day: date | None, at: datetime, watermark: int
) -> None:
    """After a successful scheduled post only (/digest now records nothing, so the daily digest
    still reports what it showed). `day` None leaves the schedule's day as it is."""
    async with transaction(db):
        await db.execute(
            """INSERT INTO digest_settings (guild_id, watermark, last_posted_at) VALUES (?, ?, ?)
               ON CONFLICT (guild_id) DO UPDATE SET watermark = MAX(watermark, excluded.watermark),
                   last_posted_at = excluded.last_posted_at,
                   last_posted_day = COALESCE(?, last_posted_day),
                   last_error = CASE WHEN ? IS NULL THEN last_error END,
                   last_error_at = CASE WHEN ? IS NULL THEN last_error_at END,
                   failures = CASE WHEN ? IS NULL THEN failures ELSE 0 END""",
            (guild_id, watermark, at.isoformat(), *([day.isoformat() if day else None] * 4)),
        )


async def record_digest_failure(db: aiosqlite.Connection, guild_id: int, error: str, at: datetime) -> None:
    async with transaction(db):
        await db.execute(
            """UPDATE digest_settings SET last_error = ?, last_error_at = ?, failures = failures + 1
               WHERE guild_id = ?""",
            (error, at.isoformat(), guild_id),
        )


async def fetch_latest_arrival(db: aiosqlite.Connection) -> int:
    async with db.execute("SELECT COALESCE(MAX(seq), 0) FROM arrivals") as cur:
        return (await cur.fetchone())[0]


# `+r.kind`: keeps SQLite on the seq range of the arrival log rather than every row of one kind.
async def fetch_new_articles(db: aiosqlite.Connection, since: int, until: int) -> list[NewArticle]:
    sql = """SELECT a.id, a.title, a.published, a.path FROM arrivals r JOIN articles a ON a.id = r.row_id
             WHERE +r.kind = 'article' AND r.seq > ? AND r.seq <= ?
             ORDER BY a.published IS NULL, a.published, a.id"""
    async with db.execute(sql, (since, until)) as cur:
        rows = await cur.fetchall()
    return [
        NewArticle(r[0], r[1], r[2], r[3] if r[3].startswith(("http://", "https://")) else None) for r in rows
    ]


async def fetch_new_statements(db: aiosqlite.Connection, since: int, until: int) -> list[NewStatement]:
    sql = f"""SELECT s.id, {ACTOR_OF} AS who, COALESCE(ac.name, s.speaker_name), s.speaker_name, s.kind,
                s.content, s.concept, c.proposition, s.agreement, COALESCE(s.sort_date, a.published),
                s.article_id, a.title, s.confidence,
                CASE WHEN s.said_on IS NOT NULL THEN s.said_on_precision END
              FROM arrivals r JOIN statements s ON s.id = r.row_id JOIN articles a ON a.id = s.article_id
              LEFT JOIN actors ac ON ac.slug = {ACTOR_OF} LEFT JOIN concepts c ON c.slug = s.concept
              WHERE +r.kind = 'statement' AND r.seq > ? AND r.seq <= ? AND {ACTOR_OF} IS NOT NULL
              ORDER BY s.id"""
    async with db.execute(sql, (since, until)) as cur:
        return [NewStatement(*row) for row in await cur.fetchall()]


async def fetch_prior_agreements(
    db: aiosqlite.Connection, pairs: set[tuple[str, str]], since: int
) -> dict[tuple[str, str], str]:
    """Each (actor, concept)'s newest agreement among statements that arrived at or before `since`.
    stance_index holds every statement under its speaker and its organisation, so this is an index scan."""
    sql = f"""SELECT s.agreement FROM stance_index si JOIN statements s ON s.id = si.statement_id
              JOIN arrivals r ON r.kind = 'statement' AND r.row_id = s.id
              WHERE si.slug = ?1 AND si.concept = ?2 AND {ACTOR_OF} = ?1 AND s.agreement IS NOT NULL
                AND r.seq <= ?3
              ORDER BY si.sort_date DESC, si.article_id DESC, si.statement_id DESC LIMIT 1"""
    prior = {}
    for actor, concept in sorted(pairs):
        async with db.execute(sql, (actor, concept, since)) as cur:
            row = await cur.fetchone()
        if row:
            prior[(actor, concept)] = row[0]
    return prior


async def load_digest_input(db: aiosqlite.Connection, since: int) -> DigestInput:
    until = await fetch_latest_arrival(db)
    articles = await fetch_new_articles(db, since, until)
    statements = await fetch_new_statements(db, since, until)
    pairs = {(s.actor, s.concept) for s in statements if s.concept}
    return DigestInput(articles, statements, await fetch_prior_agreements(db, pairs, since), since, until)
