"""Who spoke for which body, as the extraction tests compare it."""

from __future__ import annotations

from datetime import date

from bot.articles import parse_article
from bot.extract import Extractor


def speakers_and_bodies(x: Extractor, *paragraphs: str, published: date) -> list[tuple[str, str | None]]:
    """Each statement's (speaker id, organisation) for an article of these paragraphs."""
    got = x.extract(parse_article("\n\n".join(paragraphs), "t.txt", published))
    return [(st.speaker.id, st.actor) for st in got.statements]
