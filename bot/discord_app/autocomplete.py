"""Autocomplete for actor and concept options: slugs, names and aliases, typos forgiven.

Discord waits 3 seconds for choices and an autocomplete cannot be deferred, so the lookup is
bounded well inside that; a slow or failing lookup offers no choices rather than an error.
"""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands

from bot import queries
from bot.discord_app.limits import CHOICE_TEXT, CHOICES, clip

log = logging.getLogger(__name__)
DEADLINE = 2.0


def as_choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    return [
        app_commands.Choice(name=clip(label, CHOICE_TEXT), value=slug[:CHOICE_TEXT]) for label, slug in pairs
    ][:CHOICES]


async def _complete(lookup, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    try:
        pairs = await asyncio.wait_for(interaction.client.query(lookup, current, limit=CHOICES), DEADLINE)
    except TimeoutError:
        log.warning("autocomplete for %r took longer than %.1f s; offering no choices", current, DEADLINE)
        return []
    return as_choices(pairs)


async def actor_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _complete(queries.complete_actor, interaction, current)


async def concept_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _complete(queries.complete_concept, interaction, current)
