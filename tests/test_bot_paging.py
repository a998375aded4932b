"""Long answers: pages turned by buttons (only by the asker), buttons removed on timeout, and
every message inside Discord's limits however big the store's text is."""

from __future__ import annotations

import pytest

from bot.articles import parse_article
from bot.discord_app.paging import NOT_YOURS
from bot.model import Actor, Concept, Extraction, Speaker, Statement
from bot.store import open_store, save_article, sync_tables
from tests.fake_discord import EPHEMERAL

LONG_NAME = "The Extraordinarily Long-Named Committee " * 8  # 328 characters: past a title's 256
CONCEPTS = [
    Concept(f"concept-{i:02d}", f"Proposition number {i} " + "with many words " * 40) for i in range(12)
]


async def big_store(path, statements: int, words: int) -> None:
    """One article; `statements` direct quotes of `words` words each, by one speaker of a long-named
    organisation, spread over twelve concepts; a second organisation says one thing per concept."""
    quotes = [f"Quote {i}: " + " ".join(f"word{i}x{j}" for j in range(words)) for i in range(statements)]
    paragraphs = [f'"{q}" Jane Roe said.' for q in quotes] + [
        f'"On {c.slug} we agree." Max Poe said.' for c in CONCEPTS
    ]
    text = " date 2025-05-01 A very long article\n\n" + "\n\n".join(paragraphs) + "\n"
    article = parse_article(text, "big.txt")
    found = [
        quote(article, q, "jane-roe", "Jane Roe", "big-org", CONCEPTS[i % 12].slug, i)
        for i, q in enumerate(quotes)
    ]
    found += [
        quote(article, f"On {c.slug} we agree.", "max-poe", "Max Poe", "small-org", c.slug, statements + i)
        for i, c in enumerate(CONCEPTS)
    ]
    actors = [
        Actor("big-org", LONG_NAME, "party"),
        Actor("jane-roe", "Jane Roe", "person", "big-org"),
        Actor("small-org", "Small Org", "party"),
        Actor("max-poe", "Max Poe", "person", "small-org"),
    ]
    async with open_store(path) as db:
        await sync_tables(db, actors, CONCEPTS)
        await save_article(db, article, Extraction(tuple(found)))


def quote(article, content: str, sid: str, name: str, actor: str, concept: str, n: int) -> Statement:
    start = article.text.index(content)
    paragraph = next(i for i, (s, e) in enumerate(article.paragraphs) if s <= start < e)
    mention = article.text.index(name, start)
    who = Speaker(sid, name, name, mention, mention + len(name))
    agreement = ("support", "oppose", "neutral")[n % 3]
    return Statement(
        "direct",
        content,
        start,
        start + len(content),
        paragraph,
        "said",
        who,
        actor,
        f"2025-04-{n % 28 + 1:02d}",
        concept=concept,
        agreement=agreement,
    )


def assert_within_limits(payload: dict) -> None:
    """Discord's documented limits (tests/fake_discord.py does not enforce them: this does)."""
    assert len(payload.get("content") or "") <= 2000
    embeds = payload.get("embeds") or []
    assert len(embeds) <= 10
    total = 0
    for e in embeds:
        fields = e.get("fields", [])
        footer = (e.get("footer") or {}).get("text", "")
        assert (
            len(e.get("title", "")) <= 256 and len(e.get("description", "")) <= 4096 and len(footer) <= 2048
        )
        assert len(fields) <= 25
        assert all(0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024 for f in fields)
        total += len(e.get("title", "")) + len(e.get("description", "")) + len(footer)
        total += sum(len(f["name"]) + len(f["value"]) for f in fields)
    assert total <= 6000


@pytest.fixture
async def big_db(tmp_path):
    await big_store(tmp_path / "big.db", statements=60, words=900)  # each quote ~9,000 characters
    async with open_store(tmp_path / "big.db") as db:
        yield db


async def test_oversized_answers_stay_within_limits(big_db, start_bot):
    async with start_bot(big_db) as h:
        answers = [
            await h.ask("timeline", actor="big-org"),
            await h.ask("stance", actor="big-org"),
            await h.ask("compare", actor_a="big-org", actor_b="small-org"),
            await h.ask("actors"),
            await h.ask("search", text="word3x1"),
            await h.ask("quotes", actor="jane roe"),
        ]
        sent = [r.json for r in h.fake.requests if r.json and r.path.startswith("/interactions/")]
    assert len(sent) == len(answers) and all(not a.ephemeral for a in answers)
    for payload in sent:
        assert_within_limits(payload["data"])
    timeline, stance = answers[0], answers[1]
    assert timeline.embeds[0]["description"].endswith("…")  # a 9,000-character quote, cut
    assert stance.embeds[0]["title"] == ("Stance: " + LONG_NAME)[:255].rstrip() + "…"
    assert len(answers[2].embeds[0]["fields"]) == 15  # five concepts a page, three columns


async def test_the_last_page_counts_what_did_not_fit(big_db, start_bot):
    async with start_bot(big_db) as h:
        answer = await h.ask("timeline", actor="big-org")
        assert answer.embeds[0]["footer"]["text"] == "60 statements, oldest first · page 1/25"
        for _ in range(24):
            answer = await h.click(answer, answer.custom_ids()[2])
            assert_within_limits(answer.payload)
    assert answer.embeds[0]["footer"]["text"] == "60 statements, oldest first · page 25/25"
    assert answer.embeds[0]["description"].endswith("…and 35 more")  # 60 statements, one a page
    buttons = answer.payload["components"][0]["components"]
    assert [(b["label"], b["disabled"]) for b in buttons] == [
        ("◀ Previous", False),
        ("25/25", True),
        ("Next ▶", True),
    ]


async def test_only_the_asker_can_turn_pages(big_db, start_bot, fake_discord):
    owner, other = fake_discord.member("alice"), fake_discord.member("mallory")
    async with start_bot(big_db) as h:
        first = await h.ask("quotes", owner, actor="big-org")
        previous, position, following = first.custom_ids()
        refused = await h.click(first, following, other)
        assert refused.payload == {
            "tts": False,
            "content": NOT_YOURS,
            "flags": EPHEMERAL,
            "allowed_mentions": {"parse": []},
        }
        assert fake_discord.messages[first.message["id"]]["embeds"] == first.embeds  # unchanged
        turned = await h.click(first, following, owner)
        back = await h.click(turned, previous, owner)
    assert turned.embeds[0]["footer"]["text"].endswith("page 2/25")
    assert turned.embeds[0]["description"] != first.embeds[0]["description"]
    assert back.embeds == first.embeds


async def test_page_buttons_are_removed_when_the_view_times_out(big_db, start_bot):
    async with start_bot(big_db, page_timeout=0.3) as h:
        payload = await h.send("quotes", actor="big-org")
        first = await h.answer(payload)
        assert len(first.custom_ids()) == 3
        edit = await h.wait_for(lambda r: r.method == "PATCH" and payload["token"] in r.path)
    assert edit.path.endswith("/messages/@original")
    assert edit.json["components"] == []  # the page stays, the buttons go
    assert "embeds" not in edit.json


async def test_a_short_answer_has_no_buttons(big_db, start_bot):
    async with start_bot(big_db) as h:
        answer = await h.ask("stance", actor="small-org", concept="concept-01")
    assert "components" not in answer.payload or answer.payload["components"] == []
