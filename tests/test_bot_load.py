"""The bot under hostile use (issue 9): no member stalls the others, limits are explained, tokens stay
out of the log, an attachment is cut off at the cap while it streams."""

from __future__ import annotations

import asyncio
import io
import itertools
import logging

import pytest

from bot.discord_app.main import setup_logging
from bot.store import open_store
from bot.store import readers as readers_module
from bot.store.readers import open_readers
from tests.conftest import data_settings
from tests.handmade import fill
from tests.test_load import runaway

MANAGE_GUILD = 1 << 5


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "stance.db") as db:
        await fill(db)
        yield db


def settings(fake, **changes):
    return data_settings(dev_guild_id=int(fake.guild_id), **changes)


async def test_a_6000_character_search_is_refused_at_once(db, start_bot):
    # issue 9: `/search` with "a " x 3000 took 105 s and held every other command
    async with start_bot(db) as h:
        answer = await h.ask("search", text="a " * 3000)
    assert answer.ephemeral and answer.embeds[0]["title"] == "That did not work"
    assert answer.embeds[0]["description"].startswith(
        "search text is at most 300 characters (this one has 6,000)"
    )


async def test_stance_is_answered_while_another_question_runs_away(db, start_bot, fake_discord):
    async with start_bot(db, settings(fake_discord, query_seconds=60)) as h:
        slow = asyncio.create_task(h.client.query(runaway))
        await asyncio.sleep(0.05)  # it holds one reader of the pool
        answer = await h.answer(await h.send("stance", actor="park-il"), timeout=20)
        assert not slow.done()
        slow.cancel()
    assert answer.embeds[0]["title"] == "Stance: Park Il (person)"


async def test_a_question_past_its_budget_is_too_broad(db, tmp_path, start_bot, monkeypatch):
    monkeypatch.setattr(readers_module, "PROGRESS_STEPS", 1)  # the deadline checked at every step
    async with open_readers(tmp_path / "stance.db", size=1, budget=1e-9) as readers:
        async with start_bot(db, readers=readers) as h:
            answer = await h.ask("stance", actor="park-il")
    assert answer.ephemeral and answer.embeds[0]["title"] == "That did not work"
    assert answer.embeds[0]["description"].startswith("that question takes too long to answer (over 1e-09 s)")


async def test_members_are_rate_limited_one_by_one(db, start_bot, fake_discord):
    alice, bob = fake_discord.member("alice"), fake_discord.member("bob")
    async with start_bot(db, settings(fake_discord, rate_limit_commands=2, rate_limit_seconds=60)) as h:
        first = [await h.ask("actors", alice) for _ in range(2)]
        refused = await h.ask("stance", alice, actor="park-il")
        dropped = await h.send("actors", alice)
        choices = await h.choices("stance", "actor", alice, actor="park")  # typing is not counted
        other = await h.ask("actors", bob)
        assert h.fake.requests_to(dropped["id"]) == []  # told once already: no answer at all
    assert [a.embeds[0]["title"] for a in first] == ["Actors", "Actors"]
    assert refused.ephemeral and refused.embeds[0]["title"] == "That did not work"
    assert refused.embeds[0]["description"].startswith(
        "slow down: at most 2 commands in 60 s each; try again in "
    )
    assert [c["value"] for c in choices][:1] == ["park-il"]
    assert other.embeds[0]["title"] == "Actors"


@pytest.fixture
def debug_log():
    """Everything logged at DEBUG, through a handler as `stance-bot run` sets them up."""
    stream, root = io.StringIO(), logging.getLogger()
    handler, level = logging.StreamHandler(stream), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)
    for h in root.handlers:
        h.filters = [f for f in h.filters if type(f).__name__ != "RedactTokens"]


async def test_interaction_tokens_never_reach_the_log(db, start_bot, fake_discord, debug_log):
    setup_logging(settings(fake_discord, log_level="DEBUG", discord_token="bot-token.secret"))
    async with start_bot(db, defer_after=0) as h:  # deferred: callback and webhook URLs both used
        payload = await h.send("stance", actor="park-il")
        await h.answer(payload)
    text = debug_log.getvalue()
    assert "INTERACTION_CREATE" in text and f"/webhooks/{fake_discord.app_id}/<redacted>" in text
    assert "'token': '<redacted>'" in text and "/callback" in text
    assert payload["token"] not in text  # issue 9: it was in the gateway event and the webhook URLs


async def test_an_attachment_streaming_past_the_cap_is_cut_off(db, start_bot, fake_discord, extractor):
    # issue 9: declared small, streamed 60 MB, read in full before being refused
    endless = itertools.repeat(b"x" * 65536)
    file = fake_discord.add_attachment("small.txt", endless, size=1200)
    admin = fake_discord.member("admin", permissions=MANAGE_GUILD)
    async with start_bot(db, extractor=extractor) as h:
        answer = await h.answer(await h.send("ingest", admin, file=file), timeout=10)
    assert answer.ephemeral
    assert "small.txt: more than 2,097,152 bytes is too big for an article" in answer.text
    assert fake_discord.attachment_sent < 8 * 1024 * 1024  # stopped near the cap, not at the end
