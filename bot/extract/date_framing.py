"""Which clause a date in the parse frames: a saying's or an act's (reached from its verb through
prepositions, nouns and their participles, not through another clause, a "since"/"until" span or a
thing owned by a named other), a lead's main clause, or a narrated act's own year. when_said.py
dates a saying with these; event_dates.py and narrated_days.py a lead and the story's occasions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.dates import resolve_when
from bot.extract.doc_cache import entities, entity_at
from bot.extract.lexicon import Lexicon
from bot.extract.names import span_text
from bot.extract.occasions import next_to_occasion, occasion_owner

FRAMING = {
    "prep",
    "pobj",
    "npadvmod",
    "tmod",
    "acl",
    "dobj",
    "dative",
    "amod",
    "compound",
    "nmod",
    "appos",
    "nummod",
    "advmod",
}
SPAN_MARKS = ("since", "until", "before", "after", "following")  # "following" the report: after it


def entity_text(t: Token) -> str:
    ent = entity_at(t)
    return span_text(ent) if ent is not None else t.text


def possessive(t: Token) -> bool:
    """ "Monday's statements": a day owning a thing, not the time of an act."""
    return t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children)


def frames(
    t: Token, cue: Token, framing: set[str] = FRAMING, passes=lambda t: False, occasions=frozenset(),
    carriers=frozenset(), pointers=frozenset(), responders=frozenset(),
) -> bool:  # fmt: skip
    """The date frames the saying: reached from the cue through prepositions, nouns and their
    participles ("a statement released Tuesday"), not through another clause ("referring to a
    line left unanswered since April 2023") or a "since"/"until" span, nor what came before it
    ("after the report on Monday", "following the report on Monday")."""
    below = t
    while t.i != cue.i:
        if t.dep_ not in framing and not passes(t):
            return False
        if t.lower_ in SPAN_MARKS and not next_to_occasion(t, below, occasions):
            return False
        below = t
        if carriers and t.dep_ == "acl" and t.head.lemma_.lower() not in carriers:
            return False  # "in line with the plan adopted in 2021": the plan's day
        t = t.head
        if pointers and _points_past(t, below, pointers):
            return False
        if responders and _answered_thing(t, below, occasions, responders):
            return False
        if occasions and t.i != cue.i and owned_by_other(t, occasions):
            return False
    return True


def _points_past(noun: Token, below: Token, pointers: frozenset[str]) -> bool:
    """ "said, in an apparent reference to a proposal by the port last week": a date after the
    to-phrase of a noun that points at something else is that thing's, though the parser hangs it
    on the noun (`referring_nouns`; not "upon his return to Bergen on Monday")."""
    if noun.lemma_.lower() not in pointers:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i < below.i for c in noun.children)


def _answered_thing(verb: Token, below: Token, occasions: frozenset[str], responders: frozenset[str]) -> bool:
    """ "was reacting to a column, printed Monday in a newsletter": what one responds to
    is another's, its day its own (`responding_verbs`); not the occasion one answers at
    ("responding to a question at a briefing on Monday")."""
    if verb.lemma_.lower() not in responders or below.dep_ != "prep" or below.lower_ != "to":
        return False
    return not any(g.dep_ == "pobj" and g.lemma_.lower() in occasions for g in below.children)


def owned_by_other(noun: Token, occasions: frozenset[str]) -> bool:
    """ "Regarding North Korea's announcement last week", "denounced Japan's deployment earlier
    this month": a thing owned by a named other has its own day, not the saying's; not "his speech
    on Monday", nor an occasion where one speaks ("at the ministry's audit a day earlier")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in occasions:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def dates_under(cue: Token) -> list[Token]:
    """The tokens of time phrases in the cue's subtree, in text order (found through the
    paragraph's few DATE entities, not by walking the subtree)."""
    return [t for ent in entities(cue.doc, "DATE") for t in ent if under(t, cue)]


def under(t: Token, top: Token) -> bool:
    return t.i == top.i or top.is_ancestor(t)


def time_phrases(verb: Token, lex: Lexicon) -> Iterator[Token]:
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
            yield c
        elif c.dep_ == "prep" and c.lower_ in lex.date_prepositions:
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                if obj.ent_type_ == "DATE":
                    yield obj
                elif obj.lower_ in lex.event_nouns:
                    yield from (m for m in obj.children if m.dep_ == "npadvmod" and m.ent_type_ == "DATE")
                    yield from named_days(obj)
                    yield from (m for m in obj.children if m.ent_type_ == "DATE" and occasion_owner(m, lex))


def named_days(noun: Token) -> list[Token]:
    """The day a noun names before it ("the Jan. 5 speech")."""
    return [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "DATE"]


def before_clause(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """ "said on Monday it would ...", "said a day earlier that the talks would ...": a day between
    the verb and the subject of what was said dates the saying, though the parser hangs it on the
    reported clause (a relative day as an adverb of it)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            relative = [c for c in clause.children if c.dep_ == "advmod" and c.ent_type_ == "DATE"]
            yield from (t for t in [*time_phrases(clause, lex), *relative] if verb.i < t.i < subject.i)


# a lead's day frames its main clause or its subject ("The audit on Tuesday turned into ..."), not
# a thing named in it ("took part in the talks, held in Washington on Monday")
LEAD_FRAMING = (FRAMING - {"acl"}) | {"nsubj", "nsubjpass", "acomp"}  # "remained divided Tuesday"


def lead_dates(sent: Span, outside, lex: Lexicon) -> list[Token]:
    """The dates that frame a lead's main clause ("The office on Tuesday moved to ...", "The
    audit on Tuesday turned into ..."), its subject included; not those of what was said."""
    mains = _main_clauses(sent.root)
    return [
        t for t in sent
        if t.ent_type_ == "DATE" and outside(t) and not possessive(t)
        and any(frames(t, main, LEAD_FRAMING, lambda a: _disclosed(a, lex)) for main in mains)
    ] + [t for t in before_clause(sent.root, lex) if outside(t)]  # fmt: skip


def _main_clauses(root: Token) -> list[Token]:
    """The lead's main verb and the verbs joined to it ("The debate has a new chapter — and the
    ministry on Tuesday tried to close it"): a day on either is the story's. So is a verb the
    parser hung on a participle that only describes the subject ("Fishermen gathered in Bergen on
    Monday vowed to …": "vowed" is the main verb)."""
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return [root, *joined, *(c for c in root.children if _unmarked_main(c, root))]


def _unmarked_main(verb: Token, root: Token) -> bool:
    """A past verb after the root, hung on it as an adverbial clause with no mark, no subject and
    no comma between: the sentence's real main verb, its subject described by the root's
    participle ("Crews stationed at the pier on Monday refused …"; not "…, after crews refused")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or verb.i < root.i:
        return False
    opened = ("mark", "nsubj", "nsubjpass")
    if any((c.dep_ in opened or c.tag_ == "WRB") and c.i < verb.i for c in verb.children):
        return False
    return not any(t.is_punct for t in root.doc[root.i + 1 : verb.left_edge.i])


def frames_its_clause(t: Token) -> bool:
    """The date frames its sentence's main clause as a lead's does: reached through prepositions
    and nouns only (its subject's too: "The meeting on Tuesday ended ..."), not through another
    clause nor a thing named in it ("in a statement released Wednesday")."""
    return frames(t, t.sent.root, LEAD_FRAMING)


def framed_clause(t: Token, lex: Lexicon) -> Token | None:
    """The main verb the date frames, as frames_its_clause reads it, or a verb joined to it ("X
    arrived on Sunday and held talks with Y on Monday": Monday is the talks'), through a
    participle of who makes up a group ("met a delegation led by Y on Monday")."""
    return next((v for v in _main_clauses(t.sent.root) if frames(t, v, LEAD_FRAMING, members(lex))), None)


def members(lex: Lexicon):
    return lambda t: t.dep_ == "acl" and t.lemma_.lower() in lex.member_participles


def _disclosed(t: Token, lex: Lexicon) -> bool:
    """ "under a plan unveiled by the government on July 7": a thing made public on a day, named
    in the lead, is the story's news; a thing merely held that day is not ("talks held Monday").
    A participle that only says who makes up a group ("met a delegation led by X on Monday",
    `member_participles`) has no day of its own: the parser hangs the main verb's on it."""
    return (t.dep_ == "acl" and t.lemma_.lower() in lex.disclosing_verbs) or members(lex)(t)


def past_event(verb: Token, published: date, prepositions: frozenset[str]) -> tuple[str, str] | None:
    """An act narrated with its own year ("blocked ... in January 2019"): dated by it; not by a
    year in a relative clause on what it is about ("argued for X, a proposal that surfaced in 2008")."""
    for t in verb.subtree:
        if (
            t.ent_type_ == "DATE"
            and t.dep_ == "pobj"
            and t.head.lower_ in prepositions
            and not _in_relative(t, verb)
        ):
            phrase = entity_text(t)
            if re.search(r"\b(19|20)\d\d\b", phrase):
                found = resolve_when(phrase, published)
                if found and found[0] < published.isoformat()[:7]:
                    return found
    return None


def _in_relative(t: Token, top: Token) -> bool:
    """Inside a relative clause or a participle on a noun ("the plan adopted in 2021")."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False
