"""Disputed reports: a media report an actor denies is marked, by whom and where, and the denial
counts as said about whoever the report says acted. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from bot.articles import parse_article

PUBLISHED = date(2026, 3, 12)


def extract(x, *paragraphs):
    return x.extract(parse_article("\n\n".join(paragraphs), "t.txt", PUBLISHED)).statements


def find(statements, fragment):
    return next(st for st in statements if fragment in st.content)


def test_a_denied_media_report_is_disputed_by_the_denier(extractor):
    got = extract(
        extractor,
        "A local newspaper reported that Kevin Kim pressed Seoul to tighten sanctions, "
        "but the Unification Ministry on Monday dismissed the report as groundless.",
    )
    denial = find(got, "the report as groundless")
    disputed = [st for st in got if st.disputed_by]
    assert disputed and all(d.by == "unification-ministry" for st in disputed for d in st.disputed_by)
    assert all((d.start, d.end) == (denial.start, denial.end) for st in disputed for d in st.disputed_by)
    assert "kevin-kim" in denial.about


def test_a_denial_in_the_next_paragraph_still_answers_the_report(extractor):
    got = extract(
        extractor,
        "According to a report by a Seoul daily, Pyongyang offered to reopen the liaison line.",
        "The Foreign Ministry denied the report on Tuesday.",
    )
    assert any(st.disputed_by for st in got)


def test_a_report_nobody_denies_and_a_denial_of_something_else_are_not_disputes(extractor):
    got = extract(
        extractor,
        "A local newspaper reported that Kevin Kim pressed Seoul to tighten sanctions.",
        "The Unification Ministry dismissed calls for a new committee.",
    )
    assert not any(st.disputed_by for st in got)


def test_a_denial_of_a_report_without_a_medium_before_it_disputes_nothing(extractor):
    got = extract(
        extractor,
        "Kevin Kim said Seoul should tighten sanctions.",
        "The Unification Ministry dismissed the report as inaccurate.",
    )
    assert not any(st.disputed_by for st in got)
