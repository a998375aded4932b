"""Exact replies on small hand-made stores: answers, user mistakes, hostile input, mentions."""

from __future__ import annotations

import pytest

from bot.articles import parse_article
from bot.model import Actor, Concept, Extraction, Speaker, Statement
from bot.store import open_store, save_article, sync_tables
from tests.fake_discord import EPHEMERAL
from tests.handmade import fill

NO_PINGS = {"parse": []}
BLURPLE, ORANGE = 5793266, 15105570


def embed(title: str | None, description: str, colour: int, footer: str | None = None) -> dict:
    """An embed as discord.py serialises it."""
    e = {"fields": [], "flags": 0, "color": colour, "type": "rich", "description": description}
    if title is not None:
        e["title"] = title
    if footer is not None:
        e["footer"] = {"text": footer}
    return e


def reply(embeds: list[dict], ephemeral: bool = False) -> dict:
    payload = {"tts": False, "embeds": embeds, "content": None, "allowed_mentions": NO_PINGS}
    if ephemeral:
        payload["flags"] = EPHEMERAL
    return payload


@pytest.fixture
async def handmade_db(tmp_path):
    async with open_store(tmp_path / "handmade.db") as db:
        await fill(db)
        yield db


async def one_quote_store(path, quote: str, speaker: str = "Jane Roe") -> None:
    """A store with one article in which `speaker` says `quote` (a direct quote)."""
    text = f' date 2025-03-01 Headline\n\n"{quote}" {speaker} said.\n'
    article = parse_article(text, "q.txt")
    start = text.index(quote)
    who = Speaker("jane-roe", speaker, speaker, text.index(f" {speaker}") + 1, text.index(" said"))
    st = Statement(
        "direct",
        quote,
        start,
        start + len(quote),
        0,
        "said",
        who,
        "acme",
        "2025-03-01",
        concept="taxes",
        agreement="support",
    )
    async with open_store(path) as db:
        await sync_tables(
            db,
            [Actor("acme", "Acme Party", "party"), Actor("jane-roe", speaker, "person", "acme")],
            [Concept("taxes", "Taxes should be cut")],
        )
        await save_article(db, article, Extraction((st,)))


async def test_stance_reply_exactly(handmade_db, start_bot):
    async with start_bot(handmade_db) as h:
        answer = await h.ask("stance", actor="park il")
    description = (
        "**2 statements** from 2025-12-09 to 2025-12-17\n\n"
        "`working-group` — **supports** (2 statements: 1 support, 1 oppose)\n"
        "*A standing South Korea-US working group should steer North Korea policy*\n"
        "> **supports**: Park Il said the working group could help coordination\n"
        "— **Park Il** (Foreign Ministry) · 2025-12-17 · article #2 *Ministry stays away from talks*\n"
        "> **opposes**: “We oppose a new working group,”\n"
        "— **Park Il** (Foreign Ministry) · 2025-12-09 · article #1 *Seoul and Washington to meet regularly*"
    )
    footer = "1 concept · 0 statements by others"
    assert answer.payload == reply([embed("Stance: Park Il (person)", description, BLURPLE, footer)])


async def test_unknown_actor_is_told_privately_with_suggestions(handmade_db, start_bot):
    async with start_bot(handmade_db) as h:
        answer = await h.ask("stance", actor="park-li")
    description = (
        "I don't know the actor **park-li**.\nDid you mean: `park-il`?\n"
        "Try: `/actors` lists every actor; the actor option suggests names as you type"
    )
    assert answer.payload == reply([embed("Unknown actor", description, ORANGE)], ephemeral=True)


@pytest.mark.parametrize(
    ("command", "options", "title", "description"),
    [
        (
            "search",
            {"text": "   "},
            "That did not work",
            'search needs some words, e.g. `search sanctions` or `search "working group"`',
        ),
        (
            "quotes",
            {"actor": "park-il", "since": "12/2025"},
            "That did not work",
            "since: malformed date '12/2025' (expected YYYY-MM-DD)",
        ),
        (
            "article",
            {"id": 99},
            "Unknown article",
            "I don't know the article **99**.\nTry: the number after “article #” beside each quote",
        ),
        (
            "stance",
            {"actor": "park-il", "concept": "taxes"},
            "Unknown concept",
            "I don't know the concept **taxes**.\nTry: the concept option lists the concepts as you type",
        ),
    ],
)
async def test_user_mistakes_get_an_ephemeral_explanation(
    handmade_db, start_bot, command, options, title, description
):
    async with start_bot(handmade_db) as h:
        answer = await h.ask(command, **options)
    assert answer.payload == reply([embed(title, description, ORANGE)], ephemeral=True)


@pytest.mark.parametrize(
    "text", ['"unbalanced', "working NEAR group", "(((", "group*", "a OR b AND NOT c", "') OR 1=1 --", "^*:-"]
)
async def test_hostile_search_strings_are_searched_literally(handmade_db, start_bot, text):
    async with start_bot(handmade_db) as h:
        answer = await h.ask("search", text=text)
    assert answer.payload["allowed_mentions"] == NO_PINGS and not answer.ephemeral
    assert answer.embeds[0]["title"] == f"Search: {text}"
    assert "went wrong" not in answer.text


async def test_search_shows_the_match_in_bold_with_speaker_and_date(handmade_db, start_bot):
    async with start_bot(handmade_db) as h:
        answer = await h.ask("search", text="sanctions")
    description = (
        "> **sanctions** must stay\n"
        "— **a Foreign Ministry official** (Foreign Ministry) · 2025-12-09 · article #1 "
        "*Seoul and Washington to meet regularly*\n\n"
        "> **sanctions** should be eased\n"
        "— **Kim Min-ji** (Foreign Ministry) · 2025-12-17 · article #2 *Ministry stays away from talks*"
    )
    assert answer.payload == reply(
        [embed("Search: sanctions", description, BLURPLE, "2 matches, best first")]
    )


async def test_a_stored_mention_pings_nobody(tmp_path, start_bot):
    await one_quote_store(tmp_path / "m.db", "Vote for us @everyone and <@123456789012345678> and <@&42>")
    async with open_store(tmp_path / "m.db") as db, start_bot(db) as h:
        answer = await h.ask("quotes", actor="acme")
    assert answer.payload["allowed_mentions"] == NO_PINGS
    assert "“Vote for us @everyone and <@123456789012345678> and <@&42>”" in answer.text


async def test_markdown_in_a_quote_is_shown_literally(tmp_path, start_bot):
    await one_quote_store(tmp_path / "md.db", "We *will* cut taxes_now ~~today~~ `x`")
    async with open_store(tmp_path / "md.db") as db, start_bot(db) as h:
        answer = await h.ask("quotes", actor="jane roe")
    assert r"“We \*will\* cut taxes\_now \~\~today\~\~ \`x\`”" in answer.text


async def test_autocomplete_offers_slugs_names_and_aliases(handmade_db, start_bot):
    async with start_bot(handmade_db) as h:
        by_alias = await h.choices("stance", "actor", actor="MOFA")
        typo = await h.choices("quotes", "actor", actor="unifcation")
        everything = await h.choices("compare", "actor_b", actor_a="park-il", actor_b="")
        concepts = await h.choices("stance", "concept", actor="park-il", concept="sanc")
    assert by_alias[0] == {"name": "Foreign Ministry (foreign-ministry)", "value": "foreign-ministry"}
    assert typo[0]["value"] == "unification-ministry"
    assert 1 < len(everything) <= 25 and all(len(c["name"]) <= 100 for c in everything)
    assert concepts == [
        {"name": "sanctions: Sanctions on North Korea should be maintained", "value": "sanctions"}
    ]
