"""A small hand-made store: two articles, seven statements written by hand (no extractor), so
query outputs can be compared whole."""

from __future__ import annotations

from pathlib import Path

from bot.articles import Article, parse_article
from bot.extract.context import sentence_around
from bot.extract.lexicon import lexicon_from_lists
from bot.model import Actor, Concept, Extraction, Speaker, Statement
from bot.store import save_article, sync_tables
from bot.tables import load_lexicon

# the extractor shows a short statement's sentence; these hand-made statements carry it too
LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicon.toml"
ABBREVIATIONS = lexicon_from_lists(load_lexicon(LEXICON)).abbreviations

ACTORS = (
    Actor("south-korea", "South Korea", "government", aliases=("Seoul", "ROK")),
    Actor(
        "foreign-ministry",
        "Foreign Ministry",
        "ministry",
        "south-korea",
        ("Ministry of Foreign Affairs", "MOFA"),
    ),
    Actor(
        "unification-ministry",
        "Unification Ministry",
        "ministry",
        "south-korea",
        ("Ministry of Unification",),
    ),
    Actor("democratic-party", "Democratic Party of Korea", "party", "south-korea", ("DP",)),
    Actor("park-il", "Park Il", "person", "foreign-ministry", role="Foreign Ministry spokesperson"),
    Actor(
        "chung-dong-young", "Chung Dong-young", "person", "unification-ministry", role="Unification Minister"
    ),
    Actor("jung-chung-rae", "Jung Chung-rae", "person", "democratic-party", role="Democratic Party leader"),
    Actor("united-states", "United States", "government", aliases=("US", "Washington")),
)
CONCEPTS = (
    Concept("working-group", "A standing South Korea-US working group should steer North Korea policy"),
    Concept("military-exercises", "Combined military exercises should be scaled back to revive dialogue"),
    Concept("sanctions", "Sanctions on North Korea should be maintained"),
)
TEXT_1 = """ date 2025-12-09 Seoul and Washington to meet regularly

"We oppose a new working group," Park Il said on Tuesday.

Unification Minister Chung Dong-young called for scaling back military exercises.

A Foreign Ministry official said sanctions must stay, speaking on condition of anonymity.
"""
TEXT_2 = """ date 2025-12-17 Ministry stays away from talks

The Unification Ministry decided not to join the consultations on a working group.

"I support the Unification Ministry's position," Jung Chung-rae said.

Park Il said the working group could help coordination.

Kim Min-ji, a deputy at the Foreign Ministry, said sanctions should be eased.
"""
KIM = Actor("kim-min-ji", "Kim Min-ji", "person", "foreign-ministry", discovered=True)


def statement(article: Article, content: str, speaker: tuple, **fields) -> Statement:
    """A statement at `content`'s place in the article; speaker = (id, name, mention[, anonymous])."""
    start = article.text.index(content)
    sid, name, mention, *anonymous = speaker
    m_start = article.text.index(mention)
    paragraph = next(i for i, (s, e) in enumerate(article.paragraphs) if s <= start < e)
    who = Speaker(
        sid,
        name,
        mention,
        m_start,
        m_start + len(mention),
        bool(anonymous),
        kind=fields.pop("kind_", "person"),
    )
    values = dict(kind="reported", cue="said", actor=None, said_on=article.published.isoformat())
    span = (start, start + len(content))
    values["context"] = sentence_around(article.text, article.paragraphs[paragraph], span, ABBREVIATIONS)
    return Statement(content=content, start=start, end=start + len(content), paragraph=paragraph, speaker=who,
                     **{**values, **fields})  # fmt: skip


def article_1() -> tuple[Article, Extraction]:
    a = parse_article(TEXT_1, "a1.txt")
    park = ("park-il", "Park Il", "Park Il")
    chung = ("chung-dong-young", "Chung Dong-young", "Chung Dong-young")
    anon = ("anon-fm-1", "a Foreign Ministry official", "A Foreign Ministry official", True)
    return a, Extraction((
        statement(a, "We oppose a new working group,", park, kind="direct", actor="foreign-ministry",
                  concept="working-group", agreement="oppose", stance_cue="oppose"),
        statement(a, "scaling back military exercises", chung, cue="called for", actor="unification-ministry",
                  concept="military-exercises", agreement="support", stance_cue="called for"),
        statement(a, "sanctions must stay", anon, actor="foreign-ministry", concept="sanctions",
                  agreement="support", stance_cue="must stay", about=("north-korea",)),
    ))  # fmt: skip


def article_2() -> tuple[Article, Extraction]:
    a = parse_article(TEXT_2, "a2.txt")
    um = ("unification-ministry", "Unification Ministry", "The Unification Ministry")
    jung = ("jung-chung-rae", "Jung Chung-rae", "Jung Chung-rae")
    park = ("park-il", "Park Il", "Park Il said")
    kim = ("kim-min-ji", "Kim Min-ji", "Kim Min-ji")
    return a, Extraction((
        statement(a, "not to join the consultations on a working group", um, kind="position",
                  kind_="ministry", cue="decided", actor="unification-ministry", concept="working-group",
                  agreement="oppose", stance_cue="not to join"),
        statement(a, "I support the Unification Ministry's position,", jung, kind="direct",
                  actor="democratic-party", about=("unification-ministry",)),
        statement(a, "the working group could help coordination", park, actor="foreign-ministry",
                  concept="working-group", agreement="support", stance_cue="could help"),
        statement(a, "sanctions should be eased", kim, actor="foreign-ministry", concept="sanctions",
                  agreement="oppose", stance_cue="should be eased"),
    ), discovered=(KIM,))  # fmt: skip


async def fill(db) -> None:
    """The hand-made tables and both articles, saved through the store's own functions."""
    await sync_tables(db, ACTORS, CONCEPTS)
    for article, extraction in (article_1(), article_2()):
        await save_article(db, article, extraction)
