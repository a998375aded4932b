"""A saying told as the point a gap is counted from ("The proposal came a day after the office
said ...", "comes roughly six weeks after X said"): its day counted back (or on) from the day in
force (event_dates.py)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from bot.extract.date_framing import entity_text
from bot.extract.day_phrases import interval_in
from bot.extract.doc_cache import entity_at
from bot.extract.lexicon import Lexicon
from bot.extract.names import span_text

When = tuple[str, str]


def before_main(cue: Token, anchor: When | None, published: date, lex: Lexicon) -> When | None:
    """ "The proposal came a day after the office said ...": the saying is the main clause's
    point of reference, so it was a day before the day in force (after "before": a day after);
    "comes roughly six weeks after X said", "a month after X declared": in that month. The
    parser may join such a clause to the main verb as a conjunct, "after" still its mark."""
    if not anchor or anchor[1] != "day":
        return None
    interval, mark = _parsed_gap(_issuing_verb(cue), lex)
    if interval is None:
        interval, mark = _coming_gap(cue, lex)
    if interval is None or mark is None:
        return None
    days, exact = interval
    day = date.fromisoformat(anchor[0]) + timedelta(days=-days if mark.lower_ == "after" else days)
    if day > published:
        return None
    return (day.isoformat(), "day") if exact else (day.isoformat()[:7], "month")


def _parsed_gap(cue: Token, lex: Lexicon) -> tuple[tuple[int, bool] | None, Token | None]:
    """The gap and its "after" or "before" as the parser joins the cue's clause to the main one."""
    mark = _gap_mark(cue)
    if cue.dep_ not in ("advcl", "conj") or mark is None or mark.lower_ not in ("after", "before"):
        return None, None
    # "a day" on either verb, or on "after" itself
    near = [*cue.head.children, *(c for c in cue.children if c.i < mark.i), *mark.children]
    gap = next((c for c in near if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"), None)
    return (interval_in(entity_text(gap), lex.interval_hedges) if gap is not None else None), mark


def _coming_gap(cue: Token, lex: Lexicon) -> tuple[tuple[int, bool] | None, Token | None]:
    """ "Her remarks came a day after the council, in a statement read on radio, rejected
    ...", "The briefing came a day after the Gazette carried a statement by X calling ...": the words
    of "came <gap> after" tell it wherever the parser hangs the sayings after it, so long as no
    clause with a subject of its own comes between ("came a day after the talks failed, and the
    union said ..." is not)."""
    for mark in (t for t in cue.sent if t.i < cue.i and t.lower_ in ("after", "before")):
        gap = entity_at(cue.doc[mark.i - 1]) if mark.i > cue.sent.start else None
        if gap is None or gap.label_ != "DATE":
            continue
        if not came_before(gap):
            continue
        reaction = _reaction_to(cue, mark)
        if reaction is False or (reaction is None and _own_clause_between(mark, cue)):
            continue
        interval = interval_in(span_text(gap), lex.interval_hedges)
        return (interval, mark) if interval and interval[1] else (None, None)  # a day's gap only
    return None, None


def came_before(gap: Span) -> bool:
    """ "came a day", "came just a day", "comes only two days": a form of "come" before the gap
    (what follows "after" is then a day before the day in force, not a day after it)."""
    if gap.start == gap.sent.start:
        return False
    t = gap.doc[gap.start - 1]
    while t.pos_ in ("DET", "ADV") and t.i > t.sent.start:
        t = t.doc[t.i - 1]
    return t.lemma_.lower() == "come" and t.pos_ == "VERB"


def _reaction_to(cue: Token, mark: Token) -> bool | None:
    """None outside a relative clause. Inside one, a saying belongs to the thing it describes
    ("a day after his visit to Oslo, where the Gazette quoted him as declaring ...": False), but
    one on what the act after "after" did is a reaction to that act, of its day ("came a day
    after X fired two missiles, which Y condemned as …": True)."""
    relative = next((t for t in [cue, *cue.ancestors] if t.dep_ == "relcl"), None)
    if relative is None:
        return None
    act = next((a for a in relative.ancestors if a.pos_ == "VERB"), None)
    return act is not None and any(c.i == mark.i for c in act.children)


def _own_clause_between(mark: Token, cue: Token) -> bool:
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in cue.doc[mark.i + 1 : subject.i]
    )


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
