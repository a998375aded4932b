"""Query latency on a large store: stance, quotes and search, p50 and p95.

    .venv/bin/python bench/bench_queries.py [--statements 100000] [--articles 2000] [--runs 300]

Synthesizes a store through the store's own save functions (sync_tables, save_article): ~200
actors in a person -> organisation -> government tree with a skewed (Zipf-like) share of the
statements, the 6 concepts of data/concepts.toml, N articles. Then times the query functions of
bot.queries as the bot calls them (name resolution included). Target: p95 <= 20 ms each.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import queries  # noqa: E402
from bot.articles import parse_article  # noqa: E402
from bot.model import Actor, Extraction, Speaker, Statement  # noqa: E402
from bot.store import open_store, save_article, sync_tables  # noqa: E402
from bot.tables import load_actors, load_concepts  # noqa: E402

SYLLABLES = "ka ri mo su jin hae won min seo yu na do hyun bo ra chan gi tae il sang".split()
WORDS = """talks policy peace dialogue pressure alliance security leverage consultation proposal summit
cooperation nuclear missile economy trade tariff election reform budget border envoy treaty north korea
seoul washington minister ministry government official spokesperson president sanctions exercises drills
engagement working group regular meetings denuclearization""".split()
KEYWORDS = {
    "regular-consultations": "regular consultations",
    "working-group": "working group",
    "sanctions": "sanctions",
    "military-exercises": "military exercises",
    "inter-korean-dialogue": "inter-Korean dialogue",
    "denuclearization": "denuclearization",
}
START = date(2024, 1, 1)


def made_up_name(rng: random.Random) -> str:
    given = "".join(rng.choice(SYLLABLES) for _ in range(2))
    return f"{rng.choice(SYLLABLES).title()} {given.title()}"


def make_actors(rng: random.Random, total: int) -> list[Actor]:
    """The project's actors plus made-up organisations under its governments and people under them."""
    actors = list(load_actors(ROOT / "data" / "actors.toml"))
    governments = [a.slug for a in actors if a.kind == "government"]
    for i in range(30):
        kind = rng.choice(["ministry", "party"])
        actors.append(Actor(f"org-{i}", f"Organisation {i}", kind, rng.choice(governments)))
    organisations = [a.slug for a in actors if a.kind in ("ministry", "party")]
    while len(actors) < total:
        name = made_up_name(rng)
        slug = f"{name.lower().replace(' ', '-')}-{len(actors)}"
        actors.append(Actor(slug, name, "person", rng.choice(organisations)))
    return actors


def make_article(i: int, rng: random.Random, people: list[Actor], weights: list[float], per_article: int):
    """An article of `per_article` one-sentence paragraphs, each a statement with its speaker."""
    published = START + timedelta(days=rng.randrange(900))
    lines, picks = [], []
    for _ in range(per_article):
        speaker = rng.choices(people, weights)[0]
        concept = rng.choice([*KEYWORDS, None])
        words = rng.sample(WORDS, 12) + ([KEYWORDS[concept]] if concept else [])
        rng.shuffle(words)
        content = " ".join(words).capitalize()
        picks.append((speaker, concept, content))
        lines.append(f"“{content},” {speaker.name} said.")
    text = f" date {published.isoformat()} Article {i}\n\n" + "\n\n".join(lines) + "\n"
    article = parse_article(text, f"synthetic/{i:05d}.txt")
    statements = tuple(statement(article, n, *pick, rng, people) for n, pick in enumerate(picks))
    return article, Extraction(statements)


def statement(article, paragraph: int, speaker: Actor, concept, content: str, rng: random.Random, people):
    start = article.paragraphs[paragraph][0] + 1
    mention = start + len(content) + 3
    about = (rng.choice(people).parent,) if rng.random() < 0.15 else ()
    anonymous = rng.random() < 0.1
    sid, name = (f"anon-{paragraph}", "an official") if anonymous else (speaker.slug, speaker.name)
    who = Speaker(sid, name, speaker.name, mention, mention + len(speaker.name), anonymous)
    agreement = rng.choice(["support", "oppose", "neutral"]) if concept else None
    said_on = article.published.isoformat()
    end = start + len(content)
    return Statement("direct", content, start, end, paragraph, "said", who, speaker.parent, said_on, "day",
                     concept, agreement, about=about)  # fmt: skip


async def build(db, rng: random.Random, n_statements: int, n_articles: int, n_actors: int) -> list[Actor]:
    actors = make_actors(rng, n_actors)
    await sync_tables(db, actors, load_concepts(ROOT / "data" / "concepts.toml"))
    people = [a for a in actors if a.kind == "person" and a.parent]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(people))]  # a few speak a lot
    for i in range(n_articles):
        await save_article(db, *make_article(i, rng, people, weights, n_statements // n_articles))
    return actors


async def timed(runs: int, call) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"{name:<34} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   max {max(times):6.2f} ms   (n={len(times)})")


async def main(args) -> None:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        async with open_store(Path(tmp) / "stance.db") as db:
            started = time.perf_counter()
            actors = await build(db, rng, args.statements, args.articles, args.actors)
            count = (await db.execute_fetchall("SELECT count(*) FROM statements"))[0][0]
            print(f"store: {count:,} statements, {args.articles:,} articles, {len(actors)} actors, "
                  f"built in {time.perf_counter() - started:.0f} s")  # fmt: skip
            names = [a.name if i % 2 else a.slug for i, a in enumerate(actors)]
            heaviest = max(await queries.list_actors(db), key=lambda s: s.statement_count).actor
            concepts = [*KEYWORDS]
            since = [None, date(2025, 1, 1), date(2026, 1, 1)]
            terms = [
                *WORDS,
                "working group",
                "north korea sanctions",
                "Kim",
                'policy "',
                "NEAR( talks",
                "zzz",
            ]
            await queries.stance(db, heaviest.slug)  # warm the page cache
            cases = {
                "stance (any actor)": lambda: queries.stance(db, rng.choice(names)),
                f"stance ({heaviest.slug}, {heaviest.kind})": lambda: queries.stance(db, heaviest.slug),
                "quotes (actor, concept?, since?)": lambda: queries.quotes(
                    db, rng.choice(names), rng.choice([None, *concepts]), rng.choice(since)
                ),
                f"quotes ({heaviest.slug})": lambda: queries.quotes(db, heaviest.slug),
                "search (1-3 words)": lambda: queries.search(db, rng.choice(terms)),
            }
            for name, call in cases.items():
                report(name, await timed(args.runs, call))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--runs", type=int, default=300, help="calls timed per query (default 300)")
    asyncio.run(main(parser.parse_args()))
