"""Who would get a thing that is acquired or brought in (concepts.toml `gained`).

A country that already has a thing does not acquire it: "acquiring nuclear weapons is not an
option", "the deployment of nuclear weapons on the peninsula" and "any attempt to introduce
nuclear weapons into the region", with no one named as getting them, are about the country that
has none (the concept's `owner`), not the arsenal of the one that has. The one who gets them is
the act's own subject, possessor or "by" agent ("Pyongyang keeps building nuclear weapons", "a
move by Seoul toward nuclear weapons"), or whoever the act's clause is controlled by ("Seoul has
no plan to develop ..."); not the subject of a verb of position whose object is the act as a noun
("Beijing opposes the deployment of ...", "opposes any attempt to introduce ..."): that subject
judges the act, it does not do it.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.clause_subjects import SUBJECTS

TOWARD = ("of", "toward", "towards")  # "the deployment of X", "a move toward X"
UNNAMED = "unnamed"  # the act's getter is named nowhere: the concept's owner


def gaining_word(k: Token, gained: frozenset[str]) -> Token | None:
    """The verb or noun of getting that takes `k` as its thing ("acquire X", "the deployment of X")."""
    head = k.head
    if k.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in gained:
        return head
    if k.dep_ == "pobj" and head.lower_ in TOWARD and head.head.lemma_.lower() in gained:
        return head.head
    return None


def getter(act: Token, positions: frozenset[str]) -> Token | str:
    """Who gets what `act` gets: its own doer or, up its clauses, the one controlling it; UNNAMED
    when the act is judged by a verb of position or no one up its clauses does it."""
    t = act
    while True:
        if (agent := _agent(t)) is not None:
            return agent
        if t.dep_ == "xcomp" and (made := next((c for c in t.head.children if c.dep_ == "dobj"), None)):
            return made  # "urged Seoul to develop X": the one urged
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj") and _judging(t, positions):
            return UNNAMED
        if t.head.i == t.i or t.dep_ in (*SUBJECTS, "csubj"):
            return UNNAMED
        t = t.head


def _agent(t: Token) -> Token | None:
    """An act's own doer: a verb's subject or passive "by" agent, a noun's possessor or "by" agent."""
    for c in t.children:
        if c.dep_ in ("nsubj", "poss"):
            return c
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and t.pos_ == "NOUN":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _judging(noun: Token, positions: frozenset[str]) -> bool:
    """ "opposes the deployment", "rejects any attempt": a verb of position takes the act as a noun."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.lemma_.lower() in positions
