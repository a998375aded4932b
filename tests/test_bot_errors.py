"""The one error handler: a bug is logged with its traceback, the user gets a private apology and
the bot keeps answering; slow answers are deferred and their problems still reach only the user."""

from __future__ import annotations

import logging

from bot.discord_app.errors import OUT_OF_DATE
from bot.store import open_store
from bot.store.readers import open_readers
from tests.fake_discord import EPHEMERAL, LOADING
from tests.handmade import fill

APOLOGY = "Sorry, something went wrong on my side while answering. It has been logged; please try again."


async def test_a_query_failing_unexpectedly_gets_an_apology_and_the_bot_goes_on(tmp_path, start_bot, caplog):
    async with open_store(tmp_path / "a.db") as db:
        await fill(db)
        async with start_bot(db) as h:
            readers = h.client.readers
            await readers.close()  # every query on them now raises: an unexpected error, not a mistake
            with caplog.at_level(logging.ERROR, logger="bot.discord"):
                failed = await h.ask("stance", actor="park-il")
            still_up = await h.ask("help")
            async with open_readers(tmp_path / "a.db") as h.client.readers:
                answered = await h.ask("stance", actor="park-il")
            h.client.readers = readers
    assert failed.payload == {
        "tts": False,
        "embeds": [{"fields": [], "flags": 0, "color": 15105570, "type": "rich", "description": APOLOGY}],
        "content": None,
        "flags": EPHEMERAL,
        "allowed_mentions": {"parse": []},
    }
    [record] = [r for r in caplog.records if r.name == "bot.discord" and r.levelno == logging.ERROR]
    assert record.getMessage().startswith("unexpected error answering stance for user ")
    assert record.exc_info is not None and "Traceback" in caplog.text
    assert still_up.ephemeral and "/stance" in still_up.text
    assert answered.embeds[0]["title"] == "Stance: Park Il (person)"


async def test_a_slow_answer_is_deferred_then_followed_up(tmp_path, start_bot):
    async with open_store(tmp_path / "d.db") as db:
        await fill(db)
        async with start_bot(db, defer_after=0) as h:  # every answer counts as slow
            payload = await h.send("stance", actor="park-il")
            answer = await h.answer(payload)
            callback = await h.callback(payload)
    assert callback.json == {"type": 5}  # public "thinking…"
    assert h.fake.messages[h.fake._interactions[payload["id"]]["original"]]["flags"] == LOADING
    assert answer.deferred and answer.embeds[0]["title"] == "Stance: Park Il (person)"
    assert answer.payload["allowed_mentions"] == {"parse": []}


async def test_a_mistake_after_deferring_is_still_private(tmp_path, start_bot):
    async with open_store(tmp_path / "e.db") as db:
        await fill(db)
        async with start_bot(db, defer_after=0) as h:
            payload = await h.send("stance", actor="nobody-at-all")
            answer = await h.answer(payload)
    methods = [(r.method, r.path.rsplit("/", 1)[-1]) for r in h.fake.requests if payload["token"] in r.path]
    # the public placeholder is deleted, then the problem is sent as an ephemeral follow-up
    assert methods == [("POST", "callback"), ("DELETE", "@original"), ("POST", payload["token"])]
    assert answer.payload["flags"] == EPHEMERAL and answer.embeds[0]["title"] == "Unknown actor"


async def test_a_command_discord_knows_but_the_bot_does_not_is_explained(tmp_path, start_bot):
    async with open_store(tmp_path / "o.db") as db:
        async with start_bot(db) as h:
            answer = await h.ask("retired-command")
    assert answer.ephemeral and answer.embeds[0]["description"] == OUT_OF_DATE
