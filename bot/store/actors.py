"""Actors, their aliases and concepts: saving the data tables and looking names up."""

from __future__ import annotations

import json
from collections.abc import Iterable

import aiosqlite

from bot.model import Actor, Concept, Statement, stored_kind
from bot.store.db import transaction
from bot.store.views import ActorRef, ActorSummary

UPSERT_TABLE_ACTOR = """
INSERT INTO actors (slug, name, name_key, kind, parent, role, discovered) VALUES (?, ?, ?, ?, ?, ?, 0)
ON CONFLICT (slug) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, kind = excluded.kind,
    parent = excluded.parent, role = excluded.role, discovered = 0
"""
# A discovered actor never overwrites a known one, nor an earlier discovery: changing a parent
# would silently move older statements to another organisation.
INSERT_DISCOVERED_ACTOR = """
INSERT INTO actors (slug, name, name_key, kind, parent, role, discovered) VALUES (?, ?, ?, ?, ?, ?, 1)
ON CONFLICT (slug) DO NOTHING
"""
UPSERT_CONCEPT = """
INSERT INTO concepts (slug, proposition, keywords, position) VALUES (?, ?, ?, ?)
ON CONFLICT (slug) DO UPDATE SET proposition = excluded.proposition, keywords = excluded.keywords,
    position = excluded.position
"""
ACTOR_REF_COLUMNS = "slug, name, kind, parent, role"


def name_key(text: str) -> str:
    """The form names are compared in: casefolded, white space collapsed."""
    return " ".join(text.casefold().split())


def _actor_row(actor: Actor) -> tuple:
    return (actor.slug, actor.name, name_key(actor.name), stored_kind(actor.kind), actor.parent, actor.role)


def _alias_rows(actors: Iterable[Actor]) -> list[tuple[str, str, str]]:
    return [(name_key(alias), a.slug, alias) for a in actors for alias in a.aliases if alias.strip()]


async def _parents(db: aiosqlite.Connection) -> dict[str, str | None]:
    return {row[0]: row[1] for row in await db.execute_fetchall("SELECT slug, parent FROM actors")}


async def sync_tables(db: aiosqlite.Connection, actors: Iterable[Actor], concepts: Iterable[Concept]) -> bool:
    """Upserts actors.toml and concepts.toml; returns True when a changed parent forced a re-index."""
    from bot.store.statements import rebuild_stance_index  # statements builds on actors

    actors, concepts = list(actors), list(concepts)
    async with transaction(db):
        before = await _parents(db)
        await db.executemany(UPSERT_TABLE_ACTOR, [_actor_row(a) for a in actors])
        await db.executemany("DELETE FROM aliases WHERE slug = ?", [(a.slug,) for a in actors])
        await db.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)", _alias_rows(actors))
        rows = [(c.slug, c.proposition, json.dumps(list(c.keywords)), i) for i, c in enumerate(concepts)]
        await db.executemany(UPSERT_CONCEPT, rows)
        after = await _parents(db)
        moved = any(after[slug] != parent for slug, parent in before.items())
        if moved:
            await rebuild_stance_index(db)
    return moved


async def save_discovered(db: aiosqlite.Connection, actors: Iterable[Actor]) -> None:
    """Stores actors the extractor found in text (inside the caller's transaction)."""
    actors = list(actors)
    await db.executemany(INSERT_DISCOVERED_ACTOR, [_actor_row(a) for a in actors])
    await db.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)", _alias_rows(actors))


def referenced_actors(statements: Iterable[Statement]) -> list[Actor]:
    """Minimal records for every slug the statements name, so no reference dangles."""
    found: dict[str, Actor] = {}
    for st in statements:
        if not st.speaker.anonymous:
            kind = stored_kind(st.speaker.kind)
            parent = st.actor if st.actor != st.speaker.id else None
            found.setdefault(
                st.speaker.id, Actor(st.speaker.id, st.speaker.name, kind, parent, role=st.speaker.role)
            )
        for slug in (st.actor, *st.about):
            if slug:
                found.setdefault(slug, Actor(slug, slug.replace("-", " ").title(), "other"))
    return list(found.values())


def _ref(row) -> ActorRef:
    return ActorRef(row["slug"], row["name"], row["kind"], row["parent"], row["role"])


async def fetch_actor(db: aiosqlite.Connection, slug: str) -> ActorRef | None:
    rows = await db.execute_fetchall(f"SELECT {ACTOR_REF_COLUMNS} FROM actors WHERE slug = ?", (slug,))
    return _ref(rows[0]) if rows else None


async def find_actor_slugs(db: aiosqlite.Connection, text: str) -> list[str]:
    """Slugs whose slug, name or alias equals `text` in any case, best kind of match first."""
    key = name_key(text)
    sql = """
        SELECT slug, 0 AS how, discovered FROM actors WHERE slug = ?
        UNION ALL SELECT slug, 1, discovered FROM actors WHERE name_key = ?
        UNION ALL SELECT aliases.slug, 2, discovered FROM aliases JOIN actors USING (slug) WHERE alias_key = ?
        ORDER BY how, discovered, slug
    """
    rows = await db.execute_fetchall(sql, (key.replace(" ", "-"), key, key))
    return list(dict.fromkeys(row[0] for row in rows))


async def fetch_actor_labels(db: aiosqlite.Connection) -> list[tuple[str, str]]:
    """(text a user might type, slug) for every slug, name and alias: the haystack for suggestions."""
    sql = """
        SELECT slug, slug FROM actors UNION SELECT name, slug FROM actors
        UNION SELECT alias, slug FROM aliases ORDER BY 2, 1
    """
    return [(row[0], row[1]) for row in await db.execute_fetchall(sql)]


async def fetch_actor_summaries(db: aiosqlite.Connection) -> list[ActorSummary]:
    """Every actor with the number of statements counted for it, most first."""
    sql = f"""
        SELECT {ACTOR_REF_COLUMNS},
            (SELECT ifnull(sum(n), 0) FROM stance_counts WHERE stance_counts.slug = actors.slug) AS n,
            (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases
                WHERE aliases.slug = actors.slug ORDER BY alias)) AS aliases
        FROM actors ORDER BY n DESC, name_key
    """
    rows = await db.execute_fetchall(sql)
    return [ActorSummary(_ref(row), row["n"], tuple(json.loads(row["aliases"]))) for row in rows]


async def fetch_concept(db: aiosqlite.Connection, slug: str) -> Concept | None:
    rows = await db.execute_fetchall(
        "SELECT slug, proposition, keywords FROM concepts WHERE slug = ?", (slug,)
    )
    return Concept(rows[0][0], rows[0][1], tuple(json.loads(rows[0][2]))) if rows else None


async def fetch_concepts(db: aiosqlite.Connection) -> list[Concept]:
    rows = await db.execute_fetchall(
        "SELECT slug, proposition, keywords FROM concepts ORDER BY position, slug"
    )
    return [Concept(row[0], row[1], tuple(json.loads(row[2]))) for row in rows]
