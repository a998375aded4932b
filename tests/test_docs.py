"""The README documents every command a user can type (after sqlite-utils' documentation test)."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest
from discord.ext import commands

from bot.cli import build_parser
from bot.discord_app.client import EXTENSIONS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def cli_commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def slash_commands() -> list[str]:
    names = []
    for ext in EXTENSIONS:
        module = importlib.import_module(ext)
        for _, cog in inspect.getmembers(module, inspect.isclass):
            if issubclass(cog, commands.Cog) and cog.__module__ == module.__name__:
                names.extend(c.name for c in cog.__cog_app_commands__)
    return sorted(names)


def test_the_command_lists_are_not_empty():
    assert {"extract", "ingest", "stance", "run", "ask"} <= set(cli_commands())
    assert {"stance", "search", "digest", "ingest"} <= set(slash_commands())


@pytest.mark.parametrize("name", cli_commands())
def test_every_cli_command_is_in_the_readme(name):
    assert f"stance-bot {name}" in README


@pytest.mark.parametrize("name", slash_commands())
def test_every_slash_command_is_in_the_readme(name):
    assert f"`/{name}" in README


def test_the_readme_opens_with_the_two_commands():
    head = README[:400]
    assert "make run" in head and "make test" in head
