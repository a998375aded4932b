"""Every command end to end: the real discord.py client on the fake Discord, the seeded store.

What the bot sends is compared whole with the rendering of the same query on the same store, so
these tests hold while the extractor improves; test_bot_exact.py pins exact text on a hand-made store.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot import queries
from bot.discord_app import render
from tests.fake_discord import EPHEMERAL

NO_PINGS = {"parse": []}


def embeds_of(pages) -> list[dict]:
    return [pages[0].to_dict()]


def public(answer) -> None:
    """A normal answer: visible to the channel, and it can ping nobody."""
    assert answer.payload["allowed_mentions"] == NO_PINGS
    assert not answer.ephemeral


async def test_stance_is_the_rendered_report(seeded_db, start_bot):
    async with start_bot(seeded_db) as h:
        answer = await h.ask("stance", actor="unification-ministry")
    public(answer)
    report = await queries.stance(seeded_db, "unification-ministry")
    assert answer.embeds == embeds_of(render.stance(report))
    assert answer.embeds[0]["title"] == "Stance: Unification Ministry (ministry)"
    assert report.statement_count > 0 and f"**{report.statement_count} statements**" in answer.text


async def test_stance_by_alias_and_concept(seeded_db, start_bot):
    async with start_bot(seeded_db) as h:
        answer = await h.ask("stance", actor="ministry of foreign affairs", concept="regular-consultations")
    report = await queries.stance(seeded_db, "foreign-ministry", "regular-consultations")
    assert [p.concept for p in report.positions] == ["regular-consultations"]
    assert answer.embeds == embeds_of(render.stance(report))


@pytest.mark.parametrize(
    ("command", "options", "expected"),
    [
        ("quotes", {"actor": "park-il"}, lambda db: queries.quotes(db, "park-il")),
        (
            "quotes",
            {"actor": "foreign-ministry", "since": "2025-12-10"},
            lambda db: queries.quotes(db, "foreign-ministry", None, date(2025, 12, 10)),
        ),
        ("timeline", {"actor": "jung-chung-rae"}, lambda db: queries.timeline(db, "jung-chung-rae")),
        ("search", {"text": "working group"}, lambda db: queries.search(db, "working group")),
        (
            "compare",
            {"actor_a": "unification-ministry", "actor_b": "foreign-ministry"},
            lambda db: queries.compare(db, "unification-ministry", "foreign-ministry"),
        ),
        ("actors", {}, queries.list_actors),
        ("article", {"id": 1}, lambda db: queries.article(db, 1)),
    ],
)
async def test_each_command_answers_with_its_query_rendered(seeded_db, start_bot, command, options, expected):
    renderers = {
        "quotes": lambda r: render.quotes(options["actor"], r, None, options.get("since")),
        "timeline": lambda r: render.timeline(options["actor"], r),
        "search": lambda r: render.search(options["text"], r),
        "compare": render.compare,
        "actors": render.actors,
        "article": render.article,
    }
    async with start_bot(seeded_db) as h:
        answer = await h.ask(command, **options)
    public(answer)
    result = await expected(seeded_db)
    assert result, f"the seeded store should have an answer for /{command}"
    assert answer.embeds == embeds_of(renderers[command](result))


async def test_help_lists_every_command_privately(seeded_db, start_bot):
    async with start_bot(seeded_db) as h:
        answer = await h.ask("help")
    assert answer.ephemeral and answer.payload["flags"] == EPHEMERAL
    for usage in (
        "/stance actor [concept]",
        "/quotes actor [concept] [since]",
        "/search text",
        "/timeline actor",
        "/compare actor_a actor_b [concept]",
        "/actors",
        "/article id",
        "/help",
        "/ingest file",
        "/sync",
    ):
        assert f"`{usage}`" in answer.text


async def test_commands_sync_to_the_dev_guild_at_start(seeded_db, start_bot, fake_discord):
    async with start_bot(seeded_db):
        pass
    puts = [r for r in fake_discord.requests if r.method == "PUT"]
    assert [r.path for r in puts] == [
        f"/applications/{fake_discord.app_id}/guilds/{fake_discord.guild_id}/commands"
    ]
    commands = {c["name"]: c for c in puts[0].json}
    assert sorted(commands) == [
        "actors",
        "article",
        "compare",
        "help",
        "ingest",
        "quotes",
        "search",
        "stance",
        "sync",
        "timeline",
    ]
    for c in commands.values():  # Discord refuses a sync with a description over 100 characters
        assert 1 <= len(c["description"]) <= 100 and all(len(o["description"]) <= 100 for o in c["options"])
    assert commands["ingest"]["default_member_permissions"] == 32  # Manage Server (1 << 5)
    assert commands["sync"]["default_member_permissions"] == 32
    assert commands["stance"]["default_member_permissions"] is None
    autocompleted = {
        (c, o["name"]) for c, cmd in commands.items() for o in cmd["options"] if o.get("autocomplete")
    }
    assert autocompleted == {
        ("stance", "actor"),
        ("stance", "concept"),
        ("quotes", "actor"),
        ("quotes", "concept"),
        ("timeline", "actor"),
        ("compare", "actor_a"),
        ("compare", "actor_b"),
        ("compare", "concept"),
    }


async def test_no_dev_guild_means_no_sync_at_start(seeded_db, start_bot, fake_discord):
    from tests.conftest import data_settings

    async with start_bot(seeded_db, settings=data_settings()) as h:
        await h.ask("help")
    assert not [r for r in fake_discord.requests if r.method == "PUT"]
