"""Discord's size limits and the clipping that keeps every message inside them.

Limits from https://discord.com/developers/docs/resources/message#embed-object-embed-limits:
going over any of them is a 400 from the API, so text is cut here with an ellipsis instead.
"""

from __future__ import annotations

import discord

CONTENT = 2000
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
EMBED_TOTAL = 6000
CHOICES = 25  # autocomplete choices per answer
CHOICE_TEXT = 100  # a choice's name and value
ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def pack(
    entries: list[str], limit: int, sep: str = "\n\n", max_entries: int | None = None
) -> list[list[str]]:
    """Groups entries into chunks whose joined text fits `limit`; an entry too long alone is clipped."""
    chunks: list[list[str]] = [[]]
    size = 0
    for entry in (clip(e, limit) for e in entries):
        full = max_entries is not None and len(chunks[-1]) >= max_entries
        if chunks[-1] and (full or size + len(sep) + len(entry) > limit):
            chunks.append([])
            size = 0
        size += (len(sep) if chunks[-1] else 0) + len(entry)
        chunks[-1].append(entry)
    return chunks if chunks[0] else []


def and_more(count: int) -> str:
    return f"{ELLIPSIS}and {count} more"


def embed_size(embed: discord.Embed) -> int:
    """Characters Discord counts towards the 6,000 a message may hold (title, description, fields…)."""
    size = len(embed.title or "") + len(embed.description or "")
    size += sum(len(f.name or "") + len(f.value or "") for f in embed.fields)
    return size + len(embed.footer.text or "") + len(embed.author.name or "")


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Clips every part of `embed` to Discord's limits; the description gives way for the total."""
    if embed.title:
        embed.title = clip(embed.title, TITLE)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER))
    fields = embed.fields[:FIELDS]
    embed.clear_fields()
    for f in fields:
        embed.add_field(
            name=clip(f.name or "\u200b", FIELD_NAME),
            value=clip(f.value or "\u200b", FIELD_VALUE),
            inline=f.inline,
        )
    if embed.description:
        room = EMBED_TOTAL - (embed_size(embed) - len(embed.description))
        embed.description = clip(embed.description, max(1, min(DESCRIPTION, room)))
    while embed_size(embed) > EMBED_TOTAL and embed.fields:  # a last resort: renderers budget below this
        embed.remove_field(-1)
    return embed
