"""Which concept a statement takes a position on, and whether it agrees (Leifeld's DNA coding).

Concept: the one whose keywords (data/concepts.toml) match the statement most often, ties going
to the earliest match (the topic usually comes before purposes and reasons). Agreement: a stance
marker before the keyword in the same sentence decides ("different from the working group",
"concern that ... working group"); otherwise the cue's polarity ("urged", "dismissed"), and a
statement that simply speaks of a concept supports it. Negation before the keyword flips support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.lexicon import Lexicon
from bot.model import Concept

WINDOW = 14  # words before a keyword that can carry its marker


@dataclass(frozen=True)
class Stance:
    concept: str | None
    agreement: str | None
    cue: str | None


def _keyword_re(keyword: str) -> re.Pattern:
    body = re.escape(keyword.rstrip("*")).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    tail = r"\w*" if keyword.endswith("*") else ""
    return re.compile(r"(?<!\w)" + body + tail + r"(?!\w)", re.I)


class StanceCoder:
    def __init__(self, concepts: tuple[Concept, ...], lexicon: Lexicon):
        self.lexicon = lexicon
        self.concepts = [
            (c.slug, [_keyword_re(k) for k in sorted(c.keywords, key=len, reverse=True)]) for c in concepts
        ]

    def _matches(self, text: str) -> list[tuple[int, int, str]]:
        """(count, -first position, slug) per concept with at least one non-overlapping match."""
        found = []
        for slug, patterns in self.concepts:
            taken: list[tuple[int, int]] = []
            for p in patterns:
                for m in p.finditer(text):
                    if not any(m.start() < e and s < m.end() for s, e in taken):
                        taken.append((m.start(), m.end()))
            if taken:
                found.append((len(taken), -min(s for s, _ in taken), slug))
        return found

    def code(self, text: str, cue_polarity: str | None = None) -> Stance:
        found = self._matches(text)
        if not found:
            return Stance(None, None, None)
        count, neg_first, slug = max(found)
        agreement, marker = self._agreement(text, -neg_first, cue_polarity)
        return Stance(slug, agreement, marker)

    def _agreement(self, text: str, at: int, cue_polarity: str | None) -> tuple[str, str | None]:
        sentence_start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1
        before = re.findall(r"[\w']+", text[sentence_start:at].lower().replace("’", "'"))[-WINDOW:]
        joined = " ".join(before)
        for marker in sorted(self.lexicon.oppose_markers, key=len, reverse=True):
            if re.search(r"(?<!\w)" + re.escape(marker) + r"(?!\w)", joined):
                return ("support" if cue_polarity == "oppose" else "oppose"), marker
        if cue_polarity in ("support", "oppose"):
            return cue_polarity, None
        for marker in self.lexicon.support_markers:
            if marker in before:
                return "support", marker
        return "support", None
