"""The answers query functions return: plain frozen dataclasses, shared by the CLI and the bot.

Defined here so the store can build them; `bot.queries` re-exports them (the contract's names).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorRef:
    slug: str
    name: str
    kind: str
    parent: str | None = None
    role: str | None = None


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
    said_on_precision: str | None = None
    confidence: float = 0.5
    start: int = 0  # content offsets in the article text
    end: int = 0
    paragraph: int = 0
    disputed_by: tuple[tuple[str, int], ...] = ()  # a denied report: (who denies it, the denial's id)


@dataclass(frozen=True)
class ConceptPosition:
    concept: str | None  # None: statements with no concept
    proposition: str | None
    agreement: str | None  # the latest agreement on it (support / oppose / neutral / mixed)
    statements: tuple[StatementView, ...]  # newest first; the first one is the deciding one
    total: int  # may exceed len(statements) when truncated
    counts: tuple[tuple[str, int], ...] = ()  # (support | oppose | neutral | none | disputed, n)
    history: tuple[tuple[str, str, str], ...] = ()  # (agreement, first month, last month), oldest first


@dataclass(frozen=True)
class StanceReport:
    actor: ActorRef
    positions: tuple[ConceptPosition, ...]
    about: tuple[StatementView, ...]  # what others said about this actor, newest first
    statement_count: int
    first_date: str | None
    last_date: str | None
    about_total: int = 0  # statements about the actor in all; `about` holds the newest of them
    concept: str | None = None  # the concept asked about, when the answer is limited to one

    def empty_text(self) -> str:
        """What an answer with no statement of the actor's says (per concept when one was asked)."""
        on = f" on {self.concept}" if self.concept else ""
        return f"No statements by {self.actor.name} (or its people){on} yet."


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
