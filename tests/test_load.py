"""One question must not hold up the others (issue 9): bounded search, read-only readers beside the
one writer, a time budget per question, a per-member rate limit."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot import queries
from bot.console import answer_line, ask
from bot.errors import BadQuery, NotFound, RateLimited, TooBroad
from bot.rate_limit import RateLimit
from bot.store import open_store, transaction
from bot.store import readers as readers_module
from bot.store.readers import open_readers, store_path, time_budget
from bot.store.search import fts_query, fts_terms
from tests.handmade import fill

# Counts forever: only the budget ends it.
RUNAWAY = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "stance.db") as db:
        await fill(db)
        yield db


async def runaway(db) -> list:
    return await db.execute_fetchall(RUNAWAY)


# --- bounded search ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("korea " * 1000, ["korea"]),  # issue 9: 1,000 copies of one word took 11 s
        ("Korea korea KOREA talks", ["KOREA", "talks"]),  # FTS5 ignores case: one word
        ("working group", ["working", "group"]),
        ("a\x00b", ["a", "b"]),  # a NUL ended the FTS5 string early: "unterminated string"
        ('" * ( -', []),  # no word that can match
        ("talks, talks", ["talks,", "talks"]),  # not the same text: both kept (FTS5 finds both)
    ],
)
def test_search_words_are_counted_once(text, terms):
    assert fts_terms(text) == terms


def test_a_nul_never_reaches_fts5():
    assert fts_query("sanc\x00tions") == '"sanc" "tions"'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a " * 3000, "search text is at most 300 characters (this one has 6,000)"),  # issue 9: 105 s
        ("korea " * 1000, "search text is at most 300 characters (this one has 6,000)"),
        (" ".join(f"w{i}" for i in range(13)), "search takes at most 12 different words"),
    ],
)
async def test_an_oversized_search_is_refused_with_a_reason(db, text, message):
    with pytest.raises(BadQuery, match=message.replace("(", r"\(").replace(")", r"\)")):
        await queries.search(db, text)


async def test_repeated_and_many_words_within_bounds_are_answered(db):
    once = [h.statement.id for h in await queries.search(db, "sanctions")]
    assert [h.statement.id for h in await queries.search(db, "sanctions " * 30)] == once
    twelve = " ".join(["sanctions", *(f"w{i}" for i in range(11))])
    assert await queries.search(db, twelve) == []


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        # issue 9: OverflowError from SQLite for each of these
        (lambda db: queries.article(db, 99999999999999999999), NotFound, "unknown article"),
        (lambda db: queries.article(db, -1), NotFound, "unknown article"),
        (lambda db: queries.quotes(db, "park-il", limit=10**20), BadQuery, "limit must be from 1 to 1,000"),
        (lambda db: queries.search(db, "talks", limit=0), BadQuery, "limit must be from 1 to 1,000"),
        (lambda db: queries.timeline(db, "park-il", limit=1001), BadQuery, "limit must be from 1 to 1,000"),
        # issue 9: UnicodeEncodeError from SQLite for lone surrogates
        (lambda db: queries.stance(db, "park\udcffil"), BadQuery, "broken Unicode"),
        (lambda db: queries.quotes(db, "park-il", "\ud800"), BadQuery, "broken Unicode"),
        (lambda db: queries.search(db, "talks \udcff"), BadQuery, "broken Unicode"),
    ],
)
async def test_hostile_values_are_user_errors(db, call, error, message):
    with pytest.raises(error, match=message):
        await call(db)


async def test_a_nul_inside_search_text_is_a_word_break(db):
    # issue 9: sqlite3.OperationalError: unterminated string (608 fuzz cases)
    assert [h.statement.id for h in await queries.search(db, "sanc\x00tions")] == []
    assert await queries.search(db, "\x00sanctions\x00") == await queries.search(db, "sanctions")


# --- readers beside the writer --------------------------------------------------------------
async def test_readers_cannot_write(db, tmp_path):
    async with open_readers(tmp_path / "stance.db", size=1) as readers, readers.reader() as reader:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await reader.execute("DELETE FROM statements")
    assert len(await queries.search(db, "sanctions")) == 2


async def test_readers_answer_while_the_writer_holds_a_transaction(db, tmp_path):
    async with open_readers(tmp_path / "stance.db", size=1) as readers:
        async with transaction(db):
            await db.execute("DELETE FROM statements")
            hits = await asyncio.wait_for(readers.run(queries.search, "sanctions"), 2)
        assert len(hits) == 2  # what was committed; the writer neither waited nor was seen half-done
        assert await readers.run(queries.search, "sanctions") == []


async def test_a_runaway_question_holds_up_no_other(db, tmp_path):
    # Budgets far above the waits asserted, so a loaded machine cannot make this fail.
    async with open_readers(tmp_path / "stance.db", size=2, budget=60) as readers:
        slow = asyncio.create_task(readers.run(runaway))
        await asyncio.sleep(0.05)  # it holds its reader now
        report = await asyncio.wait_for(readers.run(queries.stance, "park-il"), 20)
        assert not slow.done() and report.actor.slug == "park-il"
        slow.cancel()


async def test_a_cancelled_question_frees_its_reader_at_once(db, tmp_path):
    async with open_readers(tmp_path / "stance.db", size=1, budget=60) as readers:
        slow = asyncio.create_task(readers.run(runaway))
        await asyncio.sleep(0.05)
        slow.cancel()
        started = asyncio.get_running_loop().time()
        report = await asyncio.wait_for(readers.run(queries.stance, "park-il"), 30)
        assert report.actor.slug == "park-il" and asyncio.get_running_loop().time() - started < 30


async def test_a_storm_of_heavy_questions_leaves_a_reader_for_the_others(db, tmp_path):
    async with open_readers(tmp_path / "stance.db", size=2, budget=60) as readers:
        storm = [asyncio.create_task(readers.run_heavy(runaway)) for _ in range(2)]
        await asyncio.sleep(0.05)
        report = await asyncio.wait_for(readers.run(queries.stance, "park-il"), 20)
        assert report.actor.slug == "park-il" and not any(t.done() for t in storm)
        for task in storm:
            task.cancel()


async def test_the_budget_stops_a_question_and_the_connection_answers_again(db):
    with pytest.raises(TooBroad, match="Narrow it"):
        async with time_budget(db, 0.2):
            await runaway(db)
    async with time_budget(db, 5):
        assert len(await queries.search(db, "sanctions")) == 2
    await fill_more(db)  # writes after a budget are not interrupted: the deadline was lifted


async def test_the_console_and_the_cli_say_too_broad(db, monkeypatch, capsys):
    monkeypatch.setattr(readers_module, "PROGRESS_STEPS", 1)  # the deadline checked at every step
    assert (await answer_line(db, "/search sanctions", budget=1e-9)).startswith(
        "error: that question takes too long to answer (over 1e-09 s): it is too broad. Narrow it"
    )
    assert await ask(db, "/stance park-il", budget=1e-9) == 1
    assert capsys.readouterr().err.startswith("error: that question takes too long")


async def fill_more(db) -> None:
    async with transaction(db):
        await db.execute("UPDATE articles SET title = title")


async def test_store_path_names_the_file_behind_a_connection(db, tmp_path):
    assert await store_path(db) == (tmp_path / "stance.db").resolve()


# --- the per-member rate limit ---------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("sent_at", "refused"),
    [
        ([0, 1, 2], ["answered", "answered", "told"]),  # the third within 30 s is refused
        ([0, 1, 30, 31], ["answered"] * 4),  # each one 30 s after the one it replaces
        # told once, then dropped without an answer until the window frees; refusals are not counted
        (
            [0, 0, 0, 29, 30, 30, 31],
            ["answered", "answered", "told", "dropped", "answered", "answered", "told"],
        ),
    ],
)
def test_rate_limit_is_a_sliding_window(sent_at, refused):
    clock = Clock()
    limit = RateLimit(2, 30, clock)
    outcome = []
    for at in sent_at:
        clock.now = 100.0 + at
        try:
            outcome.append("answered" if limit.check(7) else "dropped")
        except RateLimited as e:
            assert str(e).startswith("slow down: at most 2 commands in 30 s each; try again in ")
            outcome.append("told")
    assert outcome == refused


def test_rate_limit_is_per_member_and_says_when_to_retry():
    clock = Clock()
    limit = RateLimit(1, 30, clock)
    limit.check(1)
    limit.check(2)  # another member is not held back
    clock.now += 25.5
    with pytest.raises(RateLimited, match="try again in 5 s"):
        limit.check(1)
