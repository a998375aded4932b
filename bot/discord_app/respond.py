"""Sending answers: within Discord's 3 seconds (or deferred), paged, and problems sent ephemeral."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import discord
from discord.utils import MISSING

from bot.discord_app.paging import Pager

T = TypeVar("T")


async def within_deadline(interaction: discord.Interaction, work: Awaitable[T], ephemeral: bool = False) -> T:
    """Awaits `work`; if it is not done after `bot.defer_after` seconds, defers first (Discord allows 3 s)."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=interaction.client.defer_after)
    if not done and not interaction.response.is_done():
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)
    return await task


async def answer(
    interaction: discord.Interaction,
    work: Awaitable[T],
    render: Callable[[T], list[discord.Embed]],
    ephemeral: bool = False,
) -> None:
    """The shape of every command: await one query, render it, reply."""
    result = await within_deadline(interaction, work, ephemeral)
    await send_pages(interaction, render(result), ephemeral)


async def send_pages(
    interaction: discord.Interaction, pages: list[discord.Embed], ephemeral: bool = False
) -> None:
    bot = interaction.client
    view = (
        Pager(pages, interaction.user.id, bot.page_timeout, bot.report_error) if len(pages) > 1 else MISSING
    )
    if interaction.response.is_done():
        message = await interaction.followup.send(embed=pages[0], view=view, ephemeral=ephemeral, wait=True)
    else:
        sent = await interaction.response.send_message(embed=pages[0], view=view, ephemeral=ephemeral)
        message = sent.resource
    if view is not MISSING:
        view.message = message


async def send_problem(interaction: discord.Interaction, embed: discord.Embed) -> None:
    """An ephemeral reply whatever state the interaction is in."""
    if not interaction.response.is_done():
        await interaction.response.send_message(embed=embed, ephemeral=True)
        return
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        # A public "thinking…" placeholder: remove it so the problem is seen only by the user.
        await interaction.delete_original_response()
    await interaction.followup.send(embed=embed, ephemeral=True)
