"""Statements: saving an article's statements and reading them back as StatementViews."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

import aiosqlite

from bot.articles import Article
from bot.model import Statement
from bot.store.views import ActorRef, StatementView

INSERT_STATEMENT = """
INSERT INTO statements (id, article_id, span_start, span_end, paragraph, kind, content, context, cue,
    speaker_key, speaker, speaker_name, speaker_role, speaker_mention, mention_start, mention_end, anonymous,
    actor, said_on, said_on_precision, sort_date, concept, agreement, stance_cue, about, confidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_ABOUT = "INSERT OR IGNORE INTO statement_about VALUES (?, ?, ?, ?, ?)"
INSERT_DISPUTE = "INSERT OR IGNORE INTO disputes (statement_id, denial_id, by_actor) VALUES (?, ?, ?)"
# Every actor a statement counts for: its speaker, its organisation and their parents. UNION
# (not UNION ALL) also stops the recursion on a parent cycle.
INDEX_STANCE = """
WITH RECURSIVE owner (statement_id, slug) AS (
    SELECT id, speaker FROM statements WHERE speaker IS NOT NULL AND article_id IN ({articles})
    UNION SELECT id, actor FROM statements WHERE actor IS NOT NULL AND article_id IN ({articles})
    UNION SELECT owner.statement_id, actors.parent FROM owner JOIN actors ON actors.slug = owner.slug
        WHERE actors.parent IS NOT NULL
)
INSERT INTO stance_index (slug, statement_id, concept, sort_date, article_id, agreement, disputed)
SELECT owner.slug, s.id, s.concept, s.sort_date, s.article_id, s.agreement,
    EXISTS (SELECT 1 FROM disputes d WHERE d.statement_id = s.id)
FROM owner JOIN statements s ON s.id = owner.statement_id
"""
VIEW = """
SELECT s.*, a.title AS article_title, a.published AS article_date,
    sp.name AS sp_name, sp.kind AS sp_kind, sp.parent AS sp_parent, sp.role AS sp_role,
    ac.name AS ac_name, ac.kind AS ac_kind, ac.parent AS ac_parent, ac.role AS ac_role,
    (SELECT json_group_array(json_array(coalesce(who.name, dn.speaker_name), d.denial_id))
        FROM disputes d JOIN statements dn ON dn.id = d.denial_id
        LEFT JOIN actors who ON who.slug = d.by_actor
        WHERE d.statement_id = s.id) AS disputes
FROM statements s JOIN articles a ON a.id = s.article_id
LEFT JOIN actors sp ON sp.slug = s.speaker LEFT JOIN actors ac ON ac.slug = s.actor
WHERE s.id IN (SELECT value FROM json_each(?))
"""
NEWEST_FIRST = "ORDER BY sort_date DESC, article_id DESC, statement_id"


def _statement_row(sid: int, article_id: int, st: Statement, sort_date: str | None) -> tuple:
    sp = st.speaker
    return (
        sid, article_id, st.start, st.end, st.paragraph, st.kind, st.content,
        st.context, st.cue,
        sp.id, None if sp.anonymous else sp.id, sp.name, sp.role, sp.mention, sp.start, sp.end,
        int(sp.anonymous),
        st.actor, st.said_on, st.said_on_precision, sort_date, st.concept, st.agreement, st.stance_cue,
        json.dumps(list(st.about)), st.confidence,
    )  # fmt: skip


async def save_statements(
    db: aiosqlite.Connection, article_id: int, article: Article, statements: Sequence[Statement]
) -> int:
    """Inserts an article's statements (inside the caller's transaction); returns how many."""
    async with db.execute("SELECT coalesce(max(id), 0) FROM statements") as cur:
        first_id = (await cur.fetchone())[0] + 1
    published = article.published.isoformat() if article.published else None
    rows, about = [], []
    for sid, st in enumerate(statements, first_id):
        sort_date = st.said_on or published
        rows.append(_statement_row(sid, article_id, st, sort_date))
        about.extend((slug, sid, st.concept, sort_date, article_id) for slug in dict.fromkeys(st.about))
    await db.executemany(INSERT_STATEMENT, rows)
    await db.executemany(INSERT_ABOUT, about)
    await db.executemany(INSERT_DISPUTE, _disputes(statements, first_id))
    await index_stance(db, [article_id])
    return len(rows)


def _disputes(statements: Sequence[Statement], first_id: int) -> list[tuple[int, int, str]]:
    """(report id, denial id, by whom): the denial is one of the same article's statements."""
    ids = {(st.start, st.end): sid for sid, st in enumerate(statements, first_id)}
    return [
        (sid, ids[(d.start, d.end)], d.by)
        for sid, st in enumerate(statements, first_id)
        for d in st.disputed_by
        if (d.start, d.end) in ids
    ]


async def index_stance(db: aiosqlite.Connection, article_ids: Sequence[int]) -> None:
    marks = ", ".join("?" * len(article_ids))
    await db.execute(INDEX_STANCE.format(articles=marks), (*article_ids, *article_ids))


async def rebuild_stance_index(db: aiosqlite.Connection) -> None:
    """Recomputes who every statement counts for (after actors.toml moved a parent)."""
    await db.execute("DELETE FROM stance_index")
    await db.execute(INDEX_STANCE.format(articles="SELECT id FROM articles"))


def _speaker(row) -> ActorRef:
    if row["speaker"] is not None and row["sp_name"] is not None:
        role = row["speaker_role"] or row["sp_role"]
        return ActorRef(row["speaker"], row["sp_name"], row["sp_kind"], row["sp_parent"], role)
    return ActorRef(row["speaker_key"], row["speaker_name"], "person", row["actor"], row["speaker_role"])


def _view(row) -> StatementView:
    actor = None
    if row["actor"] is not None:
        actor = ActorRef(
            row["actor"], row["ac_name"] or row["actor"], row["ac_kind"] or "other", row["ac_parent"]
        )
    return StatementView(
        id=row["id"], kind=row["kind"], content=row["content"], cue=row["cue"], speaker=_speaker(row),
        speaker_mention=row["speaker_mention"], actor=actor, said_on=row["said_on"], concept=row["concept"],
        agreement=row["agreement"], stance_cue=row["stance_cue"], about=tuple(json.loads(row["about"])),
        article_id=row["article_id"], article_title=row["article_title"], article_date=row["article_date"],
        context=row["context"], said_on_precision=row["said_on_precision"], confidence=row["confidence"],
        start=row["span_start"], end=row["span_end"], paragraph=row["paragraph"],
        disputed_by=tuple((name, denial) for name, denial in json.loads(row["disputes"] or "[]")),
    )  # fmt: skip


async def fetch_views(db: aiosqlite.Connection, ids: Sequence[int]) -> list[StatementView]:
    """StatementViews in the order of `ids`."""
    if not ids:
        return []
    rows = await db.execute_fetchall(VIEW, (json.dumps(list(ids)),))
    by_id = {row["id"]: _view(row) for row in rows}
    return [by_id[i] for i in ids if i in by_id]


async def _ids(db: aiosqlite.Connection, sql: str, params: Sequence) -> list[int]:
    return [row[0] for row in await db.execute_fetchall(sql, params)]


async def fetch_stance_totals(db: aiosqlite.Connection, slug: str) -> list[tuple[str | None, int, str, str]]:
    """[(concept, count, first sort_date, last sort_date)] of the statements counted for `slug`:
    counts kept by triggers (stance_counts), dates read off the ends of the index."""
    sql = """
        SELECT nullif(c.concept, '') AS concept, c.n,
            (SELECT sort_date FROM stance_index i WHERE i.slug = c.slug AND i.concept IS nullif(c.concept, '')
                AND i.sort_date IS NOT NULL ORDER BY i.sort_date LIMIT 1),
            (SELECT sort_date FROM stance_index i WHERE i.slug = c.slug AND i.concept IS nullif(c.concept, '')
                ORDER BY i.sort_date DESC LIMIT 1)
        FROM stance_counts c WHERE c.slug = ? AND c.n > 0"""
    return [tuple(row) for row in await db.execute_fetchall(sql, (slug,))]


async def fetch_position_ids(
    db: aiosqlite.Connection, slug: str, concept: str | None, limit: int
) -> list[int]:
    """The newest statements counted for `slug` on one concept (None: those with no concept)."""
    sql = f"SELECT statement_id FROM stance_index WHERE slug = ? AND concept IS ? {NEWEST_FIRST} LIMIT ?"
    return await _ids(db, sql, (slug, concept, limit))


async def fetch_quote_ids(
    db: aiosqlite.Connection,
    slug: str,
    concept: str | None = None,
    since: date | None = None,
    limit: int = 50,
) -> list[int]:
    """The newest statements counted for `slug`, optionally on one concept and from a date on."""
    where, params = ["slug = ?"], [slug]
    if concept is not None:
        where.append("concept = ?")
        params.append(concept)
    if since is not None:  # a date known only to the month ("2025-12") may fall on or after the 5th
        where.append("(sort_date >= ? OR sort_date = substr(?, 1, length(sort_date)))")
        params.extend([since.isoformat(), since.isoformat()])
    sql = f"SELECT statement_id FROM stance_index WHERE {' AND '.join(where)} {NEWEST_FIRST} LIMIT ?"
    return await _ids(db, sql, (*params, limit))


async def fetch_about_ids(db: aiosqlite.Connection, slug: str, concept: str | None, limit: int) -> list[int]:
    """The newest statements about `slug` that do not count for it (what others said about it)."""
    filter_concept = "AND ab.concept = ?" if concept is not None else ""
    sql = f"""SELECT statement_id FROM statement_about ab WHERE ab.actor = ? {filter_concept}
        AND NOT EXISTS (SELECT 1 FROM stance_index si
            WHERE si.slug = ab.actor AND si.statement_id = ab.statement_id)
        {NEWEST_FIRST} LIMIT ?"""
    params = (slug, concept, limit) if concept is not None else (slug, limit)
    return await _ids(db, sql, params)


async def fetch_article_statement_ids(db: aiosqlite.Connection, article_id: int) -> list[int]:
    sql = "SELECT id FROM statements WHERE article_id = ? ORDER BY span_start, id"
    return await _ids(db, sql, (article_id,))
