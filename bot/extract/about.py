"""What a statement is about beyond the names in it: "Merging the ministry would send the wrong
message" is about the ministry the story has been naming, though its words do not name it. A
definite "the ministry", "the party" in the content refers back to the body of that kind the
story has named most before the statement (data/lexicon.toml `body_anaphors`: words that are kinds of body);
"a ministry that waits" is any ministry, "the ministry of X" names its own."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.names import ActorIndex


def described_bodies(
    text: str, span: tuple[int, int], index: ActorIndex, anaphors: frozenset[str]
) -> list[str]:
    s, e = span
    found = []
    for m in _anaphor_pattern(anaphors).finditer(text[s:e]):
        kind = m.group(1).lower()
        named = [h.slug for h in index.find_names(text, 0, s) if _kind(index, h.slug) == kind]
        if named:  # the one the story names most (the later on a tie): its subject, not one in passing
            found.append(max(reversed(named), key=named.count))
    return found


@lru_cache(maxsize=8)
def _anaphor_pattern(anaphors: frozenset[str]) -> re.Pattern:
    """ "the ministry", not "the ministry of X" nor "the Ministry Y": built once per word list."""
    words = "|".join(map(re.escape, sorted(anaphors)))
    return re.compile(rf"\b[Tt]he ((?i:{words}))\b(?!\s+(?:of\b|[A-Z]))")


def _kind(index: ActorIndex, slug: str) -> str | None:
    actor = index.get(slug)
    return actor.kind if actor else None
