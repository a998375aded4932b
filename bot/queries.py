"""Query functions: the one place both front ends (CLI/console and Discord cogs) get answers from.

CONTRACT (written first so the store, the CLI and the bot can be built in parallel): the
signatures and result dataclasses below are fixed; fields may be added, not renamed. Each
function takes an open `aiosqlite.Connection` from `bot.store.open_store`, resolves actor and
concept names itself (slug, name or alias, any case; `NotFound` with suggestions otherwise)
and returns plain frozen dataclasses. No discord import here.

The dataclasses live in `bot.store.views` (the store builds them) and are re-exported here.
"""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz, process, utils

from bot.errors import BadQuery, NotFound
from bot.positions import counts, decide_agreement, history
from bot.store.actors import (
    fetch_actor,
    fetch_actor_labels,
    fetch_actor_summaries,
    fetch_concept,
    fetch_concepts,
    find_actor_slugs,
    name_key,
)
from bot.store.articles import fetch_article
from bot.store.positions import fetch_about_count, fetch_agreement_months
from bot.store.search import fts_terms, search_statements
from bot.store.statements import (
    fetch_about_ids,
    fetch_position_ids,
    fetch_quote_ids,
    fetch_stance_totals,
    fetch_views,
)
from bot.store.views import (
    ActorRef,
    ActorSummary,
    ArticleView,
    Comparison,
    ConceptPosition,
    SearchHit,
    StanceReport,
    StatementView,
)
from bot.tables import slugify
from bot.user_input import SQLITE_MAX_INT, check_range, is_encodable

__all__ = [
    "ActorRef", "ActorSummary", "ArticleView", "Comparison", "ConceptPosition", "SearchHit", "StanceReport",
    "StatementView", "actor_suggestions", "article", "compare", "complete_actor", "complete_concept",
    "list_actors", "quotes", "resolve_actor", "resolve_concept", "search", "stance", "timeline",
]  # fmt: skip

SUGGESTION_CUTOFF = 70
PREFIX_SCORE = 95.0
MAX_SUGGESTIONS = 3
CHOICE_LABEL = 100  # Discord's limit on an autocomplete choice's name
# Bounds on what one question may ask for. A search is answered by intersecting the FTS5 lists of
# its words, so its cost grows with their number: 3,000 words once took 105 s. A statement is a
# sentence or two, so a dozen distinct words already pin it down.
MAX_LIMIT = 1000
MAX_SEARCH_CHARS = 300
MAX_SEARCH_WORDS = 12


def _positive(name: str, value: int) -> int:
    return check_range(name, value, 1, MAX_LIMIT)


def _typed(name: str, text: str) -> str:
    """The front ends normalise text (bot.user_input.clean_text); another caller's lone surrogates
    get a BadQuery here rather than a UnicodeEncodeError from SQLite."""
    if not is_encodable(text):
        raise BadQuery(f"the {name} holds broken Unicode (lone surrogates); type it again")
    return text


def _fuzzy(text: str, labels: list[tuple[str, str]], limit: int) -> list[str]:
    """Slugs of the labels closest to `text`, best first, without repeats."""
    found = process.extract(
        text, [label for label, _ in labels], scorer=fuzz.WRatio, processor=utils.default_process,
        limit=limit * 4, score_cutoff=SUGGESTION_CUTOFF,
    )  # fmt: skip
    return list(dict.fromkeys(labels[index][1] for _, _, index in found))[:limit]


async def actor_suggestions(db, text: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
    # rapidfuzz crashes the process (segmentation fault) on a negative limit: checked first
    return _fuzzy(text, await fetch_actor_labels(db), _positive("limit", limit))


async def resolve_actor(db, text: str) -> ActorRef:
    """An actor by slug, name or alias in any case; NotFound with close matches otherwise."""
    if not text or not _typed("actor", text).strip():
        raise BadQuery("name an actor: a slug, name or alias (list them with `actors`)")
    slugs = await find_actor_slugs(db, text) or await find_actor_slugs(db, slugify(text))
    if slugs:
        return await fetch_actor(db, slugs[0])
    raise NotFound("actor", text.strip(), await actor_suggestions(db, text))


async def resolve_concept(db, text: str | None) -> str | None:
    """A concept slug from a slug or its spelling in any case; None passes through."""
    if text is None:
        return None
    for candidate in (name_key(_typed("concept", text)).replace(" ", "-"), slugify(text)):
        if await fetch_concept(db, candidate):
            return candidate
    labels = [(label, c.slug) for c in await fetch_concepts(db) for label in (c.slug, c.proposition)]
    raise NotFound("concept", text.strip(), _fuzzy(text, labels, MAX_SUGGESTIONS))


def _when(view: StatementView) -> str | None:
    return view.said_on or view.article_date


def _concept_order(totals, positions: dict[str, int]) -> list:
    """Concepts in concepts.toml order, unknown ones after, statements with no concept last."""
    return sorted(totals, key=lambda t: (t[0] is None, positions.get(t[0], len(positions)), t[0] or ""))


async def stance(
    db, actor: str, concept: str | None = None, limit_per_concept: int = 5, limit_about: int = 10
) -> StanceReport:
    """What an actor (with its people and sub-organisations) said, by concept, newest first, and
    what others said about it."""
    ref = await resolve_actor(db, actor)
    concept_slug = await resolve_concept(db, concept)
    _positive("limit_per_concept", limit_per_concept)
    _positive("limit_about", limit_about)  # an int past SQLite's range: OverflowError on binding
    concepts = {c.slug: c for c in await fetch_concepts(db)}
    totals = [t for t in await fetch_stance_totals(db, ref.slug) if concept is None or t[0] == concept_slug]
    ordered = _concept_order(totals, {s: i for i, s in enumerate(concepts)})
    ids = [await fetch_position_ids(db, ref.slug, t[0], limit_per_concept) for t in ordered]
    views = {v.id: v for v in await fetch_views(db, [i for group in ids for i in group])}  # one read for all
    positions = []
    for (slug, total, _, _), group in zip(ordered, ids, strict=True):
        proposition = concepts[slug].proposition if slug in concepts else None
        positions.append(await _position(db, ref.slug, slug, proposition, [views[i] for i in group], total))
    about = await fetch_views(db, await fetch_about_ids(db, ref.slug, concept_slug, limit_about))
    about_total = (
        await fetch_about_count(db, ref.slug, concept_slug) if len(about) == limit_about else len(about)
    )
    firsts, lasts = [t[2] for t in totals if t[2]], [t[3] for t in totals if t[3]]
    count = sum(t[1] for t in totals)
    return StanceReport(
        ref, tuple(positions), tuple(about), count, min(firsts, default=None), max(lasts, default=None),
        about_total, concept_slug,
    )  # fmt: skip


async def _position(db, actor: str, concept: str | None, proposition, shown, total: int) -> ConceptPosition:
    """One concept group: its position (the newest undisputed agreement), counts and history."""
    months = await fetch_agreement_months(db, actor, concept) if concept is not None else []
    runs = history(months)
    agreement = decide_agreement(shown) or (runs[-1][0] if runs else None)
    return ConceptPosition(concept, proposition, agreement, tuple(shown), total, counts(months), runs)


async def quotes(
    db, actor: str, concept: str | None = None, since: date | None = None, limit: int = 50
) -> list[StatementView]:
    """Statements counted for an actor, newest first."""
    ref = await resolve_actor(db, actor)
    concept_slug = await resolve_concept(db, concept)
    ids = await fetch_quote_ids(db, ref.slug, concept_slug, since, _positive("limit", limit))
    return await fetch_views(db, ids)


async def search(db, text: str, limit: int = 20) -> list[SearchHit]:
    """Statements whose text or speaker's name holds every word of `text`, taken literally."""
    if not text or not _typed("search text", text).strip():
        raise BadQuery('search needs some words, e.g. `search sanctions` or `search "working group"`')
    if len(text) > MAX_SEARCH_CHARS:
        raise BadQuery(
            f"search text is at most {MAX_SEARCH_CHARS} characters (this one has {len(text):,}): "
            "a few distinctive words find more"
        )
    if len(fts_terms(text)) > MAX_SEARCH_WORDS:
        raise BadQuery(f"search takes at most {MAX_SEARCH_WORDS} different words: keep the distinctive ones")
    return await search_statements(db, text, _positive("limit", limit))


async def timeline(db, actor: str, limit: int = 200) -> list[StatementView]:
    """An actor's latest `limit` statements, oldest first."""
    ref = await resolve_actor(db, actor)
    ids = await fetch_quote_ids(db, ref.slug, limit=_positive("limit", limit))
    return sorted(await fetch_views(db, ids), key=lambda v: (_when(v) or "", v.article_id, v.id))


async def compare(db, actor_a: str, actor_b: str, concept: str | None = None) -> Comparison:
    """Two actors' positions side by side, one row per concept either has spoken on."""
    a = await stance(db, actor_a, concept, limit_about=1)
    b = await stance(db, actor_b, concept, limit_about=1)
    mine, theirs = {p.concept: p for p in a.positions}, {p.concept: p for p in b.positions}
    order = list(dict.fromkeys([*mine, *theirs]))
    positions = {c.slug: i for i, c in enumerate(await fetch_concepts(db))}
    order.sort(key=lambda c: (c is None, positions.get(c, len(positions)), c or ""))
    rows = tuple((c or "", mine.get(c), theirs.get(c)) for c in order)
    return Comparison(a.actor, b.actor, rows)


async def list_actors(db) -> list[ActorSummary]:
    return await fetch_actor_summaries(db)


async def article(db, article_id: int) -> ArticleView:
    found = await fetch_article(db, article_id) if 1 <= article_id <= SQLITE_MAX_INT else None
    if found is None:
        raise NotFound("article", str(article_id))
    return found


def _label(text: str) -> str:
    return text if len(text) <= CHOICE_LABEL else text[: CHOICE_LABEL - 1] + "…"


def _prefix_score(key: str, candidates: tuple[str, ...]) -> float:
    """100 for a prefix of a whole label, 95 for a prefix of one of its words, else fuzzy."""
    keys = [name_key(c) for c in candidates]
    if any(k.startswith(key) for k in keys):
        return 100.0
    if any(w.startswith(key) for k in keys for w in k.replace("-", " ").split()):
        return PREFIX_SCORE
    return max(fuzz.WRatio(key, k, processor=utils.default_process) for k in keys)


def _best(scored: list[tuple]) -> list[tuple]:
    """Prefix matches when there are any (a user typing a name), else the fuzzy ones (a typo)."""
    prefixed = [t for t in scored if -t[0] >= PREFIX_SCORE]
    return sorted(prefixed or [t for t in scored if -t[0] >= SUGGESTION_CUTOFF])


async def complete_actor(db, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
    """(label, slug) pairs for autocomplete: slugs, names and aliases, forgiving of typos."""
    key, scored = name_key(prefix or ""), []
    for s in await fetch_actor_summaries(db):
        score = _prefix_score(key, (s.actor.slug, s.actor.name, *s.aliases)) if key else 100.0
        scored.append((-score, -s.statement_count, s.actor.name, s.actor.slug))
    return [(_label(f"{name} ({slug})"), slug) for _, _, name, slug in _best(scored)[:limit]]


async def complete_concept(db, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
    key, scored = name_key(prefix or ""), []
    for position, c in enumerate(await fetch_concepts(db)):
        score = _prefix_score(key, (c.slug, c.proposition)) if key else 100.0
        scored.append((-score, position, c.slug, c.proposition))
    return [(_label(f"{slug}: {proposition}"), slug) for _, _, slug, proposition in _best(scored)[:limit]]
