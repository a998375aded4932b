"""Shared fixtures. Each engineer adds a section; keep edits additive."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.blas_threads import limit_blas_threads
from tests.fake_discord import FakeDiscord, patch_discord

# The extractor's one BLAS thread (bot/blas_threads.py), set before any test module loads numpy
# through spaCy: with OpenBLAS's default thread per core, the time-budget tests failed on a busy machine.
limit_blas_threads(1)


# --- fake Discord (tests/fake_discord.py) ----------------------------------------------------
@pytest.fixture
async def fake_discord(monkeypatch):
    """A fake Discord on 127.0.0.1 with the real discord.py client pointed at it."""
    fake = await FakeDiscord().start()
    patch_discord(monkeypatch, fake)
    yield fake
    await fake.close()


# --- the real extractor, loaded once per session (spaCy takes ~1.5 s) -------------------------
@pytest.fixture(scope="session")
def extractor():
    from pathlib import Path

    from bot.extract import load_extractor
    from bot.settings import Settings

    data = Path(__file__).resolve().parent.parent / "data"
    return load_extractor(
        Settings(
            actors_file=data / "actors.toml",
            concepts_file=data / "concepts.toml",
            lexicon_file=data / "lexicon.toml",
            names_file=data / "names.toml",
        )
    )


# --- stores for the bot and console tests: the seeds through the real ingest ----------------
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_settings(**changes):
    """Settings whose data files are the project's own (absolute: tests may change directory)."""
    from bot.settings import Settings

    base = dict(actors_file=DATA_DIR / "actors.toml", concepts_file=DATA_DIR / "concepts.toml",
                lexicon_file=DATA_DIR / "lexicon.toml", names_file=DATA_DIR / "names.toml",
                articles_dir=DATA_DIR / "articles")  # fmt: skip
    return Settings(**{**base, **changes})


@pytest.fixture(scope="session")
def seeded_db_file(tmp_path_factory, extractor):
    """A store file holding data/articles ingested once per session; tests open copies of it."""
    import asyncio

    from bot.ingest import ingest_paths, load_tables
    from bot.store import open_store

    path = tmp_path_factory.mktemp("seeded") / "stance.db"

    async def build():
        async with open_store(path) as db:
            await load_tables(db, data_settings())
            report = await ingest_paths(db, [DATA_DIR / "articles"], extractor)
            assert not report.failed, report.summary()

    asyncio.run(build())
    return path


@pytest.fixture
async def seeded_db(seeded_db_file, tmp_path):
    """An open copy of the seeded store: a test may write to it freely."""
    import shutil

    from bot.store import open_store

    copy = tmp_path / "stance.db"
    shutil.copyfile(seeded_db_file, copy)
    async with open_store(copy) as db:
        yield db


# --- the stance bot on the fake Discord ---------------------------------------------------------
@pytest.fixture
def start_bot(fake_discord):
    """`async with start_bot(db, **bot_options) as h:` a StanceBot on `fake_discord`; `h` is a Harness
    (h.ask / h.click / h.choices / h.wait_for, h.fake.requests). Commands sync to the fake's guild."""
    import contextlib

    from bot.discord_app.client import COMMAND_EXTENSIONS, StanceBot
    from tests.fake_discord import connected

    @contextlib.asynccontextmanager
    async def start(db, settings=None, **options):
        settings = settings or data_settings(dev_guild_id=int(fake_discord.guild_id))
        options.setdefault("extensions", COMMAND_EXTENSIONS)  # background loops only where a test asks
        bot = StanceBot(db=db, settings=settings, guild_ready_timeout=0.05, **options)
        async with connected(bot, fake_discord) as harness:
            yield harness

    return start


# --- fuzz tests (tests/test_fuzz_*.py): hypothesis profiles ------------------------------------------
def _hypothesis_profiles() -> None:
    """`make test` runs a bounded, repeatable number of cases (all fuzz tests together well under a
    minute); `make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs 10,000 cases per target, random each time."""
    import os

    from hypothesis import HealthCheck, settings

    shared = dict(
        deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
    )
    settings.register_profile("quick", max_examples=40, derandomize=True, database=None, **shared)
    settings.register_profile("fuzz", max_examples=10_000, **shared)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


_hypothesis_profiles()
