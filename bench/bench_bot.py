"""Bot round trips on a large store: interaction sent -> the bot's reply received, p50 and p95.

    .venv/bin/python bench/bench_bot.py [--statements 50000] [--articles 1000] [--actors 400] [--runs 200]

Builds the store of bench_queries.py, starts the real discord.py client on the test suite's fake
Discord (127.0.0.1), and times autocomplete (prefixes and typos of actor names) and /stance,
/search as a user would meet them. Discord gives an autocomplete 3 s and cannot be deferred.
Target: autocomplete p95 <= 300 ms, commands p95 <= 500 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import discord  # noqa: E402
from bench_queries import build, report  # noqa: E402

from bot.discord_app.client import COMMAND_EXTENSIONS, StanceBot  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import open_store  # noqa: E402
from tests.fake_discord import FakeDiscord, connected  # noqa: E402


def typo(text: str, rng: random.Random) -> str:
    """One character dropped: what a hurried user types."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1 :]


async def round_trips(h, runs: int, make) -> list[float]:
    times = []
    for i in range(runs):
        payload = make(i)
        started = time.perf_counter()
        await h.fake.interact(payload)
        await h.callback(payload, timeout=10)
        times.append((time.perf_counter() - started) * 1000)
    return times


async def measure(db, actors, args, rng: random.Random) -> None:
    fake = await FakeDiscord().start()
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = discord.gateway.yarl.URL(fake.gateway_url)
    bot = StanceBot(db=db, settings=Settings(), extensions=COMMAND_EXTENSIONS, guild_ready_timeout=0.05)
    names = [a.name for a in actors]
    prefixes = [rng.choice(names)[: rng.randint(2, 6)] for _ in range(args.runs)]
    typos = [typo(rng.choice(names), rng) for _ in range(args.runs)]
    terms = ["talks", "working group", "peace", "sanctions"]
    cases = [
        ("autocomplete actor (prefix)", lambda i: fake.autocomplete("stance", "actor", actor=prefixes[i])),
        ("autocomplete actor (typo)", lambda i: fake.autocomplete("stance", "actor", actor=typos[i])),
        ("/stance", lambda i: fake.slash("stance", actor=actors[i % len(actors)].slug)),
        ("/search", lambda i: fake.slash("search", text=terms[i % len(terms)])),
    ]
    try:
        async with connected(bot, fake, timeout=30) as h:
            for name, make in cases:
                report(name, await round_trips(h, args.runs, make))
    finally:
        await fake.close()


async def main(args) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        async with open_store(Path(tmp) / "stance.db") as db:
            started = time.perf_counter()
            actors = await build(db, rng, args.statements, args.articles, args.actors)
            print(f"store: {args.statements:,} statements, {args.articles:,} articles, {len(actors)} actors, "
                  f"built in {time.perf_counter() - started:.0f} s")  # fmt: skip
            await measure(db, actors, args, rng)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--actors", type=int, default=400)
    parser.add_argument("--runs", type=int, default=200)
    asyncio.run(main(parser.parse_args()))
