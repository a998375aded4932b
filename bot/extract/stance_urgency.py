"""A thing said to be unable to wait is urgent (lexicon.toml `waiting_verbs`): "reunions cannot
wait for a political breakthrough", "the aid is a task that cannot wait" argue for it. Only the
waiting denied with "can" counts: "can wait" may only put a thing off, and "are not waiting"
(no "can") tells what people do. So is a thing time is running out for ("time is running out for
the separated families", `lapsing_verbs`, `lapsing_subjects`).

`waiting` gives the words and the side of the plain "can wait" (against: it may be put off), so
that the negation on the verb, read on the path like any other, turns it; `urgent_relative` reads
the relative clause on a copula's complement ("X is a task that cannot wait"), off the path."""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_words import OPPOSE, SUPPORT, StanceWords


def waiting(p: Parse, verb: int, w: StanceWords) -> tuple[str, int] | None:
    """ "cannot wait": the words and the side before the negation turns it, or None."""
    if p.lemmas[verb] not in w.waiting or not _denied_ability(p, verb, w):
        return None
    return p.texts[verb], OPPOSE


def urgent_relative(p: Parse, noun: int, w: StanceWords) -> tuple[int, str, int] | None:
    """ "a duty of mercy that cannot wait": the clause's verb, its words and the side."""
    for c in p.children[noun]:
        if p.deps[c] == "relcl" and waiting(p, c, w) is not None:
            return c, f"cannot {p.texts[c]}", SUPPORT
    return None


def lapsing(p: Parse, verb: int, prep: int, w: StanceWords) -> tuple[str, int] | None:
    """ "time is running out for X": the words and the side, read at the verb from its "for"."""
    if p.lowers[prep] != "for" or p.deps[prep] != "prep":
        return None
    particles = [p.lowers[c] for c in p.children[verb] if p.deps[c] == "prt"]
    if not any(f"{p.lemmas[verb]} {prt}" in w.lapsing for prt in particles):
        return None
    if not any(p.deps[c] == "nsubj" and p.lowers[c] in w.lapsing_subjects for c in p.children[verb]):
        return None
    return f"{p.texts[verb]} out for", SUPPORT


def lapsing_for(p: Parse, k: int, w: StanceWords) -> bool:
    """Whether the keyword at `k` is what time is running out for: no third party's act, told."""
    prep = p.heads[k]
    return p.deps[k] == "pobj" and lapsing(p, p.heads[prep], prep, w) is not None


def _denied_ability(p: Parse, verb: int, w: StanceWords) -> bool:
    kids = p.children[verb]
    return any(p.deps[c] == "aux" and p.lowers[c] in w.ability for c in kids) and any(
        p.deps[c] == "neg" for c in kids
    )
