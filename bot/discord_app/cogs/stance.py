"""Actor-centred commands: /stance, /quotes, /timeline, /compare."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import queries
from bot.articles import parse_date
from bot.discord_app import render
from bot.discord_app.autocomplete import actor_choices, concept_choices
from bot.discord_app.options import Text
from bot.discord_app.respond import answer

ACTOR = "Slug, name or alias (start typing for suggestions)"
CONCEPT = "Only this concept (optional)"


class StanceCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @app_commands.command(name="stance")
    @app_commands.describe(actor=ACTOR, concept=CONCEPT)
    @app_commands.autocomplete(actor=actor_choices, concept=concept_choices)
    async def stance(
        self, interaction: discord.Interaction, actor: Text, concept: Text | None = None
    ) -> None:
        """An actor's positions by concept: the deciding quote, who said it, when, and what others said."""
        await answer(interaction, self.bot.query(queries.stance, actor, concept), render.stance)

    @app_commands.command(name="quotes")
    @app_commands.describe(
        actor=ACTOR, concept=CONCEPT, since="Only statements on or after this date (YYYY-MM-DD)"
    )
    @app_commands.autocomplete(actor=actor_choices, concept=concept_choices)
    async def quotes(
        self,
        interaction: discord.Interaction,
        actor: Text,
        concept: Text | None = None,
        since: Text | None = None,
    ) -> None:
        """Who said what for an actor, newest first."""
        since_date = parse_date(since.strip(), "since") if since else None
        rows = self.bot.query(queries.quotes, actor, concept, since_date)
        await answer(interaction, rows, lambda r: render.quotes(actor, r, concept, since))

    @app_commands.command(name="timeline")
    @app_commands.describe(actor=ACTOR)
    @app_commands.autocomplete(actor=actor_choices)
    async def timeline(self, interaction: discord.Interaction, actor: Text) -> None:
        """An actor's statements in date order, with the stance each one takes."""
        await answer(
            interaction, self.bot.query(queries.timeline, actor), lambda r: render.timeline(actor, r)
        )

    @app_commands.command(name="compare")
    @app_commands.describe(actor_a="The first actor", actor_b="The second actor", concept=CONCEPT)
    @app_commands.autocomplete(actor_a=actor_choices, actor_b=actor_choices, concept=concept_choices)
    async def compare(
        self, interaction: discord.Interaction, actor_a: Text, actor_b: Text, concept: Text | None = None
    ) -> None:
        """Two actors side by side, concept by concept."""
        await answer(interaction, self.bot.query(queries.compare, actor_a, actor_b, concept), render.compare)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(StanceCog(bot))
