"""What /stance, /compare and /search say about positions: each statement's own side inside its
group, a position that is the latest with its history, counts that say what they count, disputed
reports, quote marks only for direct quotes, "N more" when a list is cut. A hand-made store of
invented statements (no extractor), so whole lines can be compared."""

from __future__ import annotations

import pytest

from bot import queries, render_text
from bot.articles import parse_article
from bot.discord_app import render
from bot.model import Actor, Concept, Dispute, Extraction
from bot.store import open_store, save_article, sync_tables
from bot.store.views import ActorRef, StatementView
from bot.wording import as_read
from tests.handmade import statement

ACTORS = (
    Actor("valdoria", "Valdoria", "government"),
    Actor("harbour-office", "Harbour Office", "ministry", "valdoria"),
    Actor("ferro-party", "Ferro Party", "party", "valdoria"),
    Actor("ina-voss", "Ina Voss", "person", "harbour-office"),
    Actor("tal-brenn", "Tal Brenn", "person", "ferro-party"),
)
CONCEPTS = (
    Concept("tolls", "Harbour tolls should be raised"),
    Concept("ferries", "Night ferries should run"),
)

JANUARY = """\
 date 2026-01-14 Tolls debate opens

Ina Voss said tolls should rise this spring.

"Higher tolls pay for the new pier," Ina Voss said.
"""
MARCH = """\
 date 2026-03-20 Harbour Office stays the course

Ina Voss said the office still backed higher tolls.

Ina Voss said the night ferries were discussed, without a decision.
"""
MAY = """\
 date 2026-05-06 Harbour Office changes course

Ina Voss said tolls must not rise after all.

A harbour weekly reported that Ina Voss wanted the night ferries scrapped, but the Harbour Office
dismissed the report as false.

Tal Brenn said the Harbour Office had lost its way. Tal Brenn said the Harbour Office was slow.
Tal Brenn said the Harbour Office was late.
"""


def _articles():
    jan, mar, may = (
        parse_article(t, f"{n}.txt") for n, t in (("jan", JANUARY), ("mar", MARCH), ("may", MAY))
    )
    voss = ("ina-voss", "Ina Voss", "Ina Voss")
    brenn = ("tal-brenn", "Tal Brenn", "Tal Brenn")
    office = ("harbour-office", "Harbour Office", "the Harbour Office")
    weekly = ("anon-weekly-1", "A harbour weekly", "A harbour weekly", True)
    denial = statement(
        may,
        "the report as false",
        office,
        kind="position",
        kind_="ministry",
        cue="dismissed",
        actor="harbour-office",
        about=("ina-voss",),
    )
    disputed = (Dispute("harbour-office", denial.start, denial.end),)
    return [
        (jan, Extraction((
            statement(jan, "tolls should rise this spring", voss, actor="harbour-office", concept="tolls",
                      agreement="support", stance_cue="should rise"),
            statement(jan, "Higher tolls pay for the new pier,", voss, kind="direct", actor="harbour-office",
                      concept="tolls", agreement="neutral"),
        ))),
        (mar, Extraction((
            statement(mar, "the office still backed higher tolls", voss, actor="harbour-office",
                      concept="tolls", agreement="support", stance_cue="backed"),
        ))),
        (may, Extraction((
            statement(may, "tolls must not rise after all", voss, actor="harbour-office", concept="tolls",
                      agreement="oppose", stance_cue="must not rise"),
            statement(may, "Ina Voss wanted the night ferries scrapped", weekly, cue="reported",
                      disputed_by=disputed),
            statement(may, "the night ferries scrapped", voss, kind="position", cue="wanted",
                      actor="harbour-office", concept="ferries", agreement="oppose", disputed_by=disputed),
            denial,
            *(statement(may, f"the Harbour Office {what}", brenn, actor="ferro-party",
                        about=("harbour-office",)) for what in ("had lost its way", "was slow", "was late")),
        ))),
    ]  # fmt: skip


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "stance.db") as db:
        await sync_tables(db, ACTORS, CONCEPTS)
        for article, extraction in _articles():
            await save_article(db, article, extraction)
        yield db


async def test_a_position_is_the_latest_with_its_history_and_counts_that_say_what_they_count(db):
    report = await queries.stance(db, "harbour-office", "tolls")
    lines = render_text.stance(report).splitlines()
    assert lines[2] == (
        "tolls: supported until 2026-03, opposes since 2026-05 (4 statements: 2 support, 1 oppose, 1 neutral)"
    )


async def test_each_statement_shows_its_own_side_inside_its_group(db):
    text = render_text.stance(await queries.stance(db, "harbour-office", "tolls"))
    sides = [line.split(" · ")[0].strip() for line in text.splitlines() if line.startswith("      ")]
    assert sides == ["opposes", "supports", "supports", "neutral"]  # newest first


async def test_a_disputed_report_says_so_and_decides_nothing(db):
    report = await queries.stance(db, "ina-voss")
    ferries = next(p for p in report.positions if p.concept == "ferries")
    denial_id = ferries.statements[0].disputed_by[0][1]
    assert ferries.agreement is None and ferries.statements[0].disputed_by == (("Harbour Office", denial_id),)
    text = render_text.stance(report)
    assert "ferries: disputed report, no position (1 statement: 1 disputed)" in text
    assert f"disputed by Harbour Office (#{denial_id})" in text
    table = render_text.compare(await queries.compare(db, "ina-voss", "tal-brenn"))
    row = next(line for line in table.splitlines() if line.startswith("ferries"))
    assert row.split()[1:5] == ["disputed", "report,", "no", "position"]


async def test_the_denial_shows_under_the_subject_of_the_report(db):
    report = await queries.stance(db, "ina-voss")
    assert [v.content for v in report.about] == ["the report as false"]


async def test_what_others_said_says_how_many_more_there_are(db):
    report = await queries.stance(db, "harbour-office", limit_about=2)
    assert (len(report.about), report.about_total) == (2, 3)
    assert render_text.stance(report).endswith("  … and 1 more")
    assert report.about_total == len((await queries.stance(db, "harbour-office")).about)


async def test_search_shows_the_statement_not_the_speaker_s_name(db):
    hits = await queries.search(db, "Brenn")
    assert hits and all("Brenn" not in hit.snippet for hit in hits)
    assert {hit.snippet for hit in hits} == {
        "the Harbour Office had lost its way",
        "the Harbour Office was slow",
        "the Harbour Office was late",
    }


async def test_discord_shows_the_position_its_history_and_each_statement_s_side(db):
    page = render.stance(await queries.stance(db, "harbour-office", "tolls"))[0].description
    assert (
        "`tolls` — **supported until 2026-03, opposes since 2026-05** (4 statements: 2 support, 1 oppose"
        in page
    )
    assert "> **opposes**: Ina Voss said tolls must not rise after all" in page
    assert "> **supports**: Ina Voss said the office still backed higher tolls" in page


def _view(kind: str, cue: str | None, content: str, speaker: str = "Ina Voss") -> StatementView:
    who = ActorRef("x", speaker, "person")
    return StatementView(1, kind, content, cue, who, speaker, None, None, None, None, None, (), 1, "t", None)


@pytest.mark.parametrize(
    ("kind", "cue", "content", "expected"),
    [
        ("direct", "said", "We will raise tolls.", "“We will raise tolls.”"),
        ("reported", "said", "tolls would rise", "Ina Voss said tolls would rise"),
        ("position", "decided not to open", "not to open the pier", "Ina Voss decided not to open the pier"),
        ("partial", "called", 'the plan "a gift"', 'Ina Voss called the plan "a gift"'),
        ("reported", "according to", "tolls will rise", "According to Ina Voss, tolls will rise"),
        ("reported", None, "tolls will rise", "Ina Voss: tolls will rise"),
        # a mixed quote cut at the edge of the statement's words is closed or opened again
        (
            "partial",
            "called",
            "the plan “a gift to the fleets",
            "Ina Voss called the plan “a gift to the fleets”",
        ),
        (
            "partial",
            "called",
            'the plan "a gift to the fleets',
            'Ina Voss called the plan "a gift to the fleets"',
        ),
        ("position", "expressed", "deep regret” on Tuesday", "Ina Voss expressed “deep regret” on Tuesday"),
        # negatives: balanced quote marks are left as they are
        (
            "partial",
            "called",
            "the plan “a gift” and “a trap”",
            "Ina Voss called the plan “a gift” and “a trap”",
        ),
        ("position", "expressed", "regret", "Ina Voss expressed regret"),
    ],
)
def test_only_a_direct_quote_stands_in_quote_marks(kind, cue, content, expected):
    assert as_read(_view(kind, cue, content)) == expected


def test_an_unnamed_source_starts_its_sentence_with_a_capital():
    view = _view("reported", "said", "tolls would rise", speaker="a harbour official")
    assert as_read(view) == "A harbour official said tolls would rise"
