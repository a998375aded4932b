"""What there is to ask about: /actors and /help."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import queries
from bot.discord_app import render
from bot.discord_app.respond import answer, send_pages


def usage(command: app_commands.Command) -> str:
    """`/quotes actor [concept] [since]`: required options bare, optional ones in brackets."""
    params = [p.display_name if p.required else f"[{p.display_name}]" for p in command.parameters]
    return " ".join([f"/{command.qualified_name}", *params])


class DirectoryCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @app_commands.command(name="actors")
    async def actors(self, interaction: discord.Interaction) -> None:
        """Every actor I know, with how many statements each has."""
        await answer(interaction, self.bot.query(queries.list_actors), render.actors)

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What each command does and how to ask."""
        commands_ = sorted(self.bot.tree.walk_commands(), key=lambda c: c.name)
        listed = [(usage(c), c.description) for c in commands_ if isinstance(c, app_commands.Command)]
        await send_pages(interaction, render.help_page(listed), ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(DirectoryCog(bot))
