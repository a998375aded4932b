"""What the article run carries from cue to statement: a speaker as attributed at one place (Said)
and a paragraph as the run reads it (Para)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.extract.cues import own_saying
from bot.extract.discourse_entity import Entity
from bot.extract.doc_cache import sentence_starts, tokens_with
from bot.extract.quotes import Quote


@dataclass
class Said:
    """A speaker as attributed at one place: the entity, its mention and when it was said."""

    entity: Entity
    mention: tuple[int, int]
    cue: str | None
    said_on: tuple[str, str] | None
    paragraph: int


@dataclass(frozen=True)
class Para:
    """One paragraph as the run reads it: its number, its parse, where it starts in the article
    (token offsets are the paragraph's), its quotes, and which tokens lie outside them."""

    n: int
    doc: Doc
    base: int
    quotes: tuple[Quote, ...]
    outside: Callable[[Token], bool]

    def at(self, t: Token) -> int:
        """A token's offset in the article."""
        return self.base + t.idx


def narrated(p: Para) -> bool:
    """Whether the paragraph has words outside its quotes."""
    return any(p.outside(t) and not (t.is_punct or t.is_space) for t in p.doc)


def perspective_holders(
    doc: Doc, outside: Callable[[Token], bool], prepositions: frozenset[str]
) -> list[Token]:
    """ "For Lee Bong-soo, the politics matters less than the calendar.": the person a sentence
    opens with as its point of view is the one the paragraph is about (a subject later pronouns
    return to), though the parse makes them no subject."""
    starts = [doc[i] for i in sentence_starts(doc)]
    return [
        c
        for t in starts
        if t.lower_ in prepositions and t.dep_ == "prep" and outside(t)
        for c in t.children
        if c.dep_ == "pobj" and c.ent_type_ == "PERSON"
    ]


def cited_sources(doc: Doc, outside: Callable[[Token], bool], lex) -> list[Token]:
    """ "According to several government sources, ... It was the second contact, the sources
    said.": a source an "according to" phrase introduces is met where it stands, before the
    paragraph's later "the sources" (read in the subjects' pass) are resolved; not the record of
    a saying that has its own speaker ("X said ..., according to a transcript": cues.own_saying)."""
    return [
        o
        for t in tokens_with(doc, lower=("according",))
        if outside(t) and not own_saying(t.head, lex)
        for to in t.children
        if to.lower_ == "to"
        for o in to.children
        if o.dep_ == "pobj"
    ]


def of_records(t: Token, lex) -> bool:
    """ "according to data released by the X Bureau", "ministry figures show": a body cited for
    the records it keeps (lexicon `record_nouns`) is a source, not a clause's subject, so a later
    bare "spokesperson Y" or "it" is not taken for it."""
    if t.lower_ in lex.record_nouns:
        return True
    verb = t.head.head if t.head.dep_ == "agent" else None
    return verb is not None and verb.dep_ == "acl" and verb.head.lower_ in lex.record_nouns
