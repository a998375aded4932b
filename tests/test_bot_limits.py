"""Clipping to Discord's limits: pure functions, tested with tables (negative cases included)."""

from __future__ import annotations

import discord
import pytest

from bot.discord_app.limits import EMBED_TOTAL, and_more, clip, embed_size, fit_embed, pack


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("exactly10!", 10, "exactly10!"),
        ("eleven char", 10, "eleven ch…"),
        ("word    ", 5, "word…"),  # no space left before the ellipsis
        ("", 3, ""),
    ],
)
def test_clip(text, limit, expected):
    assert clip(text, limit) == expected
    assert len(clip(text, limit)) <= limit


@pytest.mark.parametrize(
    ("entries", "limit", "max_entries", "expected"),
    [
        ([], 10, None, []),
        (["aaa", "bbb"], 8, None, [["aaa", "bbb"]]),  # 3 + 2 (separator) + 3
        (["aaa", "bbb"], 7, None, [["aaa"], ["bbb"]]),
        (["aaa", "bbb", "c"], 100, 2, [["aaa", "bbb"], ["c"]]),
        (["a" * 20, "b"], 10, None, [["a" * 9 + "…"], ["b"]]),  # too long alone: clipped, not dropped
    ],
)
def test_pack(entries, limit, max_entries, expected):
    assert pack(entries, limit, max_entries=max_entries) == expected


def test_and_more():
    assert and_more(35) == "…and 35 more"


def test_fit_embed_clips_every_part_and_the_total():
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    embed.set_footer(text="f" * 3000)
    for i in range(30):
        embed.add_field(name="n" * 300, value="v" * 2000 if i else "", inline=True)
    fitted = fit_embed(embed)
    assert len(fitted.title) == 256 and len(fitted.footer.text) == 2048
    assert all(len(f.name) <= 256 and 0 < len(f.value) <= 1024 for f in fitted.fields)
    assert fitted.fields[0].value == "\u200b"  # Discord refuses an empty field value
    assert len(fitted.fields) <= 25 and embed_size(fitted) <= EMBED_TOTAL


def test_fit_embed_leaves_a_small_embed_alone():
    embed = discord.Embed(title="Stance", description="short")
    embed.add_field(name="a", value="b")
    assert (
        fit_embed(embed).to_dict()
        == discord.Embed(title="Stance", description="short").add_field(name="a", value="b").to_dict()
    )
