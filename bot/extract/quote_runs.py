"""Which of one speaker's consecutive quotes in a paragraph read as one statement.

"“A,” she said. “B.”" is one statement, the way PolNeAR annotates it, when the two make one
point: the same stance, or none (a quote that takes a side of its own is scored, stored and
shown on its own, with its own stance). A short run joins on that alone; a longer one only when
the writer broke one utterance to attribute it (a bare attribution between), up to
BARE_RUN_LENGTH. The caller decides what one point and a bare attribution are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.extract.quotes import Quote

RUN_LENGTH = 300  # a longer run stays separate quotes: each reads on its own
BARE_RUN_LENGTH = 900  # ... unless it is one utterance broken only to attribute it, up to this
ATTRIBUTION_GAP = 200  # characters between two quotes that can only be their attribution

Item = tuple[Quote, Any, str]  # a quote, who said it (article_run.Said, with .entity), its kind
Pair = Callable[[Item, Item], bool]


def runs(attributed: list[Item], same: Pair, bare: Pair) -> list[list[Item]]:
    """Consecutive quotes of one speaker in a paragraph ("“A,” she said. “B.”") that make one
    point (`same(a, b)`): one statement when short, or when broken only by a bare attribution
    (`bare(a, b)`) up to BARE_RUN_LENGTH."""
    out: list[list[Item]] = []
    for item in attributed:
        last = out[-1][-1] if out else None
        if (
            last is not None
            and last[1].entity.id == item[1].entity.id
            and item[0].open_at - last[0].end <= ATTRIBUTION_GAP
            and _joins(out[-1], item, same, bare)
        ):
            out[-1].append(item)
        else:
            out.append([item])
    return out


def _joins(run: list[Item], item: Item, same: Pair, bare: Pair) -> bool:
    length = item[0].end - run[0][0].start
    if length > BARE_RUN_LENGTH or length > RUN_LENGTH and not bare(run[-1], item):
        return False
    return same(run[-1], item)  # the dearer test last: it codes each quote's stance
