"""How long building and rendering one digest takes on a large store (no extractor: hand-made statements).

    .venv/bin/python bench/bench_digest.py [articles] [new_articles]

Stores `articles` articles of 10 statements each, the last `new_articles` of them after the watermark,
then times load_digest_input + build_digest + render_digest (the work of one scheduled post).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from bot.articles import parse_article
from bot.digest import build_digest
from bot.discord_app.digest_render import render_digest
from bot.discord_app.limits import embed_size
from bot.ingest import load_tables
from bot.model import Extraction, Speaker, Statement
from bot.settings import Settings
from bot.store import open_store, save_article
from bot.store.digest import fetch_latest_arrival, load_digest_input

ROOT = Path(__file__).resolve().parent.parent
ACTORS = ["unification-ministry", "foreign-ministry", "defense-ministry", "south-korea", "united-states"]
CONCEPTS = ["inter-korean-dialogue", "sanctions", "working-group", "military-exercises", None]


def make_article(i: int):
    lines = [f'"Line {j} of article {i} says something about policy," an official said.' for j in range(10)]
    text = f" date 2025-{1 + i % 12:02d}-{1 + i % 28:02d} Headline {i}\n\n" + "\n\n".join(lines)
    article = parse_article(text, f"bench/{i}.txt")
    statements = []
    for j, line in enumerate(lines):
        start = text.index(line)
        who = Speaker(f"person-{(i + j) % 40}", f"Person {(i + j) % 40}", "an official", 0, 5)
        agreement = ("support", "oppose")[(i // 7 + j) % 2]
        statements.append(Statement("direct", line, start, start + len(line), j + 1, "said", who,
                                    ACTORS[(i + j) % 5], None, concept=CONCEPTS[j % 5],
                                    agreement=agreement, confidence=0.7))  # fmt: skip
    return article, Extraction(tuple(statements))


async def main(total: int, new: int) -> None:
    settings = Settings(actors_file=ROOT / "data/actors.toml", concepts_file=ROOT / "data/concepts.toml")
    async with open_store(Path(tempfile.mkdtemp()) / "bench.db") as db:
        await load_tables(db, settings)
        watermark = 0
        for i in range(total):
            if i == total - new:
                watermark = await fetch_latest_arrival(db)
            await save_article(db, *make_article(i))
        started = time.perf_counter()
        found = await load_digest_input(db, watermark)
        digest = build_digest(None, found.articles, found.statements, found.prior, found.until)
        message = render_digest(digest)
        took = time.perf_counter() - started
    print(f"{total} articles ({total * 10} statements), {new} new: one digest in {took * 1000:.0f} ms; "
          f"{len(digest.actors)} actors, embed {embed_size(message.embed)} characters")  # fmt: skip


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    asyncio.run(main(*(args or [5000, 200])))
