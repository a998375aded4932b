"""The digest and its status as Discord messages, inside Discord's limits.

One embed per digest: new articles in the description, one field per actor with what changed,
the quote of the day last. Past the limits, entries are counted ("…and 3 more"), never cut mid-way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import discord

from bot.digest import ActorChanges, ConceptChange, Digest, NewArticle, NewStatement
from bot.discord_app.limits import EMBED_TOTAL, FIELD_VALUE, FIELDS, and_more, clip, embed_size, fit_embed
from bot.discord_app.render import md
from bot.rescan import ScanReport
from bot.store.digest import DigestSettings
from bot.store.sources import FeedState, IngestFailure
from bot.wording import day_label

NOTHING_NEW = "Nothing new since the last digest."
ARTICLES_CHARS = 1500  # leaves most of the 6,000 a message may hold for what the actors said
PROPOSITION_CHARS = 110
QUOTE_CHARS = 400
EXCERPT_CHARS = 100  # of the statement behind each change: a taste, /stance has the rest
ACTOR_FIELDS = FIELDS - 2  # room for the quote of the day and an "…and N more actors" field
COLOUR = discord.Colour.dark_teal()
PRESENT = {"support": "supports", "oppose": "opposes", "neutral": "is neutral on"}
NOW = {"support": "now supports", "oppose": "now opposes", "neutral": "is now neutral on"}
PAST = {"support": "supported", "oppose": "opposed", "neutral": "neutral"}


@dataclass(frozen=True)
class DigestMessage:
    """What to send: a one-line `content` (a day with nothing new) or one `embed`."""

    content: str | None = None
    embed: discord.Embed | None = None


def get_title(day) -> str:
    return f"Daily digest · {day:%A} {day.day} {day:%B %Y}" if day else "Digest · since the last one"


def link_text(text: str) -> str:
    """Brackets escaped: one in a title would end the link text early."""
    return text.replace("[", "\\[").replace("]", "\\]")


def article_line(a: NewArticle) -> str:
    title = md(clip(a.title, 150))
    title = f"[{link_text(title)}](<{a.url}>)" if a.url else f"*{title}*"
    return f"• {a.published or 'undated'} · {title}"


def fit_lines(lines: list[str], limit: int, sep: str = "\n") -> str:
    """As many whole lines as fit in `limit`, then "…and N more" for the rest."""
    shown: list[str] = []
    for i, line in enumerate(lines):
        rest = len(lines) - i - 1
        tail = len(sep + and_more(rest)) if rest else 0
        if len(sep.join([*shown, line])) + tail > limit:
            return clip(sep.join([*shown, and_more(len(lines) - i)]), limit)
        shown.append(line)
    return sep.join(shown)


def change_line(c: ConceptChange) -> str:
    prop = f"*{md(clip(c.proposition or c.concept or '', PROPOSITION_CHARS))}*"
    count = f" ({c.count} statements)" if c.count > 1 else ""
    if c.change in ("reversed", "shifted"):
        text = f"**{NOW[c.agreement]}** {prop} (before: {PAST[c.previous]})"
    elif c.change == "first":
        text = f"first position: **{PRESENT[c.agreement]}** {prop}"
    elif c.change == "same":
        text = f"still {PRESENT[c.agreement]} {prop}"
    elif c.concept:
        text = f"on {prop}, no stance taken"
    else:
        text = f"{'statements' if c.count > 1 else 'a statement'} on other matters"
        count = f" ({c.count})" if c.count > 1 else ""
    said = f": “{md(clip(c.excerpt, EXCERPT_CHARS))}”" if c.excerpt else ""
    return f"• {text}{count}{said}"


def actor_field(a: ActorChanges) -> tuple[str, str]:
    name = f"{md(a.name)} · {a.count} new statement{'s' if a.count != 1 else ''}"
    return clip(name, 256), fit_lines([change_line(c) for c in a.concepts], FIELD_VALUE)


def quote_text(q: NewStatement) -> str:
    who = md(q.speaker_name) + (f" ({md(q.actor_name)})" if q.actor_name != q.speaker_name else "")
    source = f"{day_label(q.said_on, q.said_on_precision) or 'undated'} · *{md(clip(q.article_title, 80))}*"
    return f"> “{md(clip(q.content, QUOTE_CHARS))}”\n— {who} · {source}"


def render_digest(digest: Digest, post_empty: bool = True) -> DigestMessage | None:
    """The message for a digest; None when there is nothing new and empty days are not posted."""
    if digest.is_empty:
        return DigestMessage(content=NOTHING_NEW) if post_empty else None
    embed = discord.Embed(title=get_title(digest.day), colour=COLOUR)
    if digest.articles:
        lines = [article_line(a) for a in digest.articles]
        embed.description = f"**New articles ({len(lines)})**\n" + fit_lines(lines, ARTICLES_CHARS)
    _add_actor_fields(embed, digest)
    if digest.quote:
        embed.add_field(
            name="Quote of the day", value=clip(quote_text(digest.quote), FIELD_VALUE), inline=False
        )
    actors = len(digest.actors)
    embed.set_footer(text=f"{digest.statement_count} new statements from {actors} actor{'s' * (actors != 1)}"
                     " · /stance for an actor's full record")  # fmt: skip
    return DigestMessage(embed=_within_total(fit_embed(embed), digest))


def _add_actor_fields(embed: discord.Embed, digest: Digest) -> None:
    reserve = len(quote_text(digest.quote)) + 40 if digest.quote else 0
    for i, actor in enumerate(digest.actors):
        name, value = actor_field(actor)
        left = len(digest.actors) - i
        too_big = embed_size(embed) + len(name) + len(value) + reserve + 200 > EMBED_TOTAL
        if i >= ACTOR_FIELDS or too_big:
            embed.add_field(name="More actors", value=and_more(left) + " (see /stance)", inline=False)
            return
        embed.add_field(name=name, value=value, inline=False)


def _within_total(embed: discord.Embed, digest: Digest) -> discord.Embed:
    """The 6,000-character budget is checked last: if still over, the description gives way."""
    if embed_size(embed) > EMBED_TOTAL and embed.description:
        room = EMBED_TOTAL - (embed_size(embed) - len(embed.description))
        embed.description = clip(embed.description, max(1, room))
    return embed


# --- /digest setup, off and status -------------------------------------------------------------
def note(text: str) -> discord.Embed:
    return fit_embed(discord.Embed(description=text, colour=COLOUR))


def stamp(value: datetime | None, tz: ZoneInfo | None = None) -> str:
    """A Discord timestamp (shown in each reader's own zone) and the time in the digest's zone."""
    if value is None:
        return "never"
    local = value.astimezone(tz or UTC)
    return f"<t:{int(value.timestamp())}:f> ({local:%Y-%m-%d %H:%M} {local.tzname()})"


def schedule_text(s: DigestSettings) -> str:
    return f"every day at {s.local_time} {s.tz} in <#{s.channel_id}>"


def setup_done(s: DigestSettings, next_at: datetime, missing: list[str]) -> discord.Embed:
    text = f"The digest will be posted {schedule_text(s)}.\nNext: {stamp(next_at, ZoneInfo(s.tz))}"
    text += "\n/digest preview shows what it would say now; /digest status shows how it is doing."
    if missing:
        lacking = ", ".join(missing)
        text += f"\n\n**Warning:** I lack {lacking} in <#{s.channel_id}>: grant it, or posts will fail."
    return note(text)


@dataclass(frozen=True)
class DigestStatus:
    settings: DigestSettings | None
    next_at: datetime | None
    feeds: list[FeedState]
    failures: list[IngestFailure]
    failure_count: int
    last_scan: ScanReport | None
    rescan_minutes: float
    refreshing: bool  # the rescan and feed loops run (the bot has an extractor)


def status(st: DigestStatus) -> discord.Embed:
    s = st.settings
    tz = ZoneInfo(s.tz) if s else UTC
    embed = discord.Embed(title="Digest status", colour=COLOUR)
    if s and s.enabled:
        embed.description = f"On: {schedule_text(s)}.\nNext: {stamp(st.next_at, tz)}"
    else:
        embed.description = "Off. /digest setup posts a digest every day in a channel of your choice."
    if s and s.last_error:
        retry = f"\nNext try: {stamp(st.next_at, tz)}" if s.enabled else ""
        problem = (
            f"{stamp(s.last_error_at, tz)}: {s.last_error}. The day is kept and posted once this is fixed."
        )
        embed.add_field(name="⚠ The last post failed", value=clip(problem + retry, FIELD_VALUE), inline=False)
    last = (
        f"{s.last_posted_day or '—'} (posted {stamp(s.last_posted_at, tz)})"
        if s and s.last_posted_at
        else "none yet"
    )
    embed.add_field(name="Last digest", value=last, inline=False)
    embed.add_field(name="Article folder", value=clip(rescan_text(st), FIELD_VALUE), inline=False)
    if st.feeds:
        lines = [feed_line(f, tz) for f in st.feeds]
        embed.add_field(name=f"Feeds ({len(lines)})", value=fit_lines(lines, FIELD_VALUE), inline=False)
    if st.failure_count:
        lines = [f"• `{clip(f.source, 120)}`: {md(clip(f.error, 200))}" for f in st.failures]
        if st.failure_count > len(lines):
            lines.append(and_more(st.failure_count - len(lines)))
        name = f"⚠ Files or pages that could not be read ({st.failure_count})"
        embed.add_field(name=name, value=fit_lines(lines, FIELD_VALUE), inline=False)
    return fit_embed(embed)


def rescan_text(st: DigestStatus) -> str:
    if not st.refreshing:
        return "not scanned: the bot runs without the extractor"
    text = f"scanned every {st.rescan_minutes:g} min"
    if st.last_scan:
        text += f"; last scan {stamp(st.last_scan.at)}: {st.last_scan.files} files, {st.last_scan.summary()}"
    return text


def feed_line(f: FeedState, tz: ZoneInfo) -> str:
    url = f"`{clip(f.url, 100)}`"
    if f.failures:
        return (f"• ✗ {url}: failing ({f.failures} in a row): {md(clip(f.last_error or '', 200))}; "
                f"next try {stamp(f.backoff_until, tz)}")  # fmt: skip
    if f.last_ok_at:
        return f"• ✓ {url}: read {stamp(f.last_ok_at, tz)}, {f.ingested} articles so far"
    return f"• {url}: not read yet"
