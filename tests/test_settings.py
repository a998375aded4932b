""".env.example documents every setting with its default, and the token stays out of sight."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from bot.errors import SettingsError
from bot.settings import Settings, load_settings

EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"
SETTING = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$")
# Names that are not fields of Settings but are read by load_settings.
DERIVED = {"DATA_DIR"}


def example_lines() -> list[str]:
    return EXAMPLE.read_text(encoding="utf-8").splitlines()


def example_settings() -> dict[str, tuple[str, bool]]:
    """NAME -> (value, active); a commented-out `# NAME=value` documents a setting left unset."""
    found = {}
    for line in example_lines():
        m = SETTING.match(line)
        if m:
            assert m.group(2) not in found, f"{m.group(2)} is listed twice"
            found[m.group(2)] = (m.group(3), m.group(1) is None)
    return found


def test_every_setting_is_in_env_example_and_nothing_else():
    fields = {f.name.upper() for f in dataclasses.fields(Settings)}
    assert set(example_settings()) == fields | DERIVED


def test_every_setting_has_a_comment_above_it():
    lines = example_lines()
    for i, line in enumerate(lines):
        m = SETTING.match(line)
        if m and m.group(1) is None:
            assert lines[i - 1].startswith("#"), f"{m.group(2)} has no comment explaining it"


def test_the_example_values_are_the_defaults():
    active = {name: value for name, (value, on) in example_settings().items() if on}
    assert load_settings(env=active) == Settings()
    commented = {name: value for name, (value, on) in example_settings().items() if not on}
    assert load_settings(env=commented) == Settings()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEV_GUILD_ID": "my-server"}, "DEV_GUILD_ID must be a number, got 'my-server'"),
        ({"RESCAN_MINUTES": "0"}, "RESCAN_MINUTES must be greater than 0, got '0'"),
        ({"DIGEST_POST_EMPTY": "maybe"}, "DIGEST_POST_EMPTY must be true or false, got 'maybe'"),
        ({"READ_CONNECTIONS": "0"}, "READ_CONNECTIONS must be at least 1, got '0'"),
        ({"QUERY_SECONDS": "-1"}, "QUERY_SECONDS must be greater than 0, got '-1'"),
        ({"RATE_LIMIT_COMMANDS": "ten"}, "RATE_LIMIT_COMMANDS must be a number, got 'ten'"),
        ({"RATE_LIMIT_SECONDS": "0"}, "RATE_LIMIT_SECONDS must be greater than 0, got '0'"),
    ],
)
def test_a_bad_value_is_named(env, message):
    with pytest.raises(SettingsError) as e:
        load_settings(env=env)
    assert str(e.value) == message


def test_limits_are_read():
    env = {
        "READ_CONNECTIONS": "5",
        "QUERY_SECONDS": "0.5",
        "RATE_LIMIT_COMMANDS": "3",
        "RATE_LIMIT_SECONDS": "9",
    }
    got = load_settings(env=env)
    assert (got.read_connections, got.query_seconds, got.rate_limit_commands, got.rate_limit_seconds) == (
        5,
        0.5,
        3,
        9.0,
    )


def test_the_token_never_shows_in_repr_or_str():
    token = "MTIz.secret-token.value"
    settings = load_settings(env={"DISCORD_TOKEN": token, "DEV_GUILD_ID": "42"})
    assert settings.discord_token == token and settings.dev_guild_id == 42
    assert token not in repr(settings) and token not in str(settings)
