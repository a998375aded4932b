"""The bot's one error handler: user mistakes get advice, surprises get logged and an apology."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.discord_app import render
from bot.discord_app.respond import send_problem
from bot.errors import StanceError

log = logging.getLogger("bot.discord")
NEEDS_MANAGE_SERVER = "This command is for server admins: it needs the Manage Server permission."
OUT_OF_DATE = "This command changed since Discord last saw it. An admin can run `/sync`; then try again."


def explain(error: Exception) -> discord.Embed | None:
    """The message for an error the user can act on; None for a bug."""
    if isinstance(error, StanceError):
        return render.user_error(error)
    if isinstance(error, app_commands.MissingPermissions):
        return render.problem(NEEDS_MANAGE_SERVER)
    if isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
        return render.problem(OUT_OF_DATE)
    if isinstance(error, app_commands.CheckFailure):
        return render.problem("You can't use this command here.")
    return None


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """tree.on_error and every view's on_error land here."""
    cause = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    embed = explain(cause)
    if embed is None:
        name = (
            interaction.command.qualified_name if interaction.command else interaction.data.get("custom_id")
        )
        log.error("unexpected error answering %s for user %s", name, interaction.user.id, exc_info=cause)
        embed = render.apology()
    try:
        await send_problem(interaction, embed)
    except discord.HTTPException as e:  # e.g. the 3-second window had passed: nothing left to answer
        log.warning("could not tell the user about an error: %s", e)
