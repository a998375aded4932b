"""Relative day phrases, read where they stand: how many days "a day" or "two weeks" is, which
way a bare "a day" counts ("a day after the summit"), a period up to now ("so far this year") that
dates no saying, and "the same day" in a cue's sentence or the one before (event_dates.py counts
them from the day in force)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.doc_cache import entity_at, kept, sentence_of
from bot.extract.lexicon import Lexicon
from bot.extract.names import span_text

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
COUNTED = {"later": 1, "after": 1, "earlier": -1, "before": -1}  # which way a count of days runs


def interval_in(phrase: str, hedges: frozenset[str]) -> tuple[int, bool] | None:
    """(days, whether the day itself is known): "a day" (1, True), "three days" (3, True), "a
    week" (7, True); "six weeks", "a month" or "roughly three days" (42, 30, 3: False, only the
    month is known: news rounds such gaps); None for anything else ("days", "a few weeks")."""
    words = phrase.lower().split()
    hedged = next((n for n in (2, 1) if " ".join(words[:n]) in hedges), 0)
    words = words[hedged:]
    if len(words) != 2 or words[1] not in UNIT_DAYS:
        return None
    n = NUMBER_WORDS.get(words[0]) or (int(words[0]) if words[0].isascii() and words[0].isdigit() else None)
    if not n:
        return None
    unit = UNIT_DAYS[words[1]]
    return n * unit, not hedged and (unit == 1 or n * unit == 7)


def days_counted(low: str) -> int | None:
    """ "two days later" +2, "three days earlier" -3: a count of whole days from the day in force
    (a week at most; a longer or hedged gap names only a month)."""
    head, _, way = low.rpartition(" ")
    interval = interval_in(head, frozenset()) if way in COUNTED else None
    if interval is None or not interval[1] or interval[0] > 7:
        return None
    return interval[0] * COUNTED[way]


def ongoing(low: str, at: Token, periods: frozenset[str]) -> bool:
    """ "so far this year", "this year alone": a period up to now, which dates no saying (the
    parser may leave "so far" out of the date)."""
    ent = entity_at(at)
    start = ent.start if ent is not None else at.i
    before = at.doc[max(start - 2, 0) : start]
    return low in periods or f"{span_text(before).lower()} {low}" in periods


def same_day(cue: Token, lex: Lexicon) -> bool:
    """ "the same day" in the cue's sentence or the one before it in the paragraph."""
    sent = sentence_of(cue)
    before: Span | None = sentence_of(cue.doc[sent.start - 1]) if sent.start > 0 else None
    return any(s is not None and _sayssame_day(s, lex.same_day) for s in (sent, before))


def _sayssame_day(sent: Span, pattern) -> bool:
    """Whether the sentence's narration says "the same day" (read once per sentence); not the
    words quoted in it ("“…, that day will be the end of the regime,” he said at the time")."""
    key = ("same day", pattern, sent.start)
    return kept(sent.doc, key, lambda _: bool(pattern.search(unquoted(span_text(sent)))))


def said_then(cue: Token, lex: Lexicon) -> bool:
    """ "X told a panel in May that … / “…,” X said at the time": a phrase on the cue itself
    (`then_phrases`) that points back to the speaker's last dated saying; not "at the time of
    the crisis", a thing's time."""
    phrases = (cue.doc[c.left_edge.i : c.right_edge.i + 1] for c in cue.children if c.dep_ in MODIFIERS)
    return any(span_text(p).lower() in lex.then_phrases for p in phrases)


MODIFIERS = ("prep", "advmod", "npadvmod")


PAIRED_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def unquoted(text: str) -> str:
    """The text less what it quotes: paired quotes, and a quote still open at either end."""
    text = PAIRED_QUOTE.sub(" ", text)
    text = text.rsplit("”", 1)[-1]  # a quote that began in an earlier sentence closes here
    return text.split("“", 1)[0]  # ... or one that goes on past it


def with_following(low: str, at: Token) -> str:
    """ "a day" + "after the summit": the word after a bare "a day" ("two days") says which way
    it counts."""
    ent = entity_at(at)
    if ent is None or ent.end >= len(at.doc) or not low.endswith(("day", "days")):
        return low
    nxt = at.doc[ent.end].lower_
    return f"{low} {nxt}" if nxt in ("after", "before", "earlier", "later") else low


def still_to_come(at: Token, lex: Lexicon) -> bool:
    """ "will meet in Geneva on Saturday", "is expected to travel on Saturday", "plans to hold a
    hearing on Friday", "talks scheduled for Friday": a day of something still to come, which
    dates no saying (a bare weekday would otherwise be read as the last one past)."""
    verb = next((a for a in at.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if _foretold(verb, lex):
        return True
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and verb.dep_ == "xcomp" and _foretold(verb.head, lex)


def _foretold(verb: Token, lex: Lexicon) -> bool:
    """A verb told in the future ("will meet") or one that looks ahead ("expected", "plans",
    "scheduled", `looking_ahead_verbs`)."""
    if any(c.dep_ == "aux" and c.lower_ in lex.future_auxiliaries for c in verb.children):
        return True
    return verb.lemma_.lower() in lex.looking_ahead_verbs
