"""Buttons that turn the pages of a long answer; only the person who asked may turn them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord

log = logging.getLogger(__name__)
NOT_YOURS = "Only the person who asked can turn these pages. Run the command yourself to get your own copy."


class Pager(discord.ui.View):
    """Previous / page n of m / next. On timeout the buttons are removed and the page stays."""

    def __init__(
        self,
        pages: list[discord.Embed],
        owner_id: int,
        timeout: float,
        on_error: Callable[[discord.Interaction, Exception], Awaitable[None]],
    ):
        super().__init__(timeout=timeout)
        self.pages, self.owner_id, self.index = pages, owner_id, 0
        self.message: discord.InteractionMessage | discord.WebhookMessage | None = None
        self._report = on_error
        self._refresh()

    def _refresh(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1
        self.position.label = f"{self.index + 1}/{len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._refresh()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def position(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()  # disabled: Discord never sends it; here for completeness

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, +1)

    async def on_timeout(self) -> None:
        # The answer stays readable; only the buttons go, so nobody clicks a dead control.
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException as e:  # the message was deleted or the token expired (15 min)
            log.info("could not remove the page buttons: %s", e)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await self._report(interaction, error)
