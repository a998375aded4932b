"""The local console and `stance-bot ask`: the bot's commands typed in a terminal."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
from datetime import date

import pytest

from bot import queries, render_text
from bot.cli import main as cli_main
from bot.console import APOLOGY, COMMANDS, answer_line, ask, parse_line, run_console
from bot.discord_app.client import COMMAND_EXTENSIONS, StanceBot
from bot.discord_app.main import NO_TOKEN
from bot.discord_app.main import main as run_main
from bot.errors import StanceError
from bot.store import open_store
from tests.conftest import DATA_DIR, data_settings
from tests.handmade import fill


@pytest.fixture
async def handmade_db(tmp_path):
    async with open_store(tmp_path / "handmade.db") as db:
        await fill(db)
        yield db


@pytest.mark.parametrize(
    ("line", "name", "options"),
    [
        ("/stance unification-ministry", "stance", {"actor": "unification-ministry"}),
        ("stance Unification-Ministry", "stance", {"actor": "Unification-Ministry"}),
        ("/STANCE park-il working-group", "stance", {"actor": "park-il", "concept": "working-group"}),
        ('/quotes "Park Il" since:2025-12-01', "quotes", {"actor": "Park Il", "since": date(2025, 12, 1)}),
        ("/quotes actor:'Park Il' concept:sanctions", "quotes", {"actor": "Park Il", "concept": "sanctions"}),
        ("/quotes concept:sanctions park-il", "quotes", {"actor": "park-il", "concept": "sanctions"}),
        (
            "/compare park-il chung-dong-young",
            "compare",
            {"actor_a": "park-il", "actor_b": "chung-dong-young"},
        ),
        ("/search working group", "search", {"text": "working group"}),
        ('/search "working group"', "search", {"text": "working group"}),
        ('/search "unbalanced', "search", {"text": '"unbalanced'}),
        ("/search text:NEAR(a b)", "search", {"text": "NEAR(a b)"}),
        ("/search since:2025", "search", {"text": "since:2025"}),
        ("/article 3", "article", {"id": 3}),
        ("/article id:12", "article", {"id": 12}),
        ("  /actors  ", "actors", {}),
        ("/help", "help", {}),
    ],
)
def test_parse_line(line, name, options):
    command, parsed = parse_line(line)
    assert (command.name, parsed) == (name, options)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "type a command, e.g. /stance unification-ministry (or /help)"),
        ("/stance", "missing actor: usage /stance actor [concept]"),
        ("/compare park-il", "missing actor_b: usage /compare actor_a actor_b [concept]"),
        ("/stanse park-il", "unknown command /stanse; did you mean /stance?"),
        ("/frobnicate", "unknown command /frobnicate; try /help"),
        (
            "/stance park il x",
            "too many values for /stance (usage /stance actor [concept]); quote a value with spaces",
        ),
        ("/article abc", "id must be a number, got 'abc'"),
        ("/article id:-3", "id must be a number, got '-3'"),
        ("/quotes park-il since:yesterday", "since: malformed date 'yesterday' (expected YYYY-MM-DD)"),
    ],
)
def test_parse_line_refuses_with_a_reason(line, message):
    with pytest.raises(StanceError) as e:
        parse_line(line)
    assert str(e.value) == message


async def test_answers_are_the_terminal_rendering_of_the_same_query(handmade_db):
    assert await answer_line(handmade_db, "/stance park-il") == render_text.stance(
        await queries.stance(handmade_db, "park-il")
    )
    assert await answer_line(handmade_db, '/quotes "Park Il" since:2025-12-10') == render_text.quotes(
        await queries.quotes(handmade_db, "park-il", since=date(2025, 12, 10))
    )
    assert await answer_line(
        handmade_db, "/compare foreign-ministry unification-ministry"
    ) == render_text.compare(await queries.compare(handmade_db, "foreign-ministry", "unification-ministry"))
    assert await answer_line(handmade_db, "/article 2") == render_text.article(
        await queries.article(handmade_db, 2)
    )


async def test_mistakes_are_answered_with_error_lines(handmade_db):
    assert (
        await answer_line(handmade_db, "/stance park-li")
        == "error: unknown actor 'park-li'; did you mean park-il?"
    )
    assert await answer_line(handmade_db, "/search   ") == "error: missing text: usage /search text"
    assert await answer_line(handmade_db, '/search ""') == (
        'error: search needs some words, e.g. `search sanctions` or `search "working group"`'
    )


async def test_an_unexpected_error_is_logged_and_the_console_goes_on(tmp_path, caplog):
    async with open_store(tmp_path / "c.db") as db:
        await fill(db)
    closed = await open_store(tmp_path / "c.db")
    await closed.close()
    with caplog.at_level(logging.ERROR, logger="bot.console"):
        assert await answer_line(closed, "/stance park-il") == APOLOGY
    assert caplog.records[0].exc_info is not None
    assert (await answer_line(closed, "/help")).startswith("/stance actor [concept]")


async def test_a_console_session(handmade_db):
    stdin = io.StringIO("/stance park-li\n\n/timeline jung-chung-rae\nquit\n/actors\n")
    out = io.StringIO()
    await run_console(handmade_db, stdin, out)
    timeline = render_text.timeline(await queries.timeline(handmade_db, "jung-chung-rae"))
    assert out.getvalue() == (
        "Type a command such as /stance unification-ministry, /help for the list, quit to leave.\n"
        "error: unknown actor 'park-li'; did you mean park-il?\n"
        f"{timeline}\n"
    )


async def test_ask_prints_text_or_the_query_result_as_json(handmade_db):
    out, err = io.StringIO(), io.StringIO()
    assert await ask(handmade_db, "/stance park-il", out=out, err=err) == 0
    assert out.getvalue() == render_text.stance(await queries.stance(handmade_db, "park-il")) + "\n"
    out = io.StringIO()
    assert await ask(handmade_db, "/quotes park-il", json_output=True, out=out, err=err) == 0
    expected = [dataclasses.asdict(v) for v in await queries.quotes(handmade_db, "park-il")]
    assert json.loads(out.getvalue()) == json.loads(json.dumps(expected))
    assert await ask(handmade_db, "/stance nobody", out=out, err=err) == 1
    assert err.getvalue() == "error: unknown actor 'nobody'; list them with `actors`\n"


def test_stance_bot_ask_from_the_command_line(tmp_path, monkeypatch, capsys):
    import asyncio

    async def build():
        async with open_store(tmp_path / "cli.db") as db:
            await fill(db)

    asyncio.run(build())
    monkeypatch.setenv("DATA_DIR", str(DATA_DIR))
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "cli.db"))
    assert cli_main(["ask", "--json", "/article 1"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Seoul and Washington to meet regularly"
    assert cli_main(["ask", "/quotes", "Park Il", "since:2025-12-10"]) == 0  # words given separately
    assert "Park Il" in capsys.readouterr().out
    assert cli_main(["ask", "/stance nobody"]) == 1
    assert capsys.readouterr().err == "error: unknown actor 'nobody'; list them with `actors`\n"


async def test_run_without_a_token_ingests_then_opens_the_console(tmp_path, extractor):
    settings = data_settings(database_path=tmp_path / "run.db")
    out = io.StringIO()
    await run_main(settings, io.StringIO("/article 1\nexit\n"), out, extractor=extractor)
    async with open_store(tmp_path / "run.db") as db:
        article = render_text.article(await queries.article(db, 1))
    assert out.getvalue() == (
        f"{DATA_DIR / 'articles'}: 2 added, 0 replaced, 0 unchanged, 0 failed\n"
        f"{NO_TOKEN}\n"
        "Type a command such as /stance unification-ministry, /help for the list, quit to leave.\n"
        f"{article}\n"
    )
    assert "https://discord.com/developers/applications" in NO_TOKEN


async def test_the_console_and_discord_offer_the_same_commands():
    bot = StanceBot(db=None, settings=data_settings(), extensions=COMMAND_EXTENSIONS)
    for name in COMMAND_EXTENSIONS:
        await bot.load_extension(name)
    discord_side = {
        c.name: (c.description, [(p.name, p.required) for p in c.parameters])
        for c in bot.tree.get_commands()
        if c.name not in ("ingest", "sync")  # admin commands: the CLI has `ingest` and `sync` itself
    }
    console_side = {
        c.name: (c.description, [(p.name, p.required) for p in c.params]) for c in COMMANDS.values()
    }
    await bot.close()
    assert console_side == discord_side


async def test_a_json_console_answers_one_json_value_a_line(handmade_db):
    out = io.StringIO()
    await run_console(handmade_db, io.StringIO("/actors\n/stance nobody\n"), out, json_output=True)
    banner, actors, error = out.getvalue().splitlines()
    expected = [dataclasses.asdict(a) for a in await queries.list_actors(handmade_db)]
    assert json.loads(actors) == json.loads(json.dumps(expected))
    assert json.loads(error) == {"error": "unknown actor 'nobody'; list them with `actors`"}
