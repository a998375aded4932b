"""The Bot: built around an open database, the settings and the extractor (nothing global).

Features are cogs named in `extensions`; another feature (the digest, a rescan loop) is one more
name in that list. `bot.db`, `bot.settings` and `bot.extractor` are what a cog may use.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.errors import report_error
from bot.settings import Settings

log = logging.getLogger("bot.discord")

# The query and admin commands; EXTENSIONS adds the features that run in the background.
COMMAND_EXTENSIONS = (
    "bot.discord_app.cogs.stance",
    "bot.discord_app.cogs.search",
    "bot.discord_app.cogs.directory",
    "bot.discord_app.cogs.admin",
)
EXTENSIONS = (
    *COMMAND_EXTENSIONS,
    "bot.discord_app.cogs.digest",
    "bot.discord_app.cogs.refresh",
)


class StanceBot(commands.Bot):
    def __init__(
        self,
        *,
        db,
        settings: Settings,
        extractor=None,
        extensions: tuple[str, ...] = EXTENSIONS,
        page_timeout: float = 600.0,
        defer_after: float = 2.0,
        **options,
    ):
        intents = discord.Intents.none()
        intents.guilds = True  # slash commands need no message or member intents
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            chunk_guilds_at_startup=False,
            **options,
        )
        self.db, self.settings, self.extractor = db, settings, extractor
        self.extension_names = list(extensions)
        self.page_timeout = page_timeout  # how long page buttons live (an interaction token lives 15 min)
        self.defer_after = defer_after  # seconds before a slow answer is deferred (Discord allows 3)
        self.report_error = report_error

    async def setup_hook(self) -> None:
        self.tree.on_error = report_error
        for name in self.extension_names:
            await self.load_extension(name)
        if self.settings.dev_guild_id:
            # A guild sync shows up at once; a global one can take up to an hour, so it is on demand.
            synced = await self.sync_commands(self.settings.dev_guild_id)
            log.info("synced %d commands to the dev guild %s", len(synced), self.settings.dev_guild_id)

    async def sync_commands(self, guild_id: int | None = None) -> list[app_commands.AppCommand]:
        """Publishes the commands to one guild, or globally when `guild_id` is None."""
        if guild_id is None:
            return await self.tree.sync()
        guild = discord.Object(id=guild_id)
        self.tree.copy_global_to(guild=guild)
        return await self.tree.sync(guild=guild)

    async def on_ready(self) -> None:
        log.info(
            "logged in as %s (%s) in %d guilds", self.user, getattr(self.user, "id", "?"), len(self.guilds)
        )
