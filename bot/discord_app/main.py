"""Starting up (house style: one `async main` opens the database and hands it to the bot).

`stance-bot run`: load the extractor, open the store, ingest ARTICLES_DIR, then serve Discord
when DISCORD_TOKEN is set, or a local console that takes the same commands when it is not.
`stance-bot sync`: publish the commands globally and exit.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import TextIO

import discord

from bot.console import run_console
from bot.discord_app.client import StanceBot
from bot.discord_app.log_redact import redact_handlers
from bot.errors import SettingsError
from bot.ingest import IngestReport, load_tables
from bot.rescan import Rescanner
from bot.settings import Settings
from bot.store import open_store
from bot.store.readers import open_readers

log = logging.getLogger("bot.discord")

NO_TOKEN = (
    "No DISCORD_TOKEN is set, so the bot answers here in a local console instead: the same commands, "
    "laid out for a terminal.\n"
    "To put it on Discord: at https://discord.com/developers/applications press New Application, open "
    "Bot and press Reset Token, and put the token in .env as DISCORD_TOKEN=... (never commit it). Under "
    "OAuth2 > URL Generator tick `bot` and `applications.commands`, open the URL to invite the bot to your "
    "server, and set DEV_GUILD_ID to the server's id (Developer Mode on, right-click the server, Copy "
    "Server ID) so the commands appear at once. Then `make run` again."
)
BAD_TOKEN = (
    "Discord refused DISCORD_TOKEN (401 Unauthorized): copy a fresh token from the Bot page of your "
    "application at https://discord.com/developers/applications into .env"
)


def setup_logging(settings: Settings) -> None:
    """LOG_LEVEL for our loggers and discord.py's; neither the bot token nor an interaction token
    reaches a log line (bot/discord_app/log_redact.py)."""
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    redact_handlers(logging.getLogger(), settings.discord_token)


async def main(
    settings: Settings,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    extractor=None,
    json_output: bool = False,
) -> None:
    if extractor is None:
        from bot.extract import load_extractor  # spaCy is slow to import: only when running

        extractor = await asyncio.to_thread(load_extractor, settings)
    async with open_store(settings.database_path) as db:
        await ingest_articles_dir(db, settings, extractor, out)
        if settings.discord_token:
            # Questions go to read-only connections; `db` stays the one writer (ingest, digest).
            async with open_readers(
                settings.database_path, settings.read_connections, settings.query_seconds
            ) as readers:
                await run_bot(db, settings, extractor, readers=readers)
        else:
            print(NO_TOKEN, file=out)
            await run_console(db, stdin, out, json_output, settings.query_seconds)


async def ingest_articles_dir(db, settings: Settings, extractor, out: TextIO) -> None:
    """The start-up load goes through the rescan, so a bad file is reported once (here), not again
    by the bot's first rescan nor after a restart."""
    await load_tables(db, settings)
    report = await Rescanner(db, extractor, settings.articles_dir).scan(datetime.now(UTC))
    if report.error:
        print(f"error: {report.error}", file=out)
        return
    for failed in report.new_failures:
        print(f"failed {failed.message}", file=out)
    known = f" ({report.known_failures} known bad files skipped)" if report.known_failures else ""
    print(f"{settings.articles_dir}: {IngestReport(report.results).summary()}{known}", file=out)


async def login(bot: StanceBot, token: str | None) -> None:
    """Logs in; a refused token becomes a SettingsError that never repeats the token."""
    if not token:
        raise SettingsError("DISCORD_TOKEN is not set; see .env.example")
    try:
        await bot.login(token)
    except discord.LoginFailure:
        raise SettingsError(BAD_TOKEN) from None


async def run_bot(db, settings: Settings, extractor, **bot_options) -> None:
    """Serves Discord until the process is stopped."""
    async with StanceBot(db=db, settings=settings, extractor=extractor, **bot_options) as bot:
        await login(bot, settings.discord_token)
        await bot.connect(reconnect=True)


async def sync_global(
    settings: Settings, out: TextIO | None = None, json_output: bool = False, **bot_options
) -> int:
    """Publishes the commands to every server (Discord may take up to an hour to show them)."""
    # No dev guild here: this run is only for the global list. No database: nothing is queried.
    quiet = replace(settings, dev_guild_id=None)
    async with StanceBot(db=None, settings=quiet, extractor=None, **bot_options) as bot:
        await login(bot, settings.discord_token)
        synced = await bot.sync_commands(None)
    if json_output:
        print(json.dumps([{"name": c.name, "id": str(c.id)} for c in synced]), file=out)
    else:
        print(
            f"published {len(synced)} commands globally: {', '.join('/' + c.name for c in synced)}", file=out
        )
    return len(synced)
