"""The Bot: built around an open database, the settings and the extractor (nothing global).

Features are cogs named in `extensions`; another feature (the digest, a rescan loop) is one more
name in that list. `bot.db` (the one writer), `bot.query` (a question on a read-only connection of
`bot.readers`, within QUERY_SECONDS), `bot.settings` and `bot.extractor` are what a cog may use.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.errors import report_error
from bot.errors import RateLimited
from bot.rate_limit import RateLimit
from bot.settings import Settings
from bot.store.readers import ReadPool, open_readers, store_path

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


class StanceTree(app_commands.CommandTree):
    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """The per-member rate limit, before any command runs (autocomplete is not counted). A member
        told to slow down gets no answer at all until the window frees."""
        if interaction.type is discord.InteractionType.autocomplete:
            return True
        try:
            return interaction.client.rate_limit.check(interaction.user.id)
        except RateLimited as e:
            await report_error(interaction, e)
            return False


class StanceBot(commands.Bot):
    def __init__(
        self,
        *,
        db,
        settings: Settings,
        readers: ReadPool | None = None,
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
            tree_cls=StanceTree,
            **options,
        )
        self.db, self.settings, self.extractor = db, settings, extractor
        self.readers, self._own_readers = readers, False
        self.rate_limit = RateLimit(settings.rate_limit_commands, settings.rate_limit_seconds)
        self.extension_names = list(extensions)
        self.page_timeout = page_timeout  # how long page buttons live (an interaction token lives 15 min)
        self.defer_after = defer_after  # seconds before a slow answer is deferred (Discord allows 3)
        self.report_error = report_error

    async def setup_hook(self) -> None:
        self.tree.on_error = report_error
        if self.readers is None and self.db is not None:
            await self._open_readers()
        for name in self.extension_names:
            await self.load_extension(name)
        if self.settings.dev_guild_id:
            # A guild sync shows up at once; a global one can take up to an hour, so it is on demand.
            synced = await self.sync_commands(self.settings.dev_guild_id)
            log.info("synced %d commands to the dev guild %s", len(synced), self.settings.dev_guild_id)

    async def _open_readers(self) -> None:
        """Readers beside the writer `db` when none were given (tests and tools pass only `db`)."""
        path = await store_path(self.db)
        self.readers = await open_readers(
            path or ":memory:", self.settings.read_connections, self.settings.query_seconds
        )
        self._own_readers = True

    def query(self, function, *args, **kwargs):
        """`function(db, *args, **kwargs)` (a bot.queries function) on a free read-only connection."""
        return self.readers.run(function, *args, **kwargs)

    def query_heavy(self, function, *args, **kwargs):
        """`query` for full-text search: a storm of them leaves a reader free for everything else."""
        return self.readers.run_heavy(function, *args, **kwargs)

    async def close(self) -> None:
        # Taken before the first await: discord.py's gateway task calls close() too, and a second
        # close of the same aiosqlite connection would wait forever.
        own, self._own_readers = self.readers if self._own_readers else None, False
        await super().close()
        if own is not None:
            await own.close()

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
