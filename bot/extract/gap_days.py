"""A saying told as the point a gap is counted from ("The proposal came a day after the office
said ...", "comes roughly six weeks after X said"): its day counted back (or on) from the day in
force (event_dates.py)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from bot.extract.day_phrases import interval_in
from bot.extract.lexicon import Lexicon
from bot.extract.when_said import entity_text

When = tuple[str, str]


def before_main(cue: Token, anchor: When | None, published: date, lex: Lexicon) -> When | None:
    """ "The proposal came a day after the office said ...": the saying is the main clause's
    point of reference, so it was a day before the day in force (after "before": a day after);
    "comes roughly six weeks after X said", "a month after X declared": in that month. The
    parser may join such a clause to the main verb as a conjunct, "after" still its mark."""
    cue = _issuing_verb(cue)
    mark = _gap_mark(cue)
    if cue.dep_ not in ("advcl", "conj") or mark is None or mark.lower_ not in ("after", "before"):
        return None
    if not anchor or anchor[1] != "day":
        return None
    # "a day" on either verb, or on "after" itself
    near = [*cue.head.children, *(c for c in cue.children if c.i < mark.i), *mark.children]
    gap = next((c for c in near if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"), None)
    interval = interval_in(entity_text(gap), lex.interval_hedges) if gap is not None else None
    if interval is None:
        return None
    days, exact = interval
    day = date.fromisoformat(anchor[0]) + timedelta(days=-days if mark.lower_ == "after" else days)
    if day > published:
        return None
    return (day.isoformat(), "day") if exact else (day.isoformat()[:7], "month")


def _issuing_verb(cue: Token) -> Token:
    """ "issued a statement denouncing the drills": the saying is the issuing, whose clause says
    when it happened ("came a day after X issued a statement denouncing ...")."""
    if cue.dep_ == "acl" and cue.head.dep_ == "dobj" and cue.head.head.pos_ == "VERB":
        return cue.head.head
    return cue


def _gap_mark(cue: Token) -> Token | None:
    """The "after" or "before" that opens the cue's clause: its mark, or one the parser hung on
    the gap before it ("a month after X declared": "after" on "month")."""
    mark = next((c for c in cue.children if c.dep_ == "mark"), None)
    if mark is not None:
        return mark
    gaps = [c for c in cue.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i < cue.i]
    return next((g for c in gaps for g in c.children if g.lower_ in ("after", "before")), None)
