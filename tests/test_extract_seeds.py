"""The two seed articles in data/articles: who said what, checked on the passages that make or
break the product (attribution traps listed in the issue), plus the two quoted names that are
nobody's statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.articles import load_article

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
FIRST, SECOND = sorted(ARTICLES.glob("*.txt"))


@pytest.fixture(scope="module")
def seeds(extractor):
    return {p: extractor.extract(load_article(p)) for p in (FIRST, SECOND)}


def statement(extraction, fragment):
    hits = [st for st in extraction.statements if fragment in st.content]
    assert hits, fragment
    return min(hits, key=lambda st: st.end - st.start)


# (article, a fragment of the statement, speaker, organisation, said_on)
EXPECTED = [
    (FIRST, "maintaining close communication", "park-il", "foreign-ministry", "2025-12-09"),
    (FIRST, "Discussions have been underway", "park-il", "foreign-ministry", "2025-12-09"),
    (
        FIRST,
        "calls" and "adjust the scale or schedule",
        "chung-dong-young",
        "unification-ministry",
        "2025-12-09",
    ),
    (FIRST, "maintaining sanctions during his November", "kevin-kim", "united-states", "2025-11"),
    (FIRST, "the report as inaccurate", "unification-ministry", "unification-ministry", "2025-12-09"),
    (SECOND, "fundamentally different from", "foreign-ministry", "foreign-ministry", "2025-12-17"),
    (SECOND, "they can join at any time", None, "foreign-ministry", "2025-12-17"),
    (SECOND, "decision not to attend", "jung-chung-rae", "democratic-party", "2025-12-17"),
    (SECOND, "I support the Unification Ministry", "jung-chung-rae", "democratic-party", "2025-12-17"),
    (SECOND, "strengthening autonomy", "jung-chung-rae", "democratic-party", "2025-12-17"),
]


@pytest.mark.parametrize("article, fragment, speaker, actor, said_on", EXPECTED)
def test_who_said_it_for_whom_and_when(seeds, article, fragment, speaker, actor, said_on):
    st = statement(seeds[article], fragment)
    if speaker is None:
        assert st.speaker.anonymous
    else:
        assert st.speaker.id == speaker
    assert (st.actor, st.said_on) == (actor, said_on)


def test_anonymous_officials_of_the_first_article_are_two_people(seeds):
    first = statement(seeds[FIRST], "understood as an effort").speaker.id
    second = statement(seeds[FIRST], "Starting next year").speaker.id
    assert first != second
    assert statement(seeds[FIRST], "still in discussions over the format").speaker.id == first
    assert statement(seeds[FIRST], "communicate closely").speaker.id == second


def test_the_senior_official_is_one_person_throughout_the_second_article(seeds):
    ids = {
        statement(seeds[SECOND], fragment).speaker.id
        for fragment in ("entirely different in purpose", "further strengthen bilateral", "fully mindful",
                         "critical juncture", "Only then can we", "not for us to exclude")
    }  # fmt: skip
    assert len(ids) == 1


def test_the_quote_naming_the_unification_ministry_is_about_it_not_by_it(seeds):
    st = statement(seeds[SECOND], "Whether it\u2019s the Unification Ministry")
    assert st.speaker.id != "unification-ministry" and "unification-ministry" in st.about


def test_quoted_names_are_not_statements(seeds):
    for fragment in ("follow-up consultations to the Korea-US summit Joint Fact Sheet",
                     "Korean Peninsula Peace Strategy Committee"):  # fmt: skip
        short = [
            st
            for st in seeds[SECOND].statements
            if fragment in st.content and len(st.content) < 1.5 * len(fragment) + 10
        ]
        assert short == []


def test_stances_of_the_unification_ministry(seeds):
    exercises = statement(seeds[FIRST], "adjust the scale or schedule")
    boycott = statement(seeds[SECOND], "out of concern that the talks could evolve")
    assert (exercises.concept, exercises.agreement) == ("military-exercises", "support")
    assert (boycott.concept, boycott.agreement) == ("working-group", "oppose")
