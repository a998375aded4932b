"""A party's motive told: what it "has little incentive to" or "no intention of" doing, what "its
goal is" to do, what it "needs" a thing for. Like "wants to" (stance_parties.reported_fact), it
tells what the party is minded to do; of a third party that is an account of its mind, no side
("Pyongyang has little incentive to abandon its weapons", an analyst's words), while of the
speaker's own side it is a position ("we have no intention of giving up our deterrent"). In
reported speech a name may stand for the speaker's own side ("Seoul had no interest in X" for
"we"), so there it is another's only when the speaker's side is known (stance_parties).
Lexicon `motive_nouns` (what a party has), `aim_nouns` (what its aim is)."""

from __future__ import annotations

from spacy.tokens import Token

PURPOSE_DEPS = ("advcl", "relcl", "acl")  # "needs an enemy to justify X", "leverage to bring X"


def motive_holder(
    verb: Token, child: Token, subject: Token, below: dict[int, int], start: int, motives, aims
):
    """The party whose motive `verb` tells, for the keyword reached through `child` (the verb's
    child on the keyword's path), or None: the subject that has a motive noun ("has no reason to
    X"), that needs a thing to do X (not X itself: "Seoul needs a stronger alliance" asks for
    it), or the possessor of an aim that is to do X ("its real aim is to X")."""
    lemma = verb.lemma_.lower()
    if lemma == "have" and child.dep_ == "dobj" and child.lemma_.lower() in motives:
        return subject
    needed = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "needs to X" is a necessity
    if lemma == "need" and needed is not None and _purpose(child if child != needed else _next(child, below)):
        return subject
    if subject.lemma_.lower() in aims and child.dep_ == "xcomp" and _infinitive(child):
        poss = next((c for c in subject.children if c.dep_ == "poss"), None)
        return _taken_up(poss, start) if poss is not None else None
    return None


def _taken_up(poss: Token, start: int) -> Token:
    """ "Pyongyang uses the leaflets as a pretext. Its real goal is ...": a possessive pronoun
    takes up the named subject before it in the statement; else it stays itself."""
    if poss.pos_ != "PRON":
        return poss
    named = (t for t in reversed(poss.doc[start : poss.i]) if t.dep_ == "nsubj" and t.pos_ == "PROPN")
    return next(named, poss)


def _next(token: Token, below: dict[int, int]) -> Token | None:
    at = below.get(token.i)
    return token.doc[at] if at is not None else None


def _purpose(token: Token | None) -> bool:
    """An infinitive of purpose ("to justify X")."""
    return token is not None and token.dep_ in PURPOSE_DEPS and _infinitive(token)


def _infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
