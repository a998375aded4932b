"""Query functions: the one place both front ends (CLI/console and Discord cogs) get answers from.

CONTRACT (written first so the store, the CLI and the bot can be built in parallel): the
signatures and result dataclasses below are fixed; fields may be added, not renamed. Each
function takes an open `aiosqlite.Connection` from `bot.store.open_store`, resolves actor and
concept names itself (slug, name or alias, any case; `NotFound` with suggestions otherwise)
and returns plain frozen dataclasses. No discord import here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ActorRef:
    slug: str
    name: str
    kind: str
    parent: str | None = None


@dataclass(frozen=True)
class StatementView:
    """One statement as shown to a user."""

    id: int
    kind: str  # direct | partial | reported | position
    content: str
    cue: str | None
    speaker: ActorRef  # the person (or anonymous source) who said it
    speaker_mention: str
    actor: ActorRef | None  # the organisation it counts for
    said_on: str | None  # YYYY-MM-DD | YYYY-MM | YYYY
    concept: str | None
    agreement: str | None  # support | oppose | neutral
    stance_cue: str | None
    about: tuple[str, ...]
    article_id: int
    article_title: str
    article_date: str | None
    context: str = ""  # the sentence around a short content, for display


@dataclass(frozen=True)
class ConceptPosition:
    concept: str | None  # None: statements with no concept
    proposition: str | None
    agreement: str | None  # the latest agreement on it (support / oppose / neutral / mixed)
    statements: tuple[StatementView, ...]  # newest first; the first one is the deciding one
    total: int  # may exceed len(statements) when truncated


@dataclass(frozen=True)
class StanceReport:
    actor: ActorRef
    positions: tuple[ConceptPosition, ...]
    about: tuple[StatementView, ...]  # what others said about this actor, newest first
    statement_count: int
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True)
class SearchHit:
    statement: StatementView
    snippet: str  # the match marked with ** ** (markdown bold)
    rank: float


@dataclass(frozen=True)
class ActorSummary:
    actor: ActorRef
    statement_count: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    a: ActorRef
    b: ActorRef
    rows: tuple[tuple[str, ConceptPosition | None, ConceptPosition | None], ...]  # (concept, a's, b's)


@dataclass(frozen=True)
class ArticleView:
    id: int
    title: str
    published: str | None
    path: str
    statement_count: int
    statements: tuple[StatementView, ...] = field(default=())


async def stance(db, actor: str, concept: str | None = None, limit_per_concept: int = 5) -> StanceReport:
    raise NotImplementedError


async def quotes(
    db, actor: str, concept: str | None = None, since: date | None = None, limit: int = 50
) -> list[StatementView]:
    raise NotImplementedError


async def search(db, text: str, limit: int = 20) -> list[SearchHit]:
    raise NotImplementedError


async def timeline(db, actor: str, limit: int = 200) -> list[StatementView]:
    raise NotImplementedError


async def compare(db, actor_a: str, actor_b: str, concept: str | None = None) -> Comparison:
    raise NotImplementedError


async def list_actors(db) -> list[ActorSummary]:
    raise NotImplementedError


async def article(db, article_id: int) -> ArticleView:
    raise NotImplementedError


async def complete_actor(db, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
    """(label, slug) pairs for autocomplete: slugs, names and aliases, forgiving of typos."""
    raise NotImplementedError


async def complete_concept(db, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
    raise NotImplementedError
