"""A time of day that names its day ("late Wednesday", "Tuesday night") is a date.

The entity recogniser of en_core_web_sm tags "late Wednesday" or "Monday morning" as TIME, and
every dating rule reads DATE entities only; the day such a phrase names is when something was
said ("USFK said in a statement late Wednesday"). A time with no day ("at 7:12 a.m.") stays TIME.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from bot.extract.dates import MONTH_RE, WEEKDAYS

WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday)\b", re.I)


def with_named_days(doc: Doc) -> Doc:
    """The doc with each TIME entity that names a day relabelled DATE (in place)."""
    ents = doc.ents
    if any(_names_day(e) for e in ents):
        doc.ents = [Span(doc, e.start, e.end, label="DATE") if _names_day(e) else e for e in ents]
    return doc


def _names_day(ent: Span) -> bool:
    if ent.label_ != "TIME":
        return False
    m = MONTH_RE.search(ent.text)
    return bool(WEEKDAY.search(ent.text) or (m and m.group(2)))
