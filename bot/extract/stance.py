"""Which concept a statement takes a position on, and whether it agrees (Leifeld's DNA coding).

Concept: the one whose keywords (data/concepts.toml) match the statement most often, ties going
to the earliest match (the topic usually comes before purposes and reasons). Agreement, first
rule that fires:
1. the concept's own support/oppose phrases in the sentence of the keyword ("scale back the
   drills" supports scaling them back; "the drills will go ahead" opposes it), turned around by
   a negation just before them;
2. a general stance marker (data/lexicon.toml) shortly before the keyword: "different from the
   working group", "concern that ... working group";
3. the cue's polarity ("urged", "dismissed") when the act bears on the concept directly, not
   through a preposition ("blocked projects on sanctions grounds" is not against sanctions);
4. a general support marker anywhere in the sentence ("needed", "should");
otherwise neutral: mentioning a concept is not taking a side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.lexicon import Lexicon
from bot.model import Concept

WINDOW = 14  # words before a keyword that can carry its marker
NEGATION_REACH = 4
ADJUNCT = re.compile(
    r"(?<!\w)(on|over|in|with|at|from|by|under|regarding)(?!\w)", re.I
)  # words before a phrase in which a negation turns it around


@dataclass(frozen=True)
class Stance:
    concept: str | None
    agreement: str | None
    cue: str | None


def phrase_re(phrase: str) -> re.Pattern:
    body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    tail = r"\w*" if phrase.endswith("*") else ""
    return re.compile(r"(?<!\w)" + body + tail + r"(?!\w)", re.I)


@dataclass(frozen=True)
class _Coded:
    slug: str
    keywords: tuple[re.Pattern, ...]
    support: tuple[tuple[str, re.Pattern], ...]
    oppose: tuple[tuple[str, re.Pattern], ...]
    against: bool


class StanceCoder:
    def __init__(self, concepts: tuple[Concept, ...], lexicon: Lexicon):
        self.lexicon = lexicon
        self.concepts = [
            _Coded(
                c.slug,
                tuple(phrase_re(k) for k in sorted(c.keywords, key=len, reverse=True)),
                tuple((p, phrase_re(p)) for p in c.support),
                tuple((p, phrase_re(p)) for p in c.oppose),
                c.against,
            )
            for c in concepts
        ]
        self._oppose = [(m, phrase_re(m)) for m in sorted(lexicon.oppose_markers, key=len, reverse=True)]
        self._support = [(m, phrase_re(m)) for m in lexicon.support_markers]

    def _matches(self, text: str) -> list[tuple[int, int, _Coded]]:
        """(count, -first position, concept) per concept with at least one non-overlapping match."""
        found = []
        for n, c in enumerate(self.concepts):
            taken: list[tuple[int, int]] = []
            for p in c.keywords:
                for m in p.finditer(text):
                    if not any(m.start() < e and s < m.end() for s, e in taken):
                        taken.append((m.start(), m.end()))
            if taken:
                found.append((len(taken), -min(s for s, _ in taken), -n, c))
        return found

    def code(self, text: str, cue_polarity: str | None = None) -> Stance:
        found = self._matches(text)
        if not found:
            return Stance(None, None, None)
        _, neg_first, _, concept = max(found, key=lambda f: f[:3])
        agreement, marker = self._agreement(text, -neg_first, concept, cue_polarity)
        return Stance(concept.slug, agreement, marker)

    def _toward_thing(self, c: _Coded, polarity: str, marker: str | None) -> tuple[str, str | None]:
        """A stance on the thing the keyword names; for an "against" proposition ("the drills
        should be scaled back"), opposing the drills supports it."""
        if c.against and polarity in ("support", "oppose"):
            return _flip(polarity), marker
        return polarity, marker

    def _agreement(self, text: str, at: int, c: _Coded, cue_polarity: str | None) -> tuple[str, str | None]:
        start, end = _sentence_around(text, at)
        sentence = text[start:end]
        for polarity, phrases in (("oppose", c.oppose), ("support", c.support)):
            for phrase, pattern in phrases:
                m = pattern.search(sentence)
                if m:
                    return (_flip(polarity) if self._negated(sentence, m.start()) else polarity), phrase
        before = " ".join(re.findall(r"[\w'’-]+", text[start:at])[-WINDOW:])
        for marker, pattern in self._oppose:
            if pattern.search(before):
                return self._toward_thing(c, "support" if cue_polarity == "oppose" else "oppose", marker)
        if cue_polarity in ("support", "oppose") and not ADJUNCT.search(text[:at]):
            # the act bears on the concept itself, not on something "on sanctions grounds"
            return self._toward_thing(c, cue_polarity, None)
        for marker, pattern in self._support:
            if pattern.search(sentence):
                return self._toward_thing(c, "support", marker)
        return "neutral", None

    def _negated(self, sentence: str, at: int) -> bool:
        words = re.findall(r"[\w'’]+", sentence[:at].lower())[-NEGATION_REACH:]
        return any(w in self.lexicon.negations or w.endswith("n't") or w.endswith("n’t") for w in words)


def _flip(polarity: str) -> str:
    return "oppose" if polarity == "support" else "support"


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    starts = [text.rfind(p, 0, at) for p in (". ", "? ", "! ")]
    start = max(starts) + 2 if max(starts) >= 0 else 0
    ends = [i for i in (text.find(p, at) for p in (". ", "? ", "! ")) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))
