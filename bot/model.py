"""The records the core passes around: frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds the store's schema accepts; the organisation kinds below them are the extractor's finer
# reading of a body and are stored as "other" (see STORED_KIND).
STORED_KINDS = ("person", "ministry", "government", "party", "other", "group")
ORGANISATION_KINDS = (
    "government", "ministry", "party", "military", "agency", "state-media", "institute",
    "civic-group", "international",
)  # fmt: skip
ACTOR_KINDS = tuple(dict.fromkeys(STORED_KINDS + ORGANISATION_KINDS))


def stored_kind(kind: str) -> str:
    return kind if kind in STORED_KINDS else "other"


STATEMENT_KINDS = ("direct", "partial", "reported", "position")
AGREEMENTS = ("support", "oppose", "neutral")


@dataclass(frozen=True)
class Actor:
    """A person or organisation. `parent` climbs person -> organisation -> government."""

    slug: str
    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    role: str | None = None
    discovered: bool = False


@dataclass(frozen=True)
class Concept:
    """A proposition; `support`/`oppose` are phrases that, said of it, agree or disagree with it."""

    slug: str
    proposition: str
    keywords: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    oppose: tuple[str, ...] = ()
    against: bool = (
        False  # the proposition is against what its keywords name ("drills should be scaled back")
    )
    contrary: tuple[str, ...] = ()  # keywords naming the proposition's opposite ("nuclear weapons")
    aim: bool = False  # its keywords name an outcome: talks on it seek it ("talks on denuclearization")
    counterpart: str | None = None  # an actor: talking with it (or its bodies) names the concept's thing
    form: bool = False  # its keywords name a form a thing takes ("a working group"): being one takes a side
    owner: str | None = None  # an actor: `owned` phrases name this concept's thing when it owns them
    owned: tuple[str, ...] = ()  # "nuclear weapons": Seoul's are nuclear armament, not the North's
    other_senses: tuple[str, ...] = ()  # phrases where a keyword means something else ("exercise of")
    party: str | None = (
        None  # an actor whose talks the proposition is about: another government's are its own
    )
    carriers: tuple[str, ...] = ()  # "a report on X": documents whose publishing raises X
    routine: tuple[str, ...] = ()  # verb lemmas of its calendar: "will hold the drills" is a schedule
    causes: tuple[str, ...] = ()  # "the abduction issue": a cause it presses; only its own words take a side
    unnamed_support: tuple[str, ...] = ()  # "speak out": an act for its thing left unnamed, read in context
    unnamed_oppose: tuple[str, ...] = ()  # "cannot look away": an act against it left unnamed
    offered: bool = False  # its thing is what one side offers another: "the offer" in context is of it
    gained: tuple[str, ...] = ()  # "acquire", "deployment": a thing got with no getter named is the owner's
    background: bool = False  # a standing frame ("the alliance"): a concept named beside it decides first


@dataclass(frozen=True)
class Speaker:
    """Who said it. For a named person or organisation `id` is the actor slug (known, or in
    Extraction.discovered). For an anonymous source ("a senior Foreign Ministry official",
    "critics") `anonymous` is True and `id` is local to its article ("anon-foreign-ministry-1"):
    one id per source within the article, not an actor to store; its organisation is the
    statement's `actor`."""

    id: str
    name: str
    mention: str
    start: int
    end: int
    anonymous: bool = False
    role: str | None = None
    kind: str = "person"

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "mention": self.mention,
            "start": self.start,
            "end": self.end,
            "anonymous": self.anonymous,
        }


@dataclass(frozen=True)
class Dispute:
    """A statement's report denied by `by` (an actor slug) in the statement at [start, end)."""

    by: str
    start: int
    end: int

    def as_json(self) -> dict:
        return {"by": self.by, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Statement:
    """An attributed span of an article (Leifeld's DNA statement)."""

    kind: str
    content: str
    start: int
    end: int
    paragraph: int
    cue: str | None
    speaker: Speaker
    actor: str | None
    said_on: str | None
    said_on_precision: str | None = None
    concept: str | None = None
    agreement: str | None = None
    stance_cue: str | None = None
    about: tuple[str, ...] = ()
    confidence: float = 0.5
    context: str = ""  # the sentence around a short content, for display
    disputed_by: tuple[Dispute, ...] = ()  # a media report that someone denied, and where

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "speaker": self.speaker.as_json(),
            "actor": self.actor,
            "said_on": self.said_on,
            "concept": self.concept,
            "agreement": self.agreement,
            "about": list(self.about),
            "paragraph": self.paragraph,
            "said_on_precision": self.said_on_precision,
            "stance_cue": self.stance_cue,
            "confidence": self.confidence,
            "context": self.context,
            "disputed_by": [d.as_json() for d in self.disputed_by],
        }


@dataclass(frozen=True)
class Extraction:
    """What one article yields: its statements and the actors found in it that no table knew."""

    statements: tuple[Statement, ...]
    discovered: tuple[Actor, ...] = field(default=())
