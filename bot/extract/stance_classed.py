"""A thing classed as something inside the statement: "Moscow regards the sanctions regime as “a
dead end”", "we consider the drills a provocation", "views the talks as a waste of time" judge the
object by what it is classed as (lexicon.toml `stance_as_verbs`), as "called the plan a gamble"
does when the naming verb stands outside the statement (stance_path `_named_as`)."""

from __future__ import annotations

from bot.extract.doc_cache import Parse

CLASSES = ("oprd", "xcomp", "ccomp")  # "considered the regime outdated": the parser's ways to hang it
BARE = ("aux", "auxpass", "mark", "dobj")  # a complement with any of these is a clause of its own


def classed_as(p: Parse, verb: int, obj: int) -> int | None:
    """What `verb` classes its object `obj` as: the object of its "as", or a complement after
    the object; None when it names none."""
    for c in p.children[verb]:
        if c <= obj:
            continue
        if p.deps[c] == "prep" and p.lowers[c] == "as":
            return next((g for g in p.children[c] if p.deps[g] in ("pobj", "amod", "acomp", "pcomp")), None)
        if p.deps[c] in CLASSES and p.pos[c] in ("ADJ", "NOUN"):
            return c
        if p.deps[c] == "advcl" and any(p.deps[g] == "mark" and p.lowers[g] == "as" for g in p.children[c]):
            return c  # "regards X as outdated": the participle parsed a clause "as" opens
    return None


def classed_clause(p: Parse, subject: int, verbs: frozenset[str]) -> int | None:
    """ "considers the sanctions regime outdated", "considers the issue closed": the parser makes
    the object the subject of a bare complement of the classing verb (`verbs`); the complement,
    or None. Not a clause of its own ("considers that the talks have failed")."""
    c = p.heads[subject]
    if p.deps[c] != "ccomp" or p.lemmas[p.heads[c]] not in verbs or c < subject:
        return None
    return None if any(p.deps[g] in BARE for g in p.children[c]) else c


def named_into(p: Parse, verb: int, below: int, verbs: frozenset[str]) -> bool:
    """ "called the South “a hostile foreign state”", "described it as a hostile state", "declared
    the South a hostile state": `below`, on a keyword's path, is what the statement's own verb of
    naming or classing (`verbs`) makes of an object named before it; not "called for", nor a
    first object ("called the ministry a relic" names the ministry)."""
    if p.lemmas[verb] not in verbs:
        return False
    if p.deps[below] == "prep":
        return p.lowers[below] == "as" and _object_before(p, verb, below)
    return p.deps[below] in ("oprd", "dobj") and _object_before(p, verb, below)


def _object_before(p: Parse, verb: int, at: int) -> bool:
    return any(p.deps[c] == "dobj" and c < at for c in p.children[verb])
