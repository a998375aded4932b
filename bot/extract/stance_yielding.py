"""An act charged with yielding to another side's position is argued against.

News language warns against a course by saying what it would come to: "scrapping the ministry would
be to accept Pyongyang's doctrine", "if we call off the drills, we are accepting Beijing's demands",
"folding it into another ministry would be signalling to the North that we agree with its line". The
act stands in a subordinate clause (a gerund subject, an "if" or "when" clause, "the day we ..."),
the main clause accepts or agrees with a thing another party owns (a possessive that is not the
speaker's own: "our own limits" yields to no one). The statement is against the act; the position
accepted is the other side's, named as the charge, not the speaker's side on it.

Verbs of yielding, who yields and the marks of a clause that sets the act are data/lexicon.toml
`yielding_verbs`, `yielding_subjects`, `first_person_possessives`, `setting_marks`.
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.lexicon import Lexicon

SUBORDINATE = ("csubj", "advcl", "relcl", "npadvmod")  # the act, told under the main clause
MAIN = ("xcomp", "ccomp", "conj")  # "would be to accept", "telling X that we accept"


def yielding_to_another(p: Parse, act: int, start: int, end: int, lex: Lexicon) -> int | None:
    """The verb of yielding (within tokens start..end) whose main clause has the act `act` told
    under it, or None."""
    for y in range(start, end):
        if p.lemmas[y] not in lex.yielding_verbs or p.pos[y] != "VERB" or not _anothers_thing(p, y, lex):
            continue
        if _yielder(p, y, lex) and _under_main(p, act, y, lex):
            return y
    return None


def _anothers_thing(p: Parse, y: int, lex: Lexicon) -> bool:
    """ "accept Pyongyang's doctrine", "agree with its line": the object has an owner that is not
    the speaker's side."""
    objects = [c for c in p.children[y] if p.deps[c] == "dobj"]
    objects += [g for c in p.children[y] if p.deps[c] == "prep" for g in p.children[c] if p.deps[g] == "pobj"]
    return any(
        p.deps[c] == "poss"
        and p.lowers[c] not in lex.first_person_possessives
        and p.lowers[c] not in lex.yielding_subjects
        for o in objects
        for c in p.children[o]
    )


def _yielder(p: Parse, y: int, lex: Lexicon) -> bool:
    """Its subject is the speaker's side (or none: "would be to accept")."""
    subject = next((c for c in p.children[y] if p.deps[c] in ("nsubj", "nsubjpass")), None)
    return subject is None or p.lowers[subject] in lex.yielding_subjects


def _under_main(p: Parse, act: int, y: int, lex: Lexicon) -> bool:
    """The act reaches, through a subordinate clause, a verb that the yielding verb is or
    completes ("Scrapping X would be to accept", "If we scrap X, we accept")."""
    main = {y}
    t = y
    while p.deps[t] in MAIN and p.heads[t] != t:
        t = p.heads[t]
        main.add(t)
    subordinate, t = False, act
    while p.heads[t] != t and t not in main:
        if p.deps[t] in SUBORDINATE and _sets_the_act(p, t, lex):
            subordinate = True
        t = p.heads[t]
    return subordinate and t in main


def _sets_the_act(p: Parse, t: int, lex: Lexicon) -> bool:
    """An adverbial clause counts when it sets a condition or a time ("if", "when"), not a reason."""
    if p.deps[t] != "advcl":
        return True
    return any(p.deps[c] == "mark" and p.lowers[c] in lex.setting_marks for c in p.children[t])
