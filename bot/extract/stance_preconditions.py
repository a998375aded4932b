"""A precondition told: "the complex cannot reopen without sanctions exemptions", "it could not
happen while the sanctions remain in place" say what a thing needs before it can happen, an
assessment of what is possible: no side on the thing, nor on the condition. The thing is the
active subject of a negated "can" with no object, whose verb has a "without" phrase or a "while"
clause with a subject of its own (a state that lasts); a keyword in any of the three takes no side.

Not an act someone refuses or forbids: "sanctions cannot be lifted without progress" (passive),
"we cannot let a year pass without dialogue" (a person acts), "Pyongyang cannot accept reunions
without ..." (an object); nor "while" with a participle, what the same subject does at once ("you
cannot talk of peace while ignoring the camps"); nor what "can" happen without harm ("could be
scaled down without hurting readiness").
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_words import StanceWords

OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")


def under_precondition(p: Parse, k: int, start: int, end: int, w: StanceWords) -> bool:
    """True when the keyword at `k` is the subject of a verb of what cannot happen without or while
    something (within the statement's tokens `start`..`end`), or in that "without" or "while"."""
    below = k
    for t in p.ancestors(k):
        if not start <= t < end:
            return False
        if _unable_without(p, t, w) and (
            p.deps[below] == "nsubj" or _without(p, below) or _while_clause(p, below)
        ):
            return True
        below = t
    return False


def _unable_without(p: Parse, verb: int, w: StanceWords) -> bool:
    children = p.children[verb]
    if p.pos[verb] not in ("VERB", "AUX") or not any(p.deps[c] == "neg" for c in children):
        return False
    if not any(p.deps[c] == "aux" and p.lowers[c] in w.ability for c in children):
        return False
    subject = next((c for c in children if p.deps[c] == "nsubj"), None)
    if subject is None or p.lowers[subject] in w.acting or any(p.deps[c] in OBJECTS for c in children):
        return False
    return any(_without(p, c) or _while_clause(p, c) for c in children)


def _while_clause(p: Parse, c: int) -> bool:
    """ "while the UN measures stay in force": a clause with a subject of its own."""
    children = p.children[c]
    return (
        p.deps[c] == "advcl"
        and any(p.deps[g] == "mark" and p.lowers[g] == "while" for g in children)
        and any(p.deps[g] in ("nsubj", "nsubjpass", "expl") for g in children)
    )


def _without(p: Parse, c: int) -> bool:
    return (
        p.deps[c] == "prep"
        and p.lowers[c] == "without"
        and any(p.deps[g] in ("pobj", "pcomp") for g in p.children[c])
    )
