"""Text-centred commands: /search and /article."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import queries
from bot.discord_app import render
from bot.discord_app.options import Text
from bot.discord_app.respond import answer


class SearchCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @app_commands.command(name="search")
    @app_commands.describe(text="Words to find; taken literally (quotes, * and NEAR are plain text)")
    async def search(self, interaction: discord.Interaction, text: Text) -> None:
        """Full-text search over every statement, best matches first."""
        await answer(
            interaction, self.bot.query_heavy(queries.search, text), lambda hits: render.search(text, hits)
        )

    @app_commands.command(name="article")
    @app_commands.describe(id="The article number shown beside each quote")
    async def article(self, interaction: discord.Interaction, id: app_commands.Range[int, 1]) -> None:
        """One article: its title, date and every statement found in it."""
        await answer(interaction, self.bot.query(queries.article, id), render.article)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(SearchCog(bot))
