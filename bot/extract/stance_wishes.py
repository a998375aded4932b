"""What is wanted of another, named inside a statement: a clause "for X to do Y" and a call or
demand whose holders are named ("calls in Seoul for ...", "demands from lawmakers for ...").

Both carry a wish; whose it is, and the speaker's side on it, is said by the word they hang on.
"The allies pushed for Seoul to scale back the drills" and "it would be wrong for Seoul to cut the
aid" take a side through "pushed" and "wrong"; "Canberra is watching the calls in Seoul for a
bomb of its own" tells of others' calls and takes none, while "Seoul should resist the calls at
home for a bomb" takes one through "resist". The tests read token indices of the paragraph's
Parse (bot/extract/doc_cache.py).
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse

NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "prep")  # "prep": a misparse


def wished_of_another(p: Parse, clause: int) -> bool:
    """ "for the country to develop X", "for both sides to resume talks": an infinitive with a
    subject of its own brought in by "for"."""
    kids = p.children[clause]
    return (
        p.deps[clause] == "advcl"
        and any(p.deps[c] == "mark" and p.lowers[c] == "for" for c in kids)
        and any(p.deps[c] == "nsubj" for c in kids)
    )


def others_call(p: Parse, t: int, calls: frozenset[str], holders: frozenset[str]) -> bool:
    """ "calls in South Korea for X", "demands from opposition lawmakers for X": a noun of
    calling with no possessor, its holders named by a preposition (the parser may tag "calls" a
    verb: one without a subject of its own is still the noun)."""
    kids = p.children[t]
    return (
        p.lowers[t] in calls
        and p.deps[t] in NOMINAL
        and not any(p.deps[c] in ("poss", "nsubj") for c in kids)
        and any(
            p.deps[c] == "prep" and p.lowers[c] in holders and any(p.deps[g] == "pobj" for g in p.children[c])
            for c in kids
        )
    )
