"""A thing's own course said of it as the subject: "the drills must stop", "the reunions have to
happen", "get the talks going again". Under an obligation (a modal of obligation, "have to",
"need to", "let ... go ahead", a verb that makes it go on) ending it is against it and its going
on for it; told without one ("the talks ended in May", "the drills continue") it is an account of
what happened, which takes no side. The verbs are data (data/lexicon.toml: course_end,
course_go_on, obligation_words, course_causatives).
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_reading import Reading

COMPLEMENTS = ("dobj", "acomp", "attr", "oprd")  # an act on something else, or what a copula says

Course = tuple[int, tuple[str, int], bool]  # the verb, its phrase and side, whether it must be


def course_of(p: Parse, t: int, words) -> Course | None:
    """The verb of its subject's own course (no object, no complement) at `t` or in its "to"
    complement ("have to stop"), and whether it is what must be."""
    verb, obliged = t, _obliged(p, t, words)
    if p.pos[t] == "VERB" and p.lemmas[t] in words.obligations:
        verb = next((c for c in p.children[t] if p.deps[c] == "xcomp" and _to(p, c)), None)
        obliged = True
    if verb is None or p.pos[verb] not in ("VERB", "AUX"):
        return None
    found = words.course.at_i(p, verb)
    if found is None or any(p.deps[c] in COMPLEMENTS or _with_object(p, c) for c in p.children[verb]):
        return None  # "U.S. forces must go ahead with the drills": the drills' course, not the forces'
    if not obliged and any(p.tags[c] == "MD" for c in p.children[verb]):
        return None  # "the drills will proceed as planned": an announcement is read as before
    return verb, found, obliged


def on_course(p: Parse, t: int, course: Course, r: Reading, words) -> bool:
    """Takes the side of what must be; False for an account, which ends the reading."""
    verb, found, obliged = course
    if not obliged:
        return False
    r.take(verb, found[0], found[1])
    for c in sorted({*p.children[t], *p.children[verb]}):
        if words.negates_i(p, c):
            r.flip(c, p.texts[c])  # "must not stop", "do not have to end"
    return True


def obliged_passive(p: Parse, t: int, own, words) -> tuple[int, tuple[str, int]] | None:
    """ "The sanctions have to be implemented", "the drills need to be scaled back": a verb of
    obligation whose "to" complement is passive says what must be done to its subject, as "must
    be implemented" does; the complement's side (the concept's own words, the general ones)."""
    if p.pos[t] != "VERB" or p.lemmas[t] not in words.obligations:
        return None
    verb = next((c for c in p.children[t] if p.deps[c] == "xcomp" and _passive_to(p, c)), None)
    found = None if verb is None else own.at_i(p, verb) or words.polar.at_i(p, verb)
    return (verb, found) if found else None


def obliged_copula(p: Parse, t: int, words) -> int | None:
    """ "Denuclearization has to remain the goal", "dialogue needs to be the priority": a verb of
    obligation whose "to" complement is a copula says what its subject must be, as "must remain
    the goal" does; the copula, whose complement judges the subject (stance_sides.copula)."""
    if p.pos[t] != "VERB" or p.lemmas[t] not in words.obligations:
        return None
    return next(
        (
            c
            for c in p.children[t]
            if p.deps[c] == "xcomp"
            and p.lemmas[c] in words.copulas
            and any(p.lowers[g] == "to" for g in p.children[c])
            and not any(p.deps[g] == "auxpass" for g in p.children[c])
        ),
        None,
    )


def take_obliged(p: Parse, t: int, done: tuple[int, tuple[str, int]], r: Reading, words) -> None:
    verb, found = done
    r.take(verb, found[0], found[1])
    for c in sorted({*p.children[t], *p.children[verb]}):
        if words.negates_i(p, c):
            r.flip(c, p.texts[c])  # "do not have to be postponed"


def _passive_to(p: Parse, verb: int) -> bool:
    kids = p.children[verb]
    return any(p.deps[g] == "auxpass" for g in kids) and any(p.lowers[g] == "to" for g in kids)


def _obliged(p: Parse, verb: int, words) -> bool:
    if any(p.deps[c] == "aux" and p.lowers[c] in words.obligations for c in p.children[verb]):
        return True
    if p.deps[verb] in ("ccomp", "xcomp") and p.lemmas[p.heads[verb]] in words.causatives:
        return True  # "to get talks going again": made to go on
    let = p.heads[verb]  # "let the reunions go ahead": an imperative
    return (
        p.lemmas[let] == "let"
        and p.tags[let] == "VB"
        and not any(p.deps[c] == "nsubj" for c in p.children[let])
    )


def _to(p: Parse, verb: int) -> bool:
    return any(p.deps[c] == "aux" and p.lowers[c] == "to" for c in p.children[verb])


def passive_account(p: Parse, verb: int) -> bool:
    """ "the tours were suspended in 2008", "aid shipments had been delayed", "no reunions have
    been held since 2018": an act done to the thing, told in a past or perfect passive with no
    modal and no "to", is an account of what happened, as its own course told is; "the tours
    should be suspended", "want them to be suspended" are what must be, and "its status is
    enshrined in the constitution" a state the speaker affirms."""
    aux = [c for c in p.children[verb] if p.deps[c] in ("aux", "auxpass")]
    if not any(p.deps[c] == "auxpass" for c in aux):
        return False
    if any(p.tags[c] == "MD" or p.lowers[c] == "to" for c in aux):
        return False
    perfect = any(p.deps[c] == "aux" and p.lemmas[c] == "have" and p.tags[c] != "VB" for c in aux)
    return p.tags[verb] == "VBN" and (
        perfect or any(p.tags[c] == "VBD" for c in aux)
    )  # "no reunions have been held since 2018"; not "is enshrined": a standing state


def perfect_account(p: Parse, verb: int, conduct: frozenset[str] = frozenset()) -> bool:
    """ "they had seized four balloons late on Saturday": an act told in the past perfect, active
    and unnegated, is what was done before the telling (reported speech moves "we have seized"
    back to "had seized"); so is a verb of carrying a thing out (`conduct`) told in the present
    perfect or in the present of one subject ("China has always implemented the resolutions",
    "Beijing strictly enforces them"): a claim of conduct. "had never opposed X" states a standing
    attitude, a verb that takes a side by itself ("had rejected the offer") is read as one (the
    caller's test), and "will implement", "must enforce" or a plural present (after "proposed
    that" it may be a mandative subjunctive: "that the two Koreas hold talks") decide."""
    aux = [c for c in p.children[verb] if p.deps[c] in ("aux", "auxpass", "neg")]
    if any(p.deps[c] != "aux" or p.tags[c] == "MD" or p.lowers[c] == "to" for c in aux):
        return False
    have = [p.tags[c] for c in aux if p.lemmas[c] == "have"]
    if p.tags[verb] == "VBN" and "VBD" in have:
        return True
    if p.lemmas[verb] not in conduct:
        return False
    return (
        p.tags[verb] == "VBN"
        and any(tag in ("VBZ", "VBP") for tag in have)
        or (not aux and p.tags[verb] == "VBZ")
    )


def _with_object(p: Parse, c: int) -> bool:
    """ "go ahead with the drills", "proceed with the talks": what the course is of."""
    return p.deps[c] == "prep" and p.lowers[c] == "with" and any(p.deps[g] == "pobj" for g in p.children[c])
