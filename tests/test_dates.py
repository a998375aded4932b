"""The date resolver on its own: words that date a saying, against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.extract.dates import resolve_when

THURSDAY = date(2026, 3, 12)


@pytest.mark.parametrize(
    "phrase, published, expected",
    [
        ("Tuesday", THURSDAY, ("2026-03-10", "day")),
        ("yesterday", THURSDAY, ("2026-03-11", "day")),
        ("last month", THURSDAY, ("2026-02", "month")),
        ("last year", THURSDAY, ("2025", "year")),
        ("Nov. 3", THURSDAY, ("2025-11-03", "day")),
        ("March 12", THURSDAY, ("2026-03-12", "day")),
        ("March 13", THURSDAY, ("2025-03-13", "day")),
        ("Feb. 29, 2024", THURSDAY, ("2024-02-29", "day")),
        ("in 2019", THURSDAY, ("2019", "year")),
        # "last March" in a March paper is a year back; "March" alone, or last month's name, is not
        ("last March", THURSDAY, ("2025-03", "month")),
        ("in March", THURSDAY, ("2026-03", "month")),
        ("last February", THURSDAY, ("2026-02", "month")),
        ("last April", THURSDAY, ("2025-04", "month")),
        # a year with the part of it named is still the year
        ("early 2024", THURSDAY, ("2024", "year")),
        ("late 2023", THURSDAY, ("2023", "year")),
        ("mid-2022", THURSDAY, ("2022", "year")),
        # a day of the month with no month named (Korean wire copy: "on the 4th") is the latest one
        ("the 4th", THURSDAY, ("2026-03-04", "day")),
        ("on the 12th", THURSDAY, ("2026-03-12", "day")),
        ("the 21st", THURSDAY, ("2026-02-21", "day")),
        ("the 30th", THURSDAY, None),  # February has none
        # negative cases: nothing to date by
        ("the 4th round", THURSDAY, None),
        ("next Tuesday", THURSDAY, None),
        ("tomorrow", THURSDAY, None),
        ("in 2031", THURSDAY, None),
        ("the weekend", THURSDAY, None),
        ("late 2031", THURSDAY, None),
        ("early 20245", THURSDAY, None),
    ],
)
def test_words_that_date_a_saying(phrase, published, expected):
    assert resolve_when(phrase, published) == expected


@pytest.mark.parametrize(
    "phrase, published",
    [
        ("yesterday", date(1, 1, 1)),  # the day before the calendar starts
        ("Sunday", date(1, 1, 1)),  # a Monday: last Sunday is before year 1
        ("last month", date(1, 1, 20)),
        ("last year", date(1, 6, 1)),
        ("in December", date(1, 3, 1)),  # December of year 0
        ("Dec. 24", date(1, 3, 1)),
        ("Feb. 29", date(2024, 2, 28)),  # the Feb. 29 before publication would be in 2023, a common year
        ("Feb. 29", date(2025, 3, 5)),
        ("Feb. 29, 2023", date(2025, 3, 5)),
        ("Feb. 30", date(2025, 3, 5)),
        ("Feb. 0", date(2025, 3, 5)),
        ("0000", date(2000, 1, 1)),  # found by the fuzz tests
        ("in 0000", date(2000, 1, 1)),
    ],
)
def test_dates_outside_the_calendar_are_no_date(phrase, published):
    assert resolve_when(phrase, published) is None


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Feb. ٢٩", ("2026-02", "month")),  # Arabic-Indic digits are not read as a day
        ("in ٢٠١٩", None),
        ("Feb. 28", ("2026-02-28", "day")),
    ],
)
def test_only_ascii_digits_are_read_as_days_and_years(phrase, expected):
    assert resolve_when(phrase, THURSDAY) == expected


def test_the_end_of_the_calendar_still_resolves():
    assert resolve_when("yesterday", date(9999, 12, 31)) == ("9999-12-30", "day")
    assert resolve_when("Dec. 31", date(9999, 12, 31)) == ("9999-12-31", "day")
