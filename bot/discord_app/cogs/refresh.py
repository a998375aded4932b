"""Keeps the store fresh while the bot runs: rescans ARTICLES_DIR and polls FEEDS in the background.

Both go through the shared ingest path (bot.ingest), so they need the extractor; a bot started
without it runs neither. A failing scan or feed is logged and shown in /digest status; the loops
themselves never stop on an error.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import aiohttp
from discord.ext import commands, tasks

from bot.discord_app.cogs.digest import get_clock
from bot.feeds import FeedPoller, FeedReport, HttpFetcher
from bot.rescan import Rescanner, ScanReport

log = logging.getLogger("bot.refresh")
USER_AGENT = "stance-bot/0.1 (feed reader)"


class RefreshCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot
        self.active = bot.extractor is not None
        self.rescanner = Rescanner(bot.db, bot.extractor, bot.settings.articles_dir)
        self.last_scan: ScanReport | None = None
        self.last_feeds: list[FeedReport] = []
        self.session: aiohttp.ClientSession | None = None
        self.poller: FeedPoller | None = None

    def now(self):
        return get_clock(self.bot)()

    async def cog_load(self) -> None:
        settings = self.bot.settings
        if not self.active:
            log.warning("started without the extractor: no rescan of %s, no feeds", settings.articles_dir)
            return
        self.rescan.change_interval(minutes=settings.rescan_minutes)
        self.rescan.start()
        if settings.feeds:
            self.session = aiohttp.ClientSession(headers={"User-Agent": USER_AGENT})
            interval = timedelta(minutes=settings.feed_interval_minutes)
            self.poller = FeedPoller(self.bot.db, HttpFetcher(self.session), self.bot.extractor, interval)
            self.poll_feeds.change_interval(minutes=settings.feed_interval_minutes)
            self.poll_feeds.start()

    async def cog_unload(self) -> None:
        self.rescan.cancel()
        self.poll_feeds.cancel()
        if self.session is not None:
            await self.session.close()

    @tasks.loop(minutes=5)
    async def rescan(self) -> None:
        try:
            self.last_scan = await self.rescanner.scan(self.now())
        except Exception:  # e.g. a locked database: the next scan tries again
            log.exception("the rescan of %s failed", self.bot.settings.articles_dir)
            return
        if self.last_scan.error or self.last_scan.results:
            log.info("rescan of %s: %s", self.bot.settings.articles_dir, self.last_scan.summary())

    @tasks.loop(minutes=30)
    async def poll_feeds(self) -> None:
        try:
            self.last_feeds = await self.poller.poll_all(self.bot.settings.feeds, self.now())
        except Exception:
            log.exception("polling the feeds failed")
            return
        for report in self.last_feeds:
            if report.ingested:
                log.info("feed %s: %d new articles", report.url, report.ingested)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(RefreshCog(bot))
