"""A recurring event's calendar, told: "the allies will hold the exercise next month", "the
postponed drills would be held in the fall", and a plan kept, told with its dates ("would run as
scheduled until Oct. 3", lexicon.toml `schedule_words`). Annual drills are held by
default; saying when they take place reports a schedule (news writers label it no position), while
a side on them is asked for ("should hold"), denied ("no reason to hold"), judged, given a purpose
("hold them to show resolve"), urged, or insisted on ("will hold them as planned": the concept's
own phrase). So is the next sitting of any recurring occasion, held ("would hold their next round of
regular consultations next month"; lexicon.toml `sitting_nouns`, `coming_words`,
`holding_verbs`).

The verbs are data (concepts.toml `routine`); the test reads token indices of the paragraph's
Parse (bot/extract/doc_cache.py).
"""

from __future__ import annotations

from bot.extract.clause_subjects import SUBJECTS
from bot.extract.doc_cache import Parse
from bot.extract.stance_reading import Reading

PURPOSE_MARKS = ("to", "so", "order")  # "to give talks a chance", "so that", "in order to"


def calendar_told(p: Parse, r: Reading, routine: frozenset[str], own, obligations: frozenset[str]) -> bool:
    """True when the reading's one deciding word is a routine act on the thing, in a plain
    clause of its own: no modal of obligation, no purpose, no phrase of the concept's own."""
    if not routine or r.neutral or len(r.words) != 1:
        return False
    at = r.words[0][0]
    if at < 0 or p.lemmas[at] not in routine or not any(p.deps[c] in SUBJECTS for c in p.children[at]):
        return False
    return not any(
        p.deps[c] == "aux" and p.lowers[c] in obligations or _purpose(p, c) or _own_phrase(p, c, own)
        for c in p.children[at]
    )


def next_occasion(p: Parse, r: Reading, k: int, w) -> bool:
    """ "would hold their next round of regular consultations in Seoul next month": holding the
    coming sitting of the keyword's occasion is its calendar when nothing above the verb of holding
    takes a side and no obligation is on it ("should hold the next round soon" asks for it)."""
    of = p.heads[k]
    sitting = p.heads[of]
    if r.neutral or not r.words or p.lowers[of] != "of" or p.lemmas[sitting] not in w.sittings:
        return False
    held = p.deps[sitting] in ("dobj", "nsubjpass")
    if not held or not any(p.lowers[c] in w.coming for c in p.children[sitting]):
        return False
    verb = p.heads[sitting]
    if p.lemmas[verb] not in w.holding or any(
        p.deps[c] in ("aux", "auxpass") and p.lowers[c] in w.obligations for c in p.children[verb]
    ):
        return False
    return all(at == verb or at in r.inside for at, _ in r.words)


def dated_plan(p: Parse, r: Reading, schedule: frozenset[str], obligations: frozenset[str]) -> bool:
    """ "the exercise would run as scheduled until Oct. 3", "will publish the report
    in December as planned": a plan kept, told with its dates, is a calendar; "will proceed as
    planned" with no date says the thing is not changed, and "must go ahead as planned" asks it."""
    ats = {at for at, _ in r.words}
    if r.neutral or not ats or min(ats) < 0:
        return False
    for verb in {p.heads[at] if p.lowers[at] in schedule else at for at in ats}:
        kept = [c for c in p.children[verb] if p.deps[c] == "advcl" and p.lowers[c] in schedule]
        if not kept or any(p.deps[c] == "aux" and p.lowers[c] in obligations for c in p.children[verb]):
            continue
        said = {verb, *(t for c in kept for t in p.subtree(c))}
        if ats <= said and any(dated(p, h) for h in (verb, *kept)):
            return True
    return False


def dated(p: Parse, verb: int) -> bool:
    """A date hung on the verb: "in December", "from Aug. 24 to Sept. 3", "next week"."""
    return any(_date(p, c) for c in p.children[verb])


def _date(p: Parse, c: int) -> bool:
    if p.deps[c] == "npadvmod":
        return p.token(c).ent_type_ == "DATE"
    return p.deps[c] == "prep" and any(
        p.deps[o] == "pobj" and p.token(o).ent_type_ == "DATE" for o in p.children[c]
    )


def _own_phrase(p: Parse, c: int, own) -> bool:
    """ "would hold the drills as planned": how it is done (the parser hangs "as" on "planned"),
    not what names the thing ("the postponed drills")."""
    return p.deps[c] not in (*SUBJECTS, "dobj") and any(own.at_i(p, t) for t in (c, *p.children[c]))


def _purpose(p: Parse, c: int) -> bool:
    return p.deps[c] in ("advcl", "xcomp") and any(
        p.deps[g] in ("aux", "mark") and p.lowers[g] in PURPOSE_MARKS for g in p.children[c]
    )
