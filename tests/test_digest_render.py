"""The digest as a Discord message: wording of each change, and Discord's limits on huge days."""

from __future__ import annotations

from datetime import date

import pytest

from bot.digest import ActorChanges, ConceptChange, Digest, NewArticle, NewStatement, build_digest
from bot.discord_app.digest_render import NOTHING_NEW, change_line, fit_lines, render_digest
from bot.discord_app.limits import EMBED_TOTAL, embed_size

PROP = "Seoul should pursue engagement and dialogue with North Korea"


@pytest.mark.parametrize(
    "change, line",
    [
        (ConceptChange("talks", PROP, 1, "oppose", "support", "reversed"),
         f"• **now opposes** *{PROP}* (before: supported)"),
        (ConceptChange("talks", PROP, 3, "support", "oppose", "reversed"),
         f"• **now supports** *{PROP}* (before: opposed) (3 statements)"),
        (ConceptChange("talks", PROP, 1, "neutral", "support", "shifted"),
         f"• **is now neutral on** *{PROP}* (before: supported)"),
        (ConceptChange("talks", PROP, 1, "support", None, "first"),
         f"• first position: **supports** *{PROP}*"),
        (ConceptChange("talks", PROP, 2, "oppose", "oppose", "same"),
         f"• still opposes *{PROP}* (2 statements)"),
        (ConceptChange("talks", PROP, 1, None, "oppose", "none"), f"• on *{PROP}*, no stance taken"),
        (ConceptChange(None, None, 1, None, None, "none"), "• a statement on other matters"),
        (ConceptChange(None, None, 4, None, None, "none"), "• statements on other matters (4)"),
        (ConceptChange("talks", PROP, 1, "oppose", None, "first", "We *oppose* " + "it " * 40),
         f"• first position: **opposes** *{PROP}*: “We \\*oppose\\* " + "it " * 28 + "it…”"),
        (ConceptChange("x", "Tariffs *should* rise_now", 1, "support", None, "first"),
         "• first position: **supports** *Tariffs \\*should\\* rise\\_now*"),
    ],
)  # fmt: skip
def test_change_line(change, line):
    assert change_line(change) == line


@pytest.mark.parametrize(
    "lines, limit, expected",
    [
        (["aaa", "bbb"], 20, "aaa\nbbb"),
        (["aaa", "bbb", "ccc"], 15, "aaa\n…and 2 more"),
        (["aaa", "bbb", "ccc"], 14, "…and 3 more"),
        (["a" * 30], 11, "…and 1 more"),
        (["a" * 30], 5, "…and…"),
        ([], 10, ""),
    ],
)
def test_fit_lines(lines, limit, expected):
    assert fit_lines(lines, limit) == expected
    assert len(fit_lines(lines, limit)) <= limit


def test_empty_day_is_one_line_or_nothing():
    empty = Digest(date(2025, 12, 10), (), (), None, 5)
    assert render_digest(empty).content == NOTHING_NEW and render_digest(empty).embed is None
    assert render_digest(empty, post_empty=False) is None


def test_feed_articles_link_to_their_page():
    digest = build_digest(None, [NewArticle(1, "A [title]", "2025-12-09", "http://127.0.0.1:9/a")], [], {}, 1)
    assert render_digest(digest).embed.description == (
        "**New articles (1)**\n• 2025-12-09 · [A \\[title\\]](<http://127.0.0.1:9/a>)"
    )


def huge_digest() -> Digest:
    articles = [NewArticle(i, f"Headline number {i} " + "x" * 180, "2025-12-09") for i in range(300)]
    statements = [
        NewStatement(
            i, f"actor-{i % 60}", f"Actor {i % 60} " + "n" * 300, "Speaker", "direct", "q" * 2000,
            f"concept-{i % 12}", "P" * 400, "support" if i % 2 else "oppose", "2025-12-09", 1, "T" * 300, 0.9,
        )
        for i in range(1200)
    ]  # fmt: skip
    prior = {(f"actor-{a}", f"concept-{c}"): "support" for a in range(60) for c in range(12)}
    return build_digest(date(2025, 12, 10), articles, statements, prior, 5000)


def test_a_huge_day_stays_inside_discords_limits():
    embed = render_digest(huge_digest()).embed
    assert len(embed.title) <= 256 and len(embed.description) <= 4096
    assert len(embed.fields) <= 25
    assert all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)
    assert len(embed.footer.text) <= 2048
    assert embed_size(embed) <= EMBED_TOTAL
    assert embed.description.startswith("**New articles (300)**\n• 2025-12-09 · *Headline number 0 ")
    assert embed.description.endswith("more")
    names = [f.name for f in embed.fields]
    assert names[-1] == "Quote of the day" and names[-2] == "More actors"
    assert embed.fields[-2].value.startswith("…and ") and embed.fields[-2].value.endswith(
        " more (see /stance)"
    )
    shown = len(names) - 2
    assert f"…and {60 - shown} more" in embed.fields[-2].value
    assert embed.footer.text == "1200 new statements from 60 actors · /stance for an actor's full record"


def test_actor_fields_list_reversals_first():
    digest = build_digest(
        None, [],
        [NewStatement(1, "a", "Alpha", "S", "reported", "x", "c", PROP, "support", None, 1, "T"),
         NewStatement(2, "b", "Beta", "S", "reported", "y", "c", PROP, "oppose", None, 1, "T"),
         NewStatement(3, "b", "Beta", "S", "reported", "z", "d", "Other", "oppose", None, 1, "T")],
        {("b", "c"): "support"}, 3,
    )  # fmt: skip
    assert digest.actors == (
        ActorChanges("b", "Beta", 2, (ConceptChange("c", PROP, 1, "oppose", "support", "reversed", "y"),
                                      ConceptChange("d", "Other", 1, "oppose", None, "first", "z"))),
        ActorChanges("a", "Alpha", 1, (ConceptChange("c", PROP, 1, "support", None, "first", "x"),)),
    )  # fmt: skip
    fields = render_digest(digest).embed.fields
    assert [f.name for f in fields] == ["Beta · 2 new statements", "Alpha · 1 new statement"]
    assert fields[0].value == (
        f"• **now opposes** *{PROP}* (before: supported): “y”\n• first position: **opposes** *Other*: “z”"
    )


@pytest.mark.parametrize(
    "said_on, precision, shown",
    [
        ("2026-10-28", "week", "week of 2026-10-26"),  # a week across two months: its Monday
        ("2026-10-28", "day", "2026-10-28"),  # negatives: a day the article named, a month
        ("2026-10", "month", "2026-10"),
        (None, None, "undated"),
    ],
)
def test_a_digest_quote_is_dated_as_precisely_as_its_article_tells(said_on, precision, shown):
    from bot.discord_app.digest_render import quote_text

    q = NewStatement(
        1, "a", "Alpha", "S", "direct", "x", None, None, None, said_on, 1, "T", said_on_precision=precision
    )
    assert f" · {shown} · *T*" in quote_text(q)
