"""Admin commands (Manage Server): /ingest an attached article, /sync the commands globally."""

from __future__ import annotations

from dataclasses import replace

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.articles import decode_article, parse_article
from bot.discord_app import render
from bot.discord_app.respond import answer
from bot.errors import ArticleError, StanceError
from bot.ingest import IngestReport, ingest_articles

MAX_ARTICLE_BYTES = 2 * 1024 * 1024  # a news article is a few kB; a bigger file is not one
CHUNK = 64 * 1024
ARTICLE_HELP = "UTF-8 text: first line ' date YYYY-MM-DD' and the headline, then paragraphs"
ADMIN = discord.Permissions(manage_guild=True)


def ingest_summary(report: IngestReport) -> str:
    lines = [f"**{r.status}** `{r.path}`: {render.md(r.message)}" for r in report.results]
    if any(r.article_id for r in report.results):
        lines.append("See it with `/article id:" + str(report.results[0].article_id) + "`")
    return "\n".join(lines)


class AdminCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @app_commands.command(name="ingest")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.describe(file=f"The article file ({ARTICLE_HELP})")
    async def ingest(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        """Add an article file to the store (admins: Manage Server)."""
        await answer(
            interaction, self._ingest(file), lambda r: render.ingested(ingest_summary(r)), ephemeral=True
        )

    async def _ingest(self, file: discord.Attachment) -> IngestReport:
        """The CLI's loader on the attachment's bytes: the same parsing, the same errors."""
        if file.size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                file.filename, f"{file.size:,} bytes is too big for an article ({ARTICLE_HELP})"
            )
        if self.bot.extractor is None:
            raise StanceError("ingesting is switched off here: the bot was started without the extractor")
        article = parse_article(decode_article(await self._download(file), file.filename), file.filename)
        if article.published is None:
            raise ArticleError(file.filename, "no date line: start the file with ' date YYYY-MM-DD'", 1)
        report = await ingest_articles(self.bot.db, [replace(article, path=f"discord/{file.filename}")],
                                       self.bot.extractor)  # fmt: skip
        if report.failed:
            raise StanceError(report.failed[0].message)
        return report

    async def _download(self, file: discord.Attachment) -> bytes:
        """The attachment's bytes, refused as soon as more than MAX_ARTICLE_BYTES have arrived: the
        declared size is only the sender's word (a file declared small once streamed 60 MB)."""
        data = bytearray()
        async with aiohttp.ClientSession() as session, session.get(file.url) as response:
            if response.status != 200:
                raise StanceError(
                    f"could not download {file.filename} (HTTP {response.status}); attach it again"
                )
            async for chunk in response.content.iter_chunked(CHUNK):
                data += chunk
                if len(data) > MAX_ARTICLE_BYTES:
                    raise ArticleError(
                        file.filename, f"more than {MAX_ARTICLE_BYTES:,} bytes is too big for an article"
                    )
        return bytes(data)

    @app_commands.command(name="sync")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def sync(self, interaction: discord.Interaction) -> None:
        """Publish the commands to every server (admins; Discord can take an hour to show them)."""
        await answer(interaction, self.bot.sync_commands(None), render.synced, ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(AdminCog(bot))
