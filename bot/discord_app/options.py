"""Option types of the slash commands: text arrives normalised (bot.user_input), as from the CLI."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.user_input import clean_text


class CleanText(app_commands.Transformer):
    """A text option with NUL and control characters removed: Discord passes them through."""

    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        return clean_text(value)


Text = app_commands.Transform[str, CleanText]
