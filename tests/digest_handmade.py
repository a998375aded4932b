"""Hand-made articles and statements for the digest tests (no extractor): the store's real tables."""

from __future__ import annotations

from pathlib import Path

from bot.articles import parse_article
from bot.ingest import load_tables
from bot.model import Extraction, Speaker, Statement
from bot.settings import Settings
from bot.store import save_article

ROOT = Path(__file__).resolve().parent.parent
CHUNG = ("chung-dong-young", "Chung Dong-young")
PARK = ("park-il", "Park Il")
UNI, FM, TALKS = "unification-ministry", "foreign-ministry", "inter-korean-dialogue"
DIALOGUE = "Seoul should pursue engagement and dialogue with North Korea"


async def load_data_tables(db) -> None:
    await load_tables(
        db, Settings(actors_file=ROOT / "data/actors.toml", concepts_file=ROOT / "data/concepts.toml")
    )


def statement(text: str, content: str, speaker: tuple[str, str], actor: str, concept=None, agreement=None):
    start = text.index(content)
    who = Speaker(speaker[0], speaker[1], speaker[1], 0, len(speaker[1]))
    return Statement("direct", content, start, start + len(content), 0, "said", who, actor, None,
                     concept=concept, agreement=agreement, confidence=0.8)  # fmt: skip


async def add_article(db, path: str, day: str, lines: list[tuple], title: str | None = None):
    """lines: (content, speaker, actor, concept, agreement); the article text is made of the contents."""
    head = title or f"Headline for {path}"
    text = f" date {day} {head}\n\n" + "\n\n".join(f'"{c}," someone said.' for c, *_ in lines)
    article = parse_article(text, path)
    statements = tuple(statement(text, c, sp, ac, co, ag) for c, sp, ac, co, ag in lines)
    return await save_article(db, article, Extraction(statements))
