"""Query functions on a hand-made store (tests/handmade.py): whole answers compared."""

from __future__ import annotations

from datetime import date

import pytest

from bot import queries, render_text
from bot.errors import BadQuery, NotFound
from bot.queries import ActorRef, StatementView, decide_agreement
from bot.store import open_store
from tests.handmade import fill


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "stance.db") as db:
        await fill(db)
        yield db


def shape(report) -> list:
    """A stance report as (concept, agreement, total, statement ids) rows."""
    return [(p.concept, p.agreement, p.total, [v.id for v in p.statements]) for p in report.positions]


STANCE_UNIFICATION = """\
Unification Ministry (unification-ministry, ministry, of south-korea): 2 statements, 2025-12-09 to 2025-12-17

working-group: opposes (1 statement: 1 oppose)
  A standing South Korea-US working group should steer North Korea policy
  2025-12-17  Unification Ministry [position, "decided"] #4
    Unification Ministry decided not to join the consultations on a working group
      opposes · deciding words “not to join” · article 2: Ministry stays away from talks

military-exercises: supports (1 statement: 1 support)
  Combined military exercises should be scaled back to revive dialogue
  2025-12-09  Chung Dong-young (Unification Minister) for Unification Ministry [reported, "called for"] #2
    Chung Dong-young called for scaling back military exercises
      supports · deciding words “called for” · article 1: Seoul and Washington to meet regularly

What others said about Unification Ministry:
  2025-12-17  Jung Chung-rae (Democratic Party leader) for Democratic Party of Korea [direct, "said"] #5
    “I support the Unification Ministry's position,”
      about unification-ministry · article 2: Ministry stays away from talks"""


async def test_stance_of_a_ministry_shows_its_positions_then_what_others_said(db):
    report = await queries.stance(db, "unification-ministry")
    assert render_text.stance(report) == STANCE_UNIFICATION


async def test_stance_of_an_organisation_includes_its_people_newest_first(db):
    report = await queries.stance(db, "Foreign Ministry")
    assert shape(report) == [("working-group", "support", 2, [6, 1]), ("sanctions", "oppose", 2, [7, 3])]
    assert (report.statement_count, report.first_date, report.last_date) == (4, "2025-12-09", "2025-12-17")
    assert report.about == ()


async def test_stance_of_a_person_shows_only_his_own(db):
    report = await queries.stance(db, "PARK IL")
    assert report.actor == ActorRef(
        "park-il", "Park Il", "person", "foreign-ministry", "Foreign Ministry spokesperson"
    )
    assert shape(report) == [("working-group", "support", 2, [6, 1])]


async def test_stance_of_a_government_climbs_the_whole_tree(db):
    report = await queries.stance(db, "seoul")
    assert shape(report) == [
        ("working-group", "mixed", 3, [4, 6, 1]),  # 12-17: the Unification Ministry opposes, Park Il supports
        ("military-exercises", "support", 1, [2]),
        ("sanctions", "oppose", 2, [7, 3]),
        (None, None, 1, [5]),
    ]


async def test_stance_limits_statements_per_concept_but_keeps_the_total(db):
    report = await queries.stance(db, "foreign-ministry", concept="Sanctions", limit_per_concept=1)
    assert shape(report) == [("sanctions", "oppose", 2, [7])]
    assert report.statement_count == 2


async def test_stance_of_an_actor_without_statements_is_empty_not_an_error(db):
    report = await queries.stance(db, "united-states")
    assert (report.positions, report.about, report.statement_count, report.first_date) == ((), (), 0, None)
    assert render_text.stance(report).endswith("No statements by United States (or its people) yet.")


async def test_stance_on_a_concept_it_never_spoke_on_says_so_not_that_it_never_spoke(db):
    report = await queries.stance(db, "foreign-ministry", concept="military-exercises")
    assert report.statement_count == 0 and report.concept == "military-exercises"
    assert render_text.stance(report).endswith(
        "No statements by Foreign Ministry (or its people) on military-exercises yet."
    )
    everything = await queries.stance(db, "foreign-ministry")
    assert everything.statement_count > 0 and everything.concept is None


def view(sid: int, agreement: str | None, said_on: str) -> StatementView:
    ref = ActorRef("x", "X", "person")
    return StatementView(
        sid, "direct", "…", None, ref, "X", None, said_on, "c", agreement, None, (), 1, "t", said_on
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], None),
        ([("support", "2025-12-17"), ("oppose", "2025-12-09")], "support"),
        ([("oppose", "2025-12-17"), ("support", "2025-12-17")], "mixed"),
        ([("neutral", "2025-12-17"), ("support", "2025-12-17")], "neutral"),
        ([(None, "2025-12-17"), ("oppose", "2025-12-09")], "oppose"),  # no stance found: the older one holds
        ([(None, "2025-12-17")], None),
    ],
)
def test_the_deciding_agreement_is_the_newest_one(rows, expected):
    assert decide_agreement([view(i, a, d) for i, (a, d) in enumerate(rows)]) == expected


QUOTES_MOFA_SANCTIONS = """\
  2025-12-17  Kim Min-ji for Foreign Ministry [reported, "said"] #7
    Kim Min-ji said sanctions should be eased
      sanctions: opposes · deciding words “should be eased” · article 2: Ministry stays away from
      talks
  2025-12-09  a Foreign Ministry official for Foreign Ministry [reported, "said"] #3
    A Foreign Ministry official said sanctions must stay
      sanctions: supports · deciding words “must stay” · about north-korea · article 1: Seoul and
      Washington to meet regularly"""


async def test_quotes_by_alias_and_concept(db):
    assert render_text.quotes(await queries.quotes(db, "mofa", concept="sanctions")) == QUOTES_MOFA_SANCTIONS


@pytest.mark.parametrize(
    ("since", "limit", "expected"),
    [(None, 50, [6, 7, 1, 3]), (date(2025, 12, 10), 50, [6, 7]), (date(2026, 1, 1), 50, []), (None, 1, [6])],
)
async def test_quotes_since_a_date_and_limited(db, since, limit, expected):
    assert [v.id for v in await queries.quotes(db, "foreign-ministry", since=since, limit=limit)] == expected


async def test_timeline_is_oldest_first_in_text_order(db):
    assert [v.id for v in await queries.timeline(db, "foreign-ministry")] == [1, 3, 6, 7]
    assert [v.id for v in await queries.timeline(db, "foreign-ministry", limit=2)] == [6, 7]


async def test_compare_two_actors(db):
    table = render_text.compare(await queries.compare(db, "foreign-ministry", "unification-ministry"))
    assert table == (
        "concept             Foreign Ministry    "
        "                                             Unification Ministry\n"
        "working-group       supports (2 statements: 1 support, 1 oppose; latest 2025-12-17)"
        "  opposes (1 statement: 1 oppose; latest 2025-12-17)\n"
        "military-exercises  -                   "
        "                                             supports (1 statement: 1 support; latest 2025-12-09)\n"
        "sanctions           opposes (2 statements: 1 support, 1 oppose; latest 2025-12-17)   -"
    )


async def test_actors_are_listed_with_counts_including_discovered_and_referenced_ones(db):
    rows = [(s.actor.slug, s.actor.kind, s.statement_count) for s in await queries.list_actors(db)]
    assert rows == [
        ("south-korea", "government", 7),
        ("foreign-ministry", "ministry", 4),
        ("park-il", "person", 2),
        ("unification-ministry", "ministry", 2),
        ("chung-dong-young", "person", 1),
        ("democratic-party", "party", 1),
        ("jung-chung-rae", "person", 1),
        ("kim-min-ji", "person", 1),  # discovered by the extractor
        ("north-korea", "other", 0),  # only named in `about`
        ("united-states", "government", 0),
    ]


async def test_article_lists_its_statements_in_text_order(db):
    found = await queries.article(db, 2)
    assert (found.title, found.published, found.path, found.statement_count) == (
        "Ministry stays away from talks", "2025-12-17", "a2.txt", 4,
    )  # fmt: skip
    assert [v.id for v in found.statements] == [4, 5, 6, 7]
    with pytest.raises(NotFound, match="unknown article '99'"):
        await queries.article(db, 99)


@pytest.mark.parametrize(
    ("typed", "slug"),
    [("park-il", "park-il"), ("Park Il", "park-il"), ("  park   il ", "park-il"), ("PARK-IL", "park-il"),
     ("ministry of foreign affairs", "foreign-ministry"), ("Mofa", "foreign-ministry"),
     ("us", "united-states"), ("kim min-ji", "kim-min-ji")],
)  # fmt: skip
async def test_actors_by_slug_name_or_alias_in_any_case(db, typed, slug):
    assert (await queries.resolve_actor(db, typed)).slug == slug


@pytest.mark.parametrize(
    ("typed", "suggestions"),
    [("park ill", ["park-il"]), ("foriegn ministry", ["foreign-ministry"]), ("xyzzy", [])],
)
async def test_unknown_actor_gets_suggestions(db, typed, suggestions):
    with pytest.raises(NotFound) as caught:
        await queries.stance(db, typed)
    assert caught.value.suggestions == suggestions
    hint = f"did you mean {', '.join(suggestions)}?" if suggestions else "list them with `actors`"
    assert str(caught.value) == f"unknown actor {typed!r}; {hint}"


async def test_unknown_concept_and_empty_actor(db):
    with pytest.raises(NotFound, match="unknown concept 'sanctons'; did you mean sanctions"):
        await queries.quotes(db, "park-il", concept="sanctons")
    with pytest.raises(BadQuery):
        await queries.stance(db, "  ")
    with pytest.raises(BadQuery):
        await queries.quotes(db, "park-il", limit=0)


async def test_search_ranks_matches_and_marks_them(db):
    hits = await queries.search(db, "working group")
    assert {h.statement.id for h in hits} == {1, 4, 6}
    assert "**working** **group**" in hits[0].snippet
    by_speaker = await queries.search(db, "Jung")
    assert [h.statement.id for h in by_speaker] == [5]


async def test_search_stems_words(db):
    assert {h.statement.id for h in await queries.search(db, "sanction")} == {3, 7}


HOSTILE = ['"', "*", "NEAR(", "a OR", ")(", "'", "DROP TABLE statements;", "working*", "group)", "AND",
           '"working', "col:working", "^working", "NOT working", "working -group", "\x00", "-",
           "🙂"]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
async def test_hostile_search_text_never_raises(db, text):
    hits = await queries.search(db, text)
    assert isinstance(hits, list)
    assert len(await queries.search(db, "sanctions")) == 2  # nothing was dropped


@pytest.mark.parametrize(
    ("text", "ids"),
    [("(working", {1, 4, 6}), ('"working', {1, 4, 6}), ("group)", {1, 4, 6}), ("NEAR( working", set())],
)
async def test_punctuation_around_words_is_only_text(db, text, ids):
    assert {h.statement.id for h in await queries.search(db, text)} == ids


@pytest.mark.parametrize("text", ["", "   ", "\n"])
async def test_empty_search_says_what_to_try(db, text):
    with pytest.raises(BadQuery, match="search needs some words"):
        await queries.search(db, text)


async def test_complete_actor_prefers_prefixes_and_forgives_typos(db):
    assert await queries.complete_actor(db, "chu") == [
        ("Chung Dong-young (chung-dong-young)", "chung-dong-young"),  # the whole name starts so
        ("Jung Chung-rae (jung-chung-rae)", "jung-chung-rae"),  # one word of it does
    ]
    assert [slug for _, slug in await queries.complete_actor(db, "unifcation")] == ["unification-ministry"]
    assert [slug for _, slug in await queries.complete_actor(db, "")][:2] == [
        "south-korea",
        "foreign-ministry",
    ]
    assert await queries.complete_actor(db, "qqqq") == []


async def test_complete_concept(db):
    assert [slug for _, slug in await queries.complete_concept(db, "sanc")] == ["sanctions"]
    assert [slug for _, slug in await queries.complete_concept(db, "")] == [
        "working-group", "military-exercises", "sanctions",
    ]  # fmt: skip


async def test_a_common_query_ranks_only_its_newest_matches(db, monkeypatch):
    from bot.store import search as search_sql

    monkeypatch.setattr(search_sql, "WINDOW", 2)  # bench_queries.py runs it at the real 1000
    assert {h.statement.id for h in await queries.search(db, "working group")} == {4, 6}
    assert {h.statement.id for h in await queries.search(db, "sanctions")} == {3, 7}


@pytest.mark.parametrize(("since", "found"), [(date(2025, 11, 20), True), (date(2025, 12, 1), False)])
async def test_since_keeps_a_statement_dated_only_to_a_month_that_may_fall_after_it(seeded_db, since, found):
    said = [v.said_on for v in await queries.quotes(seeded_db, "kevin-kim", since=since)]
    assert said == (["2025-11"] if found else [])


async def test_a_statement_dated_to_a_week_across_two_months_reads_as_that_week(tmp_path):
    # "said last week" in an article of Wednesday 4 November: a week that began in October is
    # neither month, so the extractor keeps its middle day with the precision "week"; answers must
    # not show that day as if the article had named it
    from bot.articles import parse_article
    from bot.model import Extraction
    from bot.store import save_article, sync_tables
    from tests.handmade import ACTORS, CONCEPTS, statement

    a = parse_article(
        " date 2026-11-04 Harbour talks\n\nPark Il said last week that the pier must reopen.\n\n"
        "Park Il said on Monday that the ferry would wait.\n",
        "w.txt",
    )
    park = ("park-il", "Park Il", "Park Il")
    extraction = Extraction((
        statement(a, "the pier must reopen", park, actor="foreign-ministry", said_on="2026-10-28",
                  said_on_precision="week"),
        statement(a, "the ferry would wait", park, actor="foreign-ministry", said_on="2026-11-02",
                  said_on_precision="day"),
    ))  # fmt: skip
    async with open_store(tmp_path / "stance.db") as db:
        await sync_tables(db, ACTORS, CONCEPTS)
        await save_article(db, a, extraction)
        views = await queries.quotes(db, "park-il")
        from bot.store.digest import fetch_latest_arrival, fetch_new_statements

        arrived = await fetch_new_statements(db, 0, await fetch_latest_arrival(db))
    # the digest reads the precision too
    assert [(s.said_on, s.said_on_precision) for s in arrived] == [
        ("2026-10-28", "week"),
        ("2026-11-02", "day"),
    ]
    text = render_text.quotes(views)
    from bot.discord_app import render as discord_render  # the same wording in Discord

    dates = [discord_render.timeline_entry(v).split("`")[1] for v in views]
    assert dates == ["2026-11-02", "week of 2026-10-26"]
    assert "week of 2026-10-26" in text  # the week's Monday
    assert "2026-10-28" not in text  # never the middle day the article did not name
    assert "2026-11-02" in text  # a day the article named stays that day
