"""When something was said, from the article's date and the words that date the saying.

Only time expressions that modify the cue (the verb of saying or acting) count: "said Tuesday",
"on Wednesday backed", "urged ... during his November meeting". A date inside what was said
("the fact sheet ... on Nov. 14") or owned by a noun ("Tuesday's consultations") is not when
it was said. Relative days resolve to the latest such day on or before publication. A date the
calendar cannot hold (the day before 0001-01-01, Feb. 29 of a common year) is no date: the words
are still a statement, only undated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_RE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+([0-9]{1,2})(?:st|nd|rd|th)?)?"
    r"(?:,?\s+([0-9]{4}))?\b",
    re.I,
)
# "the 4th", "on the 21st": a day of the month with no month named
DAY_OF_MONTH = re.compile(r"^(?:on\s+)?the\s+([0-9]{1,2})(?:st|nd|rd|th)$")
# "2023", "in 2023", "early 2024", "late 2023", "mid-2022"; [0-9]: \d also takes other scripts' digits
YEAR_RE = re.compile(r"^(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?([0-9]{4})$")


def resolve_when(phrase: str, published: date) -> tuple[str, str] | None:
    """('2025-12-09', 'day') for 'Tuesday' in an article of 2025-12-10, etc.; None if unknown or
    outside the calendar."""
    try:
        return _resolve(phrase, published)
    except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999
        return None


def _resolve(phrase: str, published: date) -> tuple[str, str] | None:
    low = phrase.lower().strip()
    if "next" in low.split() or "tomorrow" in low:
        return None
    relative = _relative_period(low, published)
    if relative:
        return relative
    for i, name in enumerate(WEEKDAYS):
        if name in low:
            back = (published.weekday() - i) % 7
            if back == 0 and re.search(rf"\blast {name}\b", low):
                back = 7  # "last Tuesday" in Tuesday's paper is a week ago
            return (published - timedelta(days=back)).isoformat(), "day"
    if "yesterday" in low:
        return (published - timedelta(days=1)).isoformat(), "day"
    if low in ("today", "this morning", "this afternoon", "tonight", "this evening"):
        return published.isoformat(), "day"
    m = MONTH_RE.search(phrase)
    if m:
        last = re.search(r"\blast\s*$", phrase[: m.start()], re.I) is not None
        return _month_day(MONTHS[m.group(1).lower()], m.group(2), m.group(3), published, last)
    m = DAY_OF_MONTH.match(low)
    if m:
        return _day_of_month(int(m.group(1)), published)
    m = YEAR_RE.match(low)
    if m and 1 <= int(m.group(1)) <= published.year:  # year 0 is not in the calendar
        return m.group(1), "year"
    return None


def _day_of_month(day: int, published: date) -> tuple[str, str] | None:
    """ "on the 4th", as Korean wire copy in English dates things: the latest 4th on or before
    publication (this month's, else last month's)."""
    if day <= published.day:
        return date(published.year, published.month, day).isoformat(), "day"
    last = published.replace(day=1) - timedelta(days=1)
    return date(last.year, last.month, day).isoformat(), "day"  # the 31st of a short month raises


def _relative_period(low: str, published: date) -> tuple[str, str] | None:
    """ "last month" / "earlier this month" / "last year": the month or year, no day to give."""
    if "last month" in low:
        y, m = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return (f"{y:04d}-{m:02d}", "month") if y >= 1 else None
    if "this month" in low:
        return f"{published.year:04d}-{published.month:02d}", "month"
    if "last year" in low:
        return (f"{published.year - 1:04d}", "year") if published.year > 1 else None
    if "this year" in low:
        return f"{published.year:04d}", "year"
    return None


def _month_day(
    month: int, day: str | None, year: str | None, published: date, last: bool = False
) -> tuple[str, str] | None:
    """ "last September" in a September paper is a year back: this month is "this September"."""
    this_year = month < published.month or (month == published.month and not (last and not day))
    y = int(year) if year else (published.year if this_year else published.year - 1)
    if day:
        if not year and (month, int(day)) > (published.month, published.day):
            y = published.year - 1  # a day later in the year than publication was last year's
        when = date(y, month, int(day))  # Feb. 29 of a common year raises: no date
        return when.isoformat(), "day"
    return (f"{y:04d}-{month:02d}", "month") if y >= 1 else None
