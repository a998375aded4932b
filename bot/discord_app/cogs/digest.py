"""/digest: a daily digest of new articles and changed positions, posted at a guild's local time.

A loop calls `step(now)` every minute with `bot.clock` (UTC now unless a test sets one before login);
tests also call `step` directly with chosen times. A guild's day
counts as posted only after Discord accepted the message, so a failed post (channel deleted,
permission missing) is logged, shown in /digest status and tried again, never lost.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.digest import Digest, build_digest
from bot.digest_schedule import (
    Schedule,
    baseline_day,
    due_day,
    next_posting,
    parse_local_time,
    parse_timezone,
    zone_names,
)
from bot.discord_app import digest_render
from bot.discord_app.limits import CHOICES
from bot.discord_app.options import Text
from bot.discord_app.respond import within_deadline
from bot.errors import StanceError
from bot.store.digest import (
    DigestSettings,
    disable_digest,
    load_digest_input,
    load_digest_settings,
    load_enabled_digests,
    record_digest_failure,
    record_digest_posted,
    save_digest_schedule,
)
from bot.store.sources import load_failures, load_feed_states

log = logging.getLogger("bot.digest")
FIRST_RETRY = timedelta(minutes=5)  # after a failed post; doubles each time, at most MAX_RETRY
MAX_RETRY = timedelta(hours=1)
PREVIEW_SECONDS = 30.0
MEMBERS_PREVIEW = "Only you can see this: posting the digest for everyone needs the Manage Server permission."


def utc_now() -> datetime:
    return datetime.now(UTC)


def get_clock(bot):
    """The time source of scheduled work: `bot.clock` when set (tests give one before login), else UTC now."""
    return getattr(bot, "clock", None) or utc_now


def schedule_of(s: DigestSettings) -> Schedule:
    return Schedule(parse_local_time(s.local_time), parse_timezone(s.tz))


def get_retry_at(s: DigestSettings) -> datetime | None:
    """When a failed post may be tried again (None: no failure pending)."""
    if s.last_error_at is None or s.failures == 0:
        return None
    return s.last_error_at + min(FIRST_RETRY * 2 ** min(s.failures - 1, 10), MAX_RETRY)


def explain_post_failure(error: Exception, channel_id: int | None) -> str:
    """What went wrong, in words an admin can act on (shown in /digest status)."""
    where = f"<#{channel_id}>"
    if isinstance(error, discord.NotFound):
        return f"the channel {where} no longer exists: run /digest setup with another channel"
    if isinstance(error, discord.Forbidden):
        return (
            f"I may not post in {where} ({error.text or 'Forbidden'}): give me View Channel, Send Messages "
            "and Embed Links there, or run /digest setup with another channel"
        )
    if isinstance(error, discord.HTTPException):
        return f"Discord refused the post (HTTP {error.status}: {error.text or 'no reason given'}); retrying"
    return f"Discord could not be reached ({type(error).__name__}); retrying"


@dataclass(frozen=True)
class PostOutcome:
    guild_id: int
    day: date
    status: str  # posted | empty (nothing new, DIGEST_POST_EMPTY off) | failed
    error: str | None = None


class DigestCog(commands.Cog):
    digest = app_commands.Group(
        name="digest", description="A daily digest of new articles and changed positions", guild_only=True
    )

    def __init__(self, bot: commands.Bot):
        self.bot = bot
        self._lock = asyncio.Lock()  # one step at a time: a day is decided and posted once

    def time(self) -> datetime:
        return get_clock(self.bot)()

    async def cog_load(self) -> None:
        self.tick.start()

    async def cog_unload(self) -> None:
        self.tick.cancel()

    @tasks.loop(minutes=1)
    async def tick(self) -> None:
        try:
            await self.step(self.time())
        except Exception:  # the loop must outlive any one bad minute (a locked database, a bug)
            log.exception("the digest step failed; trying again in a minute")

    @tick.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()

    # --- the schedule ---------------------------------------------------------------------------
    async def step(self, now: datetime) -> list[PostOutcome]:
        """Posts every guild's due digest; the loop calls this each minute with the clock's time."""
        async with self._lock:
            outcomes = []
            for settings in await load_enabled_digests(self.bot.db):
                day = self._due(settings, now)
                if day is not None:
                    outcomes.append(await self._post_scheduled(settings, day, now))
            return outcomes

    def _due(self, s: DigestSettings, now: datetime) -> date | None:
        retry_at = get_retry_at(s)
        if retry_at is not None and now < retry_at:
            return None
        try:
            return due_day(now, schedule_of(s), s.last_posted_day)
        except StanceError as e:  # a zone this machine's tzdata no longer has
            log.warning("guild %s: digest schedule unusable: %s", s.guild_id, e)
            return None

    async def _post_scheduled(self, s: DigestSettings, day: date, now: datetime) -> PostOutcome:
        digest = await self.build(s.watermark, day)
        message = digest_render.render_digest(digest, self.bot.settings.digest_post_empty)
        try:
            if message is not None:
                await self._send(s.channel_id, message)
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as e:
            error = explain_post_failure(e, s.channel_id)
            log.warning("guild %s: the digest for %s was not posted: %s", s.guild_id, day, error)
            await record_digest_failure(self.bot.db, s.guild_id, error, now)
            return PostOutcome(s.guild_id, day, "failed", error)
        await record_digest_posted(self.bot.db, s.guild_id, day, now, digest.watermark)
        return PostOutcome(s.guild_id, day, "posted" if message else "empty")

    async def build(self, watermark: int, day: date | None) -> Digest:
        found = await load_digest_input(self.bot.db, watermark)
        return build_digest(day, found.articles, found.statements, found.prior, found.until)

    async def _what_is_new(self, guild_id: int) -> Digest:
        """What the next daily digest would report (/digest now and preview). Read on a reader with
        a generous budget (a guild's first digest covers the whole store: 2.5 s for 50,000
        statements) and built in a thread, so that neither the writer, the schedule (no lock:
        nothing is recorded) nor the event loop waits for a member's preview."""
        old = await load_digest_settings(self.bot.db, guild_id)
        async with self.bot.readers.reader(budget=PREVIEW_SECONDS) as db:
            found = await load_digest_input(db, old.watermark if old else 0)
        return await asyncio.to_thread(
            build_digest, None, found.articles, found.statements, found.prior, found.until
        )

    async def _send(self, channel_id: int, message: digest_render.DigestMessage) -> None:
        channel = self.bot.get_partial_messageable(channel_id)
        await channel.send(
            content=message.content, embed=message.embed, allowed_mentions=discord.AllowedMentions.none()
        )

    # --- commands -------------------------------------------------------------------------------
    @digest.command(name="setup")
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.describe(
        channel="Where to post the digest",
        time="Local time to post, 24-hour HH:MM (e.g. 09:00)",
        timezone="IANA time zone, e.g. Europe/Berlin or Asia/Seoul (start typing for choices)",
    )
    async def setup(
        self, interaction: discord.Interaction, channel: discord.TextChannel, time: Text, timezone: Text
    ) -> None:
        """Post a daily digest in a channel at a local time (admins: Manage Server)."""
        schedule = Schedule(parse_local_time(time), parse_timezone(timezone))
        now = self.time()
        old = await load_digest_settings(self.bot.db, interaction.guild_id)
        last_day = self._last_day_for(old, schedule, now)
        saved = await save_digest_schedule(
            self.bot.db,
            interaction.guild_id,
            channel.id,
            f"{schedule.local_time:%H:%M}",
            schedule.tz.key,
            last_day,
        )
        text = digest_render.setup_done(
            saved, next_posting(now, schedule, last_day), _missing_permissions(channel)
        )
        await interaction.response.send_message(embed=text, ephemeral=True)

    @staticmethod
    def _last_day_for(old: DigestSettings | None, schedule: Schedule, now: datetime) -> date:
        """Same schedule: keep the day (a pending catch-up stays pending). New or changed: start from
        the next posting time, counting a digest already posted today in the new zone."""
        if old and old.enabled and old.last_posted_day and schedule_of(old) == schedule:
            return old.last_posted_day
        return baseline_day(now, schedule, old.last_posted_at if old else None)

    @setup.autocomplete("timezone")
    async def _timezones(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in zone_names(current, CHOICES)]

    @digest.command(name="off")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def off(self, interaction: discord.Interaction) -> None:
        """Stop posting the daily digest (admins: Manage Server)."""
        was_on = await disable_digest(self.bot.db, interaction.guild_id)
        text = "The daily digest is off." if was_on else "The daily digest was not on."
        await interaction.response.send_message(
            embed=digest_render.note(text + " /digest setup turns it on."), ephemeral=True
        )

    @digest.command(name="now")
    async def post_now(self, interaction: discord.Interaction) -> None:
        """Post here what is new since the last daily digest (admins; others see a private preview)."""
        # Nothing is recorded: the daily digest still reports these items, whoever asked and when.
        public = interaction.permissions.manage_guild
        digest = await within_deadline(interaction, self._what_is_new(interaction.guild_id), not public)
        message = digest_render.render_digest(digest, post_empty=True)
        if not public:
            message = replace(message, content="\n".join(filter(None, [message.content, MEMBERS_PREVIEW])))
        await self._reply(interaction, message, ephemeral=not public)

    @digest.command(name="preview")
    async def preview(self, interaction: discord.Interaction) -> None:
        """Show only you what the next digest would say (nothing is posted or marked as seen)."""
        digest = await within_deadline(interaction, self._what_is_new(interaction.guild_id), True)
        await self._reply(interaction, digest_render.render_digest(digest, post_empty=True), ephemeral=True)

    @digest.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """The digest's schedule, the last and next post, and any problem with posts, files or feeds."""
        await interaction.response.send_message(
            embed=await self._status(interaction.guild_id), ephemeral=True
        )

    async def _status(self, guild_id: int) -> discord.Embed:
        now, db, settings = self.time(), self.bot.db, self.bot.settings
        s = await load_digest_settings(db, guild_id)
        next_at = next_posting(now, schedule_of(s), s.last_posted_day) if s and s.enabled else None
        retry_at = get_retry_at(s) if s else None
        refresh = self.bot.get_cog("RefreshCog")
        failures, failure_count = await load_failures(db)
        return digest_render.status(
            digest_render.DigestStatus(
                s, max(next_at, retry_at) if next_at and retry_at else next_at,
                await load_feed_states(db, settings.feeds), failures, failure_count,
                getattr(refresh, "last_scan", None), settings.rescan_minutes, refresh is not None,
            )
        )  # fmt: skip

    async def _reply(self, interaction: discord.Interaction, message, ephemeral: bool) -> None:
        kwargs = {"content": message.content, "ephemeral": ephemeral}
        if message.embed is not None:
            kwargs["embed"] = message.embed
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs)
        else:
            await interaction.response.send_message(**kwargs)


def _missing_permissions(channel: discord.TextChannel) -> list[str]:
    """What the bot lacks to post in `channel`, when its own member is known (else nothing to say)."""
    me = channel.guild.me
    if me is None:
        return []
    perms = channel.permissions_for(me)
    needed = {"View Channel": perms.view_channel, "Send Messages": perms.send_messages,
              "Embed Links": perms.embed_links}  # fmt: skip
    return [name for name, ok in needed.items() if not ok]


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(DigestCog(bot))
