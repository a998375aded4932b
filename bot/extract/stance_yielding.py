"""An act charged with yielding to another side's position is argued against.

News language warns against a course by saying what it would come to: "scrapping the ministry would
be to accept Pyongyang's doctrine", "if we call off the drills, we are accepting Beijing's demands",
"folding it into another ministry would be signalling to the North that we agree with its line". The
act stands in a subordinate clause (a gerund subject, an "if" or "when" clause, "the day we ..."),
the main clause accepts or agrees with a thing another party owns (a possessive that is not the
speaker's own: "our own limits" yields to no one). The statement is against the act; the position
accepted is the other side's, named as the charge, not the speaker's side on it.

Verbs of yielding are data/lexicon.toml `yielding_verbs`.
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse

SUBORDINATE = ("csubj", "advcl", "relcl", "npadvmod")  # the act, told under the main clause
MAIN = ("xcomp", "ccomp", "conj")  # "would be to accept", "telling X that we accept"
CONDITIONS = ("if", "when", "once")  # an adverbial clause that sets the act, not a reason
OWN_SIDE = ("our", "my")
YIELDERS = ("we", "i", "you")  # who would yield: the speaker's side, or "you" said of it


def yielding_to_another(p: Parse, act: int, start: int, end: int, yielding: frozenset[str]) -> int | None:
    """The verb of yielding (within tokens start..end) whose main clause has the act `act` told
    under it, or None."""
    for y in range(start, end):
        if p.lemmas[y] not in yielding or p.pos[y] != "VERB" or not _anothers_thing(p, y):
            continue
        if _yielder(p, y) and _under_main(p, act, y):
            return y
    return None


def _anothers_thing(p: Parse, y: int) -> bool:
    """ "accept Pyongyang's doctrine", "agree with its line": the object has an owner that is not
    the speaker's side."""
    objects = [c for c in p.children[y] if p.deps[c] == "dobj"]
    objects += [g for c in p.children[y] if p.deps[c] == "prep" for g in p.children[c] if p.deps[g] == "pobj"]
    return any(
        p.deps[c] == "poss" and p.lowers[c] not in OWN_SIDE and p.lowers[c] not in YIELDERS
        for o in objects
        for c in p.children[o]
    )


def _yielder(p: Parse, y: int) -> bool:
    """Its subject is the speaker's side (or none: "would be to accept")."""
    subject = next((c for c in p.children[y] if p.deps[c] in ("nsubj", "nsubjpass")), None)
    return subject is None or p.lowers[subject] in YIELDERS


def _under_main(p: Parse, act: int, y: int) -> bool:
    """The act reaches, through a subordinate clause, a verb that the yielding verb is or
    completes ("Scrapping X would be to accept", "If we scrap X, we accept")."""
    main = {y}
    t = y
    while p.deps[t] in MAIN and p.heads[t] != t:
        t = p.heads[t]
        main.add(t)
    subordinate, t = False, act
    while p.heads[t] != t and t not in main:
        if p.deps[t] in SUBORDINATE and _sets_the_act(p, t):
            subordinate = True
        t = p.heads[t]
    return subordinate and t in main


def _sets_the_act(p: Parse, t: int) -> bool:
    """An adverbial clause counts when it sets a condition or a time ("if", "when"), not a reason."""
    if p.deps[t] != "advcl":
        return True
    return any(p.deps[c] == "mark" and p.lowers[c] in CONDITIONS for c in p.children[t])
