"""Shared fixtures. Each engineer adds a section; keep edits additive."""

from __future__ import annotations

import pytest

from tests.fake_discord import FakeDiscord, patch_discord


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
        )
    )
