"""Admin commands (/ingest, /sync), who may use them, and logging in without leaking the token."""

from __future__ import annotations

import io
import logging

import pytest

from bot.articles import decode_article
from bot.discord_app.errors import NEEDS_MANAGE_SERVER
from bot.discord_app.main import BAD_TOKEN, run_bot, sync_global
from bot.errors import ArticleError, SettingsError
from bot.store import open_store
from tests.conftest import data_settings
from tests.handmade import fill

MANAGE_GUILD = 1 << 5
ARTICLE = (
    b" date 2025-12-20 Ministry backs regular talks\n\n"
    b'"We will hold regular consultations with Washington," Park Il, spokesperson for the Foreign Ministry, '
    b"said on Friday.\n"
)


@pytest.fixture
async def handmade_db(tmp_path):
    async with open_store(tmp_path / "handmade.db") as db:
        await fill(db)
        yield db


async def test_ingest_loads_an_attached_article(handmade_db, start_bot, fake_discord, extractor):
    admin = fake_discord.member("admin", permissions=MANAGE_GUILD)
    file = fake_discord.add_attachment("new.txt", ARTICLE)
    async with start_bot(handmade_db, extractor=extractor) as h:
        done = await h.ask("ingest", admin, file=file)
        shown = await h.ask("article", id=3)
    assert done.ephemeral and done.embeds[0]["title"] == "Ingested"
    assert done.embeds[0]["description"].startswith("**added** `discord/new.txt`: added: ")
    assert done.embeds[0]["description"].endswith("See it with `/article id:3`")
    assert shown.embeds[0]["title"] == "Article #3: Ministry backs regular talks"
    assert "Park Il" in shown.text
    [download] = [r for r in fake_discord.requests if r.path.startswith("/attachments/")]
    assert download.method == "GET" and download.status == 200 and download.path.endswith("-new.txt")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bad.txt", b"\x00\x01binary", lambda: str(_error(b"\x00\x01binary", "bad.txt"))),
        (
            "latin1.txt",
            b" date 2025-01-01 Caf\xe9\n\nText.",
            lambda: str(_error(b" date 2025-01-01 Caf\xe9", "latin1.txt")),
        ),
        ("empty.txt", b"  \n", lambda: str(_error(b"  \n", "empty.txt"))),
        (
            "nodate.txt",
            b"Headline\n\nA paragraph.\n",
            lambda: "nodate.txt:1: no date line: start the file with ' date YYYY-MM-DD'",
        ),
        (
            "baddate.txt",
            b" date 2025-13-45 Headline\n\nText.\n",
            lambda: "baddate.txt:1: impossible date '2025-13-45'",
        ),
    ],
)
async def test_ingest_refuses_a_bad_file_with_the_loaders_message(
    handmade_db, start_bot, fake_discord, extractor, name, data, expected
):
    admin = fake_discord.member("admin", permissions=MANAGE_GUILD)
    async with start_bot(handmade_db, extractor=extractor) as h:
        answer = await h.ask("ingest", admin, file=fake_discord.add_attachment(name, data))
    assert answer.ephemeral and answer.embeds[0]["title"] == "That did not work"
    assert answer.embeds[0]["description"] == expected()


def _error(data: bytes, name: str) -> ArticleError:
    with pytest.raises(ArticleError) as caught:
        decode_article(data, name)
    return caught.value


@pytest.mark.parametrize("command", ["ingest", "sync"])
async def test_admin_commands_refuse_members_without_manage_server(
    handmade_db, start_bot, fake_discord, command
):
    options = {"file": fake_discord.add_attachment("a.txt", ARTICLE)} if command == "ingest" else {}
    async with start_bot(handmade_db) as h:
        answer = await h.ask(command, fake_discord.member("bob", permissions=0), **options)
    assert answer.ephemeral and answer.embeds[0]["description"] == NEEDS_MANAGE_SERVER
    assert not [r for r in fake_discord.requests if r.path.startswith("/attachments/")]
    assert [r.path for r in fake_discord.requests if r.method == "PUT"] == [
        f"/applications/{fake_discord.app_id}/guilds/{fake_discord.guild_id}/commands"
    ]


async def test_sync_publishes_the_commands_globally(handmade_db, start_bot, fake_discord):
    admin = fake_discord.member("admin", permissions=MANAGE_GUILD)
    async with start_bot(handmade_db) as h:
        answer = await h.ask("sync", admin)
    [put] = [r for r in fake_discord.requests if r.path == f"/applications/{fake_discord.app_id}/commands"]
    assert len(put.json) == 10
    assert answer.ephemeral and answer.embeds[0]["title"] == "Commands synced"
    assert answer.embeds[0]["description"].startswith("Published 10 commands to every server: `/stance`")


async def test_stance_bot_sync_publishes_globally_and_exits(fake_discord):
    out = io.StringIO()
    settings = data_settings(discord_token="fake-token", dev_guild_id=int(fake_discord.guild_id))
    count = await sync_global(settings, out)
    [put] = [r for r in fake_discord.requests if r.method == "PUT"]  # global only, not the dev guild
    assert put.path == f"/applications/{fake_discord.app_id}/commands"
    names = [c["name"] for c in put.json]
    assert count == len(names) and set(names) >= {"stance", "quotes", "search", "ingest", "sync", "digest"}
    assert out.getvalue() == f"published {count} commands globally: {', '.join('/' + n for n in names)}\n"


async def test_a_refused_token_is_never_repeated(handmade_db, fake_discord, caplog):
    token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.SECRET.do-not-print-me"
    fake_discord.fail("GET", r"^/users/@me$", 401, {"message": "401: Unauthorized", "code": 0})
    with caplog.at_level(logging.DEBUG), pytest.raises(SettingsError) as refused:
        await run_bot(handmade_db, data_settings(discord_token=token), None)
    assert str(refused.value) == BAD_TOKEN
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
    assert token not in caplog.text and "SECRET" not in caplog.text
    assert token not in repr(data_settings(discord_token=token))
    [login] = [r for r in fake_discord.requests if r.path == "/users/@me"]
    assert login.headers["Authorization"] == f"Bot {token}"  # it was sent, to Discord only
