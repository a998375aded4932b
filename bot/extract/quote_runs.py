"""Which of one speaker's consecutive quotes in a paragraph read as one statement.

"“A,” she said. “B.”" is one statement, the way PolNeAR annotates it, when the run is short;
a longer run is one only when it is one utterance the writer broke to attribute it (the caller
decides: a bare attribution between, and one point made), up to BARE_RUN_LENGTH.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.extract.quotes import Quote

RUN_LENGTH = 300  # a longer run stays separate quotes: each reads on its own
BARE_RUN_LENGTH = 900  # ... unless it is one utterance broken only to attribute it, up to this
ATTRIBUTION_GAP = 200  # characters between two quotes that can only be their attribution

Item = tuple[Quote, Any, str]  # a quote, who said it (article_run.Said, with .entity), its kind


def runs(
    attributed: list[Item],
    one: Callable[[Item, Item], bool],
    same: Callable[[Item, Item], bool] = lambda a, b: True,
) -> list[list[Item]]:
    """Consecutive quotes of one speaker in a paragraph ("“A,” she said. “B.”") read as one
    statement, the way PolNeAR annotates them: a short run that makes one point (`same(a, b)`: a
    quote that takes a side the one before does not take stands on its own), or a longer one that
    is one utterance (`one(a, b)`: broken only by a bare attribution, one point) up to
    BARE_RUN_LENGTH."""
    out: list[list[Item]] = []
    for item in attributed:
        last = out[-1][-1] if out else None
        if (
            last is not None
            and last[1].entity.id == item[1].entity.id
            and item[0].open_at - last[0].end <= ATTRIBUTION_GAP
            and _short_or_one(out[-1], item, one, same)
        ):
            out[-1].append(item)
        else:
            out.append([item])
    return out


def _short_or_one(run: list[Item], item: Item, one: Callable[[Item, Item], bool], same) -> bool:
    length = item[0].end - run[0][0].start
    if length <= RUN_LENGTH:
        return same(run[-1], item)
    return length <= BARE_RUN_LENGTH and one(run[-1], item)
