"""The editable data the core runs on: actors.toml, concepts.toml and lexicon.toml."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from bot.errors import DataFileError
from bot.model import ACTOR_KINDS, Actor, Concept


def slugify(name: str) -> str:
    """'Chung Dong-young' -> 'chung-dong-young'; used for actors found in text."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"'", "", ascii_name)  # "People's Army" -> peoples-army, as people write it
    ascii_name = ascii_name.replace(" & ", " and ")  # "Investment & Securities", as it is read out
    ascii_name = re.sub(
        r"\b((?:[A-Za-z]\.){2,})", lambda m: m.group(1).replace(".", ""), ascii_name
    )  # U.S. -> US
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"


def read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise DataFileError(f"{path}: not valid TOML: {e}") from None


def _strings(path: Path, key: str, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def load_actors(path: Path) -> tuple[Actor, ...]:
    raw = read_toml(path).get("actors", {})
    actors = []
    for slug, entry in raw.items():
        kind = entry.get("kind", "other")
        if kind not in ACTOR_KINDS:
            raise DataFileError(
                f"{path}: actor {slug!r} has kind {kind!r}; use one of {', '.join(ACTOR_KINDS)}"
            )
        if not entry.get("name"):
            raise DataFileError(f"{path}: actor {slug!r} needs a name")
        actors.append(
            Actor(
                slug=slug,
                name=entry["name"],
                kind=kind,
                parent=entry.get("parent"),
                aliases=_strings(path, f"{slug}.aliases", entry.get("aliases")),
                titles=_strings(path, f"{slug}.titles", entry.get("titles")),
                role=entry.get("role"),
            )
        )
    slugs = {a.slug for a in actors}
    for a in actors:
        if a.parent and a.parent not in slugs:
            raise DataFileError(f"{path}: actor {a.slug!r} has unknown parent {a.parent!r}")
    return tuple(actors)


def load_concepts(path: Path) -> tuple[Concept, ...]:
    raw = read_toml(path).get("concepts", {})
    concepts = []
    for slug, entry in raw.items():
        if not entry.get("proposition"):
            raise DataFileError(f"{path}: concept {slug!r} needs a proposition")
        concepts.append(
            Concept(
                slug,
                entry["proposition"],
                _strings(path, f"{slug}.keywords", entry.get("keywords")),
                _strings(path, f"{slug}.support", entry.get("support")),
                _strings(path, f"{slug}.oppose", entry.get("oppose")),
                bool(entry.get("against", False)),
                _strings(path, f"{slug}.contrary", entry.get("contrary")),
                bool(entry.get("aim", False)),
                entry.get("counterpart"),
                bool(entry.get("form", False)),
                entry.get("owner"),
                _strings(path, f"{slug}.owned", entry.get("owned")),
                _strings(path, f"{slug}.other_senses", entry.get("other_senses")),
                entry.get("party"),
                _strings(path, f"{slug}.carriers", entry.get("carriers")),
                _strings(path, f"{slug}.routine", entry.get("routine")),
                _strings(path, f"{slug}.causes", entry.get("causes")),
                _strings(path, f"{slug}.unnamed_support", entry.get("unnamed_support")),
                _strings(path, f"{slug}.unnamed_oppose", entry.get("unnamed_oppose")),
                bool(entry.get("offered", False)),
                _strings(path, f"{slug}.gained", entry.get("gained")),
                bool(entry.get("background", False)),
            )
        )
    return tuple(concepts)


def load_lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    """Word lists keyed by name; every value a list of strings."""
    raw = read_toml(path)
    return {key: _strings(path, key, value) for key, value in raw.items()}
