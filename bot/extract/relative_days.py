"""A time phrase read against the day in force (event_dates.py keeps that day): "a day earlier",
"the same day" and "two days later" count from it; "earlier this week" and "last week" from
publication; any other phrase is a calendar date (dates.py)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from bot.extract.dates import resolve_when
from bot.extract.day_phrases import days_counted, ongoing, still_to_come, with_following
from bot.extract.lexicon import Lexicon

When = tuple[str, str]


def read_phrase(
    phrase: str, at: Token | None, anchor: When | None, published: date, lex: Lexicon
) -> When | None:
    """The date a time phrase names, `at` its place in the text (None: read alone); a period up
    to now or a day still to come names none."""
    low = " ".join(phrase.lower().split())
    if at is not None:
        low = with_following(low, at)
        if ongoing(low, at, lex.ongoing_periods) or still_to_come(at, lex):
            return None
    shift = shift_of(low, lex)
    if shift is None:
        return this_week(low, published) or resolve_when(phrase, published)
    if anchor is None or anchor[1] != "day":
        return None  # "a day earlier" than a month: unknown
    day = date.fromisoformat(anchor[0]) + timedelta(days=shift)
    return (day.isoformat(), "day") if day <= published else None


def shift_of(low: str, lex: Lexicon) -> int | None:
    """Days from the day in force: "a day earlier" -1, "a day after" +1, "the same day" 0,
    "two days later" +2."""
    for shift, phrases in (
        (-1, lex.day_before_phrases),
        (1, lex.day_after_phrases),
        (0, lex.same_day_phrases),
    ):
        if low in phrases:
            return shift
    return days_counted(low)


def this_week(low: str, published: date) -> When | None:
    """ "earlier this week": the day before publication (within the week); "last week": its month,
    or, for a week across two months, its middle day with the precision "week" (either month alone
    would be wrong for half of it)."""
    if low in ("earlier this week", "earlier in the week") and published.weekday() > 0:
        return (published - timedelta(days=1)).isoformat(), "day"
    if low in ("last week", "late last week", "early last week", "a week ago"):
        monday = published - timedelta(days=published.weekday() + 7)
        sunday = monday + timedelta(days=6)
        if monday.month == sunday.month:
            return f"{monday.year:04d}-{monday.month:02d}", "month"
        return (monday + timedelta(days=2)).isoformat(), "week"  # across two months: its middle
    return None


def within(day: str, period: When) -> bool:
    """Whether a day falls in a vague period: its month or year, or the week around its middle."""
    if period[1] == "week":
        return abs((date.fromisoformat(day) - date.fromisoformat(period[0])).days) <= 3
    return day.startswith(period[0])
