"""What the daily digest says: new articles, and per actor what changed since the last digest.

Pure: the store hands in the records that arrived after a watermark (a sequence number of the store's
arrival log, never reused) with each actor's latest agreement on a concept from before it, and
`build_digest` turns them into a `Digest`.
A position change compares an actor's newest agreement on a concept with its previous one before the
watermark (support <-> oppose is a reversal; to or from neutral is a shift).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

# Order in which changes are worth reading: a reversal is news, a repeated position is not.
CHANGE_ORDER = ("reversed", "shifted", "first", "same", "none")
QUOTE_MIN, QUOTE_MAX = 40, 300  # a quote of the day reads as a sentence, not a fragment or a paragraph


@dataclass(frozen=True)
class NewArticle:
    id: int
    title: str
    published: str | None
    url: str | None = None


@dataclass(frozen=True)
class NewStatement:
    id: int
    actor: str  # the organisation it counts for, else the speaker
    actor_name: str
    speaker_name: str
    kind: str  # direct | partial | reported | position
    content: str
    concept: str | None
    proposition: str | None
    agreement: str | None
    said_on: str | None  # the statement's date, else its article's
    article_id: int
    article_title: str
    confidence: float = 0.5
    said_on_precision: str | None = None  # "week": said_on is the middle day of a week


@dataclass(frozen=True)
class ConceptChange:
    concept: str | None
    proposition: str | None
    count: int  # new statements on it
    agreement: str | None  # the newest new agreement
    previous: str | None  # the latest agreement before the watermark
    change: str  # one of CHANGE_ORDER
    excerpt: str = ""  # what the deciding statement (the newest with an agreement, else the newest) says


@dataclass(frozen=True)
class ActorChanges:
    slug: str
    name: str
    count: int
    concepts: tuple[ConceptChange, ...]


@dataclass(frozen=True)
class Digest:
    day: date | None
    articles: tuple[NewArticle, ...]
    actors: tuple[ActorChanges, ...]
    quote: NewStatement | None
    watermark: int  # the arrival seq to store once the digest is posted
    statement_count: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.articles and not self.actors


def get_change(agreement: str | None, previous: str | None) -> str:
    if agreement is None:
        return "none"
    if previous is None:
        return "first"
    if agreement == previous:
        return "same"
    return "reversed" if {agreement, previous} == {"support", "oppose"} else "shifted"


def _newest(statements: list[NewStatement]) -> NewStatement:
    return max(statements, key=lambda s: (s.said_on or "", s.id))


def _concept_change(statements: list[NewStatement], previous: str | None) -> ConceptChange:
    first = statements[0]
    with_agreement = [s for s in statements if s.agreement]
    deciding = _newest(with_agreement) if with_agreement and first.concept else None
    agreement = deciding.agreement if deciding else None
    excerpt = (deciding or _newest(statements)).content
    return ConceptChange(
        first.concept, first.proposition, len(statements), agreement, previous,
        get_change(agreement, previous), " ".join(excerpt.split()),
    )  # fmt: skip


def _change_rank(change: ConceptChange) -> tuple:
    return (CHANGE_ORDER.index(change.change), -change.count, change.concept or "\uffff")


def _actor_changes(statements: list[NewStatement], prior: dict[tuple[str, str], str]) -> ActorChanges:
    by_concept: dict[str | None, list[NewStatement]] = defaultdict(list)
    for s in statements:
        by_concept[s.concept].append(s)
    actor = statements[0].actor
    changes = [_concept_change(g, prior.get((actor, c)) if c else None) for c, g in by_concept.items()]
    changes.sort(key=_change_rank)
    return ActorChanges(actor, statements[0].actor_name, len(statements), tuple(changes))


def _actor_rank(actor: ActorChanges) -> tuple:
    return (min(CHANGE_ORDER.index(c.change) for c in actor.concepts), -actor.count, actor.name.lower())


def pick_quote(statements: list[NewStatement]) -> NewStatement | None:
    """The quote of the day: a direct quote of readable length, the most confident, the earliest on ties."""
    direct = [s for s in statements if s.kind == "direct" and s.content.strip()]
    if not direct:
        return None
    return max(direct, key=lambda s: (QUOTE_MIN <= len(s.content) <= QUOTE_MAX, s.confidence, -s.id))


def build_digest(
    day: date | None,
    articles: list[NewArticle],
    statements: list[NewStatement],
    prior: dict[tuple[str, str], str],
    watermark: int,
) -> Digest:
    """`prior` maps (actor, concept) to the actor's latest agreement on it before the new records;
    `watermark` is the arrival seq they were read up to."""
    by_actor: dict[str, list[NewStatement]] = defaultdict(list)
    for s in statements:
        by_actor[s.actor].append(s)
    actors = sorted((_actor_changes(group, prior) for group in by_actor.values()), key=_actor_rank)
    return Digest(day, tuple(articles), tuple(actors), pick_quote(statements), watermark, len(statements))
