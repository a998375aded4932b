"""Fuzz: every query function in bot/queries.py, and the CLI's query commands end to end, on a real
store (tests/handmade.py): any text or number gives an answer or the project's own error (a
StanceError: unknown actor, bad query, too broad), never an uncaught exception and never a raw
SQLite or FTS5 error. `make test` runs a bounded number of cases; `make fuzz` 10,000 per target."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from bot import queries
from bot.cli import main
from bot.errors import StanceError
from bot.store import open_store
from tests.conftest import DATA_DIR
from tests.fuzz_strategies import hostile_int, hostile_text
from tests.handmade import ACTORS, CONCEPTS, fill

NAMES = (
    [a.slug for a in ACTORS] + [a.name for a in ACTORS] + [c.slug for c in CONCEPTS] + ["sanctions", "talks"]
)
text = hostile_text(NAMES)
maybe_text = st.one_of(st.none(), text)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """(event loop, open store): one loop for every case, as a bot has."""
    loop = asyncio.new_event_loop()
    path = tmp_path_factory.mktemp("fuzz") / "stance.db"
    stack = contextlib.AsyncExitStack()
    db = loop.run_until_complete(stack.enter_async_context(open_store(path)))
    loop.run_until_complete(fill(db))
    yield loop, db, path
    loop.run_until_complete(stack.aclose())
    loop.close()


def answer(store, query, *args) -> None:
    """Runs one query; its own errors are answers, any other exception fails the test."""
    loop, db, _ = store
    try:
        loop.run_until_complete(query(db, *args))
    except StanceError as e:
        event(type(e).__name__)
        assert not any(raw in str(e).lower() for raw in ("sqlite", "fts5", "syntax error")), str(e)
        return
    event("answered")


QUERIES = {
    "stance": st.tuples(text, maybe_text, hostile_int, hostile_int),
    "quotes": st.tuples(text, maybe_text, st.one_of(st.none(), st.dates()), hostile_int),
    "search": st.tuples(text, hostile_int),
    "timeline": st.tuples(text, hostile_int),
    "compare": st.tuples(text, text, maybe_text),
    "list_actors": st.just(()),
    "article": st.tuples(hostile_int),
    "actor_suggestions": st.tuples(text, hostile_int),
    "resolve_actor": st.tuples(text),
    "resolve_concept": st.tuples(maybe_text),
    "complete_actor": st.tuples(text, hostile_int),
    "complete_concept": st.tuples(text, hostile_int),
}


def test_every_query_function_is_fuzzed():
    assert set(QUERIES) == {name for name in queries.__all__ if name[0].islower()}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_query_answers_or_says_why_not(store, name):
    @given(QUERIES[name])
    def run(args):
        answer(store, getattr(queries, name), *args)

    run()


CLI = {
    "stance": ("actor", "--concept", "--limit"),
    "quotes": ("actor", "--concept", "--since", "--limit"),
    "search": ("text", "--limit"),
    "timeline": ("actor", "--limit"),
    "compare": ("actor", "actor", "--concept"),
    "article": ("id",),
    "actors": (),
    "ask": ("line",),
}
SLASH = ["/stance", "/quotes", "/search", "/timeline", "/compare", "/actors", "/article", "/help", "/nope"]


@st.composite
def command_lines(draw) -> list[str]:
    command = draw(st.sampled_from(sorted(CLI)))
    argv = [command]
    for param in CLI[command]:
        value = draw(text)
        if param == "line":
            value = draw(st.sampled_from(SLASH)) + " " + value
        if param.startswith("--"):
            if draw(st.booleans()):
                argv += [param, value]
        else:
            argv.append(value)
    return argv + draw(st.lists(st.sampled_from(["--json", "--limit", "2", "x"]), max_size=2))


def test_the_cli_query_commands_answer_or_say_why_not(store, monkeypatch, capsys, tmp_path):
    """`stance-bot …` in-process: exit 0, 1 (`error: …`) or 2 (usage), nothing raised, no raw errors."""
    from tests.test_cli import toml_tables

    toml_tables(tmp_path)
    for name, value in {"DATA_DIR": str(DATA_DIR), "ACTORS_FILE": str(tmp_path / "actors.toml"),
                        "CONCEPTS_FILE": str(tmp_path / "concepts.toml")}.items():  # fmt: skip
        monkeypatch.setenv(name, value)

    @given(command_lines())
    def run(argv):
        try:
            status = main(["--db", str(store[2]), *argv])
        except SystemExit as e:
            status = e.code
        out, err = capsys.readouterr()
        event(f"exit {status}")
        assert status in (0, 1, 2), (status, err)
        assert "Traceback" not in err and not any(raw in err.lower() for raw in ("sqlite3", "fts5")), err

    run()


@pytest.mark.parametrize(
    "query, args, message",
    [
        (queries.actor_suggestions, ("park", -1), "limit must be from 1 to 1,000, got -1"),  # was a segfault
        (queries.stance, ("south-korea", None, 1, 2**63),
         "limit_about must be from 1 to 1,000, got 9223372036854775808"),  # was a raw OverflowError
    ],
)  # fmt: skip
def test_what_the_fuzz_found_is_a_clear_error(store, query, args, message):
    loop, db, _ = store
    with pytest.raises(StanceError) as e:
        loop.run_until_complete(query(db, *args))
    assert str(e.value) == message
